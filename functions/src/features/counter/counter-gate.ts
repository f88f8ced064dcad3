import { DomainError } from '@app/shared';
import { ACCOUNT_INACTIVE, STORE_NOT_OPEN, type MemberRecord, type TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';

/**
 * What a purchase's own transaction checks about who records it, instead of reading before it: the staff account is
 * still active (disabled → its token is refused at once) and its store is open (a closed store records no purchases).
 */
export const counterGateWrites = (staff: Principal, deps: Pick<AppDeps, 'accounts' | 'stores'>): TxWrite[] => [
  deps.accounts.activeAccountCheck(staff.openid),
  deps.stores.openStoreCheck(staff.storeId!),
];

/** The refusal a failed gate check means; nothing was written. */
export function refuseFailedGate(failed: readonly string[]): void {
  if (failed.includes(ACCOUNT_INACTIVE)) throw new DomainError('ACCOUNT_DISABLED');
  if (failed.includes(STORE_NOT_OPEN)) throw new DomainError('STORE_CLOSED');
}

/**
 * A member without a home store gets the store of their first purchase (the audience condition "home store" then
 * matches real members). Written with the purchase, under the member's version read: a store already set stays.
 */
export const homeStoreOf = (member: MemberRecord, storeId: string): { homeStoreId?: string } =>
  member.homeStoreId === null ? { homeStoreId: storeId } : {};
