/**
 * Made once per container, on first use; a failure is not kept, so the next use tries again. The one home of
 * "read at first use" for what a deployed function fetches (the app's secrets, the WeChat settings, WeChat's clients).
 */
export function loadOnce<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error) => {
      made = undefined;
      throw error;
    }));
}
