import { DomainError } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { openBook } from '../account-book';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'audit' | 'commit'>;

/**
 * A marketer's correction, with a mandatory reason, written with its audit entry in one transaction.
 * A credit pays debt first; a debit beyond the balance becomes debt (a correction of points already spent).
 */
export async function adjustPoints(
  memberId: string,
  points: number,
  reason: string,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
  /** `system`: a credit the program itself makes (the demo seed's welcome points), not a marketer's correction. */
  by: 'marketer' | 'system' = 'marketer',
) {
  const actor =
    by === 'system' ? { kind: 'system' as const, id: 'system' } : { kind: 'marketer' as const, id: marketer.openid };
  const settings = await deps.programAt(nowMs);
  const newId = newIdFactory();
  return retrying(async () => {
    const member = await deps.members.getById(memberId, true);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const book = openBook(member, settings, nowMs, actor, () => newId(nowMs));
    book.expireDue();
    const movement = {
      type: 'adjust' as const,
      reasonCode: 'marketer-adjustment',
      reason,
      ref: { kind: 'adjustment', id: newId(nowMs) },
    };
    if (points > 0) book.credit(points, movement);
    else book.debit(-points, movement, { allowDebt: true });
    const posting = book.posting();
    const entry = posting.entries[posting.entries.length - 1]!;
    const at = new Date(nowMs).toISOString();
    const audit = deps.audit.write({
      auditId: newId(nowMs),
      at,
      actor: by === 'system' ? 'system' : `marketer:${marketer.openid}`,
      action: 'points.adjust',
      target: { kind: 'member', id: memberId },
      before: { balance: spendable(member.lotPoints, member.pointsDebt), debt: member.pointsDebt },
      after: { balance: spendable(posting.lotPoints, posting.debt), debt: posting.debt, points, reason },
    });
    const outcome = await deps.commit([...deps.pointsAccounts.writes({ member, posting }), audit]);
    if (!outcome.ok) return RETRY;
    return {
      entryId: entry.entryId,
      memberId,
      points,
      balance: spendable(posting.lotPoints, posting.debt),
      debt: posting.debt,
    };
  });
}

/** The balance as every view shows it: what can be spent (≥ 0), the debt beside it. */
const spendable = (lotPoints: number, debt: number) => Math.max(0, lotPoints - debt);
