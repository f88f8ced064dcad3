/** Never refresh more often than this, even if the server's clock disagrees with ours. */
export const MIN_REFRESH_MS = 5000;

/** Whole seconds left until `expiresAt`, never negative. */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** How long to wait before fetching a new code: until `refreshAfter`, but at least MIN_REFRESH_MS. */
export function refreshDelay(refreshAfter: string, now: number): number {
  const wait = Date.parse(refreshAfter) - now;
  return Number.isFinite(wait) ? Math.max(MIN_REFRESH_MS, wait) : MIN_REFRESH_MS;
}

/** "48 秒后自动刷新", or a hint while a new code is on its way. */
export const countdownLabel = (seconds: number): string =>
  seconds > 0 ? `${seconds} 秒后自动刷新` : '正在刷新会员码…';
