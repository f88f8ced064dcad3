/**
 * What a container keeps of items it has read, for writes that check them unchanged: bounded in count, each good
 * for `ms` of real time. A value it holds may be behind the table; the write's condition is what makes it safe.
 */
export function heldInContainer<T>(ms: number, size: number) {
  const held = new Map<string, { value: T; readAtMs: number }>();
  return {
    get(key: string): T | undefined {
      const entry = held.get(key);
      return entry && Date.now() - entry.readAtMs < ms ? entry.value : undefined;
    },
    set(key: string, value: T) {
      if (held.size >= size && !held.has(key)) held.delete(held.keys().next().value!);
      held.set(key, { value, readAtMs: Date.now() });
    },
    forget(key: string) {
      held.delete(key);
    },
  };
}
