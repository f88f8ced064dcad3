/** Polls until `probe` returns something truthy; fails with `describe()` after `timeout` ms. */
export async function waitUntil<T>(
  probe: () => T | undefined | null | false,
  timeout: number,
  describe: () => string,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
