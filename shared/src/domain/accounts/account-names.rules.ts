/**
 * What the console calls a staff or marketer account. A person's name when the marketer gave one; accounts made
 * before names existed (or through the API without one) read as their store's 店员 and a short number, so no page,
 * ranking or export ever shows an openid.
 */
export function accountDisplayName(
  account: { name?: string | null; role: 'staff' | 'marketer'; openid: string },
  storeName: string | null,
): string {
  if (account.name) return account.name;
  const number = shortNumberOf(account.openid);
  return account.role === 'staff' ? `${storeName ?? '门店'}店员${number}` : `总部营销${number}`;
}

/** Four digits that stay the same for one account, told apart within a store (not a secret, and not the openid). */
export function shortNumberOf(openid: string): string {
  // FNV-1a over the UTF-16 units: stable across runtimes, cheap, and spreads near-identical openids apart.
  let hash = 0x811c9dc5;
  for (let index = 0; index < openid.length; index++) {
    hash ^= openid.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return String(hash % 10_000).padStart(4, '0');
}
