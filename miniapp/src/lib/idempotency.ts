/**
 * A fresh Idempotency-Key: made once per confirmation and sent with every try of it, so a retried tap or a
 * lost answer never records a purchase or refund twice. Time plus randomness; no crypto API is needed
 * (the mini-program has none that is synchronous).
 */
export function newIdempotencyKey(prefix = 'mp'): string {
  const random = () =>
    Math.floor(Math.random() * 0x1_0000_0000)
      .toString(36)
      .padStart(7, '0');
  return `${prefix}-${Date.now().toString(36)}-${random()}${random()}`;
}
