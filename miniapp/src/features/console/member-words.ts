import { badgeCatalog, MAX_POINTS_ADJUSTMENT, type Member360 } from '@app/shared';
import { formatNumber } from '../../lib/format';

export type AdjustSign = 'plus' | 'minus';

export interface AdjustDraft {
  sign: AdjustSign;
  points: string;
  reason: string;
}

export type AdjustErrors = Partial<Record<'points' | 'reason', string>>;

export const emptyAdjustDraft = (): AdjustDraft => ({ sign: 'plus', points: '', reason: '' });

/** What 调整积分 sends: ±points (1…MAX_POINTS_ADJUSTMENT) and a reason of at least 2 characters, or why not. */
export function readAdjustment(
  draft: AdjustDraft,
): { ok: true; body: { points: number; reason: string } } | { ok: false; errors: AdjustErrors } {
  const errors: AdjustErrors = {};
  const text = draft.points.trim();
  const amount = /^\d+$/.test(text) ? Number(text) : null;
  if (text === '') errors.points = '请填写积分数';
  else if (amount === null || amount < 1 || amount > MAX_POINTS_ADJUSTMENT)
    errors.points = `积分为 1–${formatNumber(MAX_POINTS_ADJUSTMENT)} 的整数`;
  const reason = draft.reason.trim();
  if (reason.length < 2) errors.reason = '请填写调整原因（至少 2 个字）';
  else if (reason.length > 200) errors.reason = '原因最多 200 个字';
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, body: { points: draft.sign === 'plus' ? amount : -amount, reason } };
}

export interface AdjustOutcome {
  balance: number;
  debt: number;
}

/**
 * What an adjustment of `points` would leave, as the server books it: a credit pays the debt first, a debit beyond
 * the balance becomes debt. The balance is what can be spent (never below 0); the debt stands beside it.
 */
export function adjustOutcome(now: { points: number; pointsDebt: number }, points: number): AdjustOutcome {
  const net = now.points - now.pointsDebt + points;
  return net >= 0 ? { balance: net, debt: 0 } : { balance: 0, debt: -net };
}

/** 调整后余额 55 · or, with a debt, 调整后余额 0，欠款 99,844 积分. */
export function adjustOutcomeText(outcome: AdjustOutcome): string {
  const head = `调整后余额 ${formatNumber(outcome.balance)}`;
  return outcome.debt > 0 ? `${head}，欠款 ${formatNumber(outcome.debt)} 积分` : head;
}

/** The confirmation's sentence: 确认为 拿铁爱好者（10000001）扣减 50 积分？ with what it leaves. */
export function adjustConfirmText(
  member: { nickname: string; memberNo: string },
  points: number,
  reason: string,
  outcome: AdjustOutcome,
): string {
  return `确认为 ${member.nickname}（${member.memberNo}）${points > 0 ? '增加' : '扣减'} ${formatNumber(Math.abs(points))} 积分？\n${adjustOutcomeText(outcome)}\n原因：${reason}`;
}

/** The second question, asked only when the adjustment creates (or deepens) a debt. */
export function debtWarningText(before: { pointsDebt: number }, outcome: AdjustOutcome): string {
  const added = outcome.debt - before.pointsDebt;
  return `本次扣减超出会员可用积分，将产生欠款 ${formatNumber(added)} 积分（欠款共 ${formatNumber(outcome.debt)}）。欠款还清前会员不能使用积分，之后获得的积分先抵扣欠款。确定仍要扣减？`;
}

/** 已增加 100 积分，当前余额 1,360 (and 欠款 when the balance went below zero). */
export function adjustDoneText(result: { points: number; balance: number; debt: number }): string {
  const head = `已${result.points > 0 ? '增加' : '扣减'} ${formatNumber(Math.abs(result.points))} 积分，当前余额 ${formatNumber(Math.max(0, result.balance))}`;
  return result.debt > 0 ? `${head}，欠款 ${formatNumber(result.debt)}` : head;
}

/** A typed manual tag, checked like the server's `tagName`. */
export function readTag(text: string): { ok: true; tag: string } | { ok: false; error: string } {
  const tag = text.trim();
  if (!tag) return { ok: false, error: '请输入标签' };
  if (tag.length > 20) return { ok: false, error: '标签最多 20 个字' };
  if (/[#\s,，]/.test(tag)) return { ok: false, error: '标签不能含空格、逗号或 #' };
  if (tag.startsWith('segment:')) return { ok: false, error: 'segment: 开头的标签留给自动分群' };
  return { ok: true, tag };
}

/** Member numbers pasted for a bulk tag: lines, commas, spaces; 8 digits each; duplicates dropped. */
export function readMemberNos(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,，;；、]+/).filter(Boolean)) {
    if (/^\d{8}$/.test(token)) {
      if (!valid.includes(token)) valid.push(token);
    } else if (!invalid.includes(token)) invalid.push(token);
  }
  return { valid, invalid };
}

export const badgeName = (code: string): string =>
  (badgeCatalog as ReadonlyArray<{ code: string; name: string }>).find((badge) => badge.code === code)?.name ?? code;

export const MEMBER_TABS = [
  { key: 'ledger', label: '积分明细' },
  { key: 'coupons', label: '优惠券' },
  { key: 'purchases', label: '消费' },
  { key: 'orders', label: '兑换' },
  { key: 'levels', label: '等级' },
  { key: 'badges', label: '勋章' },
] as const;
export type MemberTab = (typeof MEMBER_TABS)[number]['key'];

export const tabCount = (member: Member360, tab: MemberTab): number =>
  tab === 'ledger'
    ? member.ledger.length
    : tab === 'coupons'
      ? member.coupons.length
      : tab === 'purchases'
        ? member.purchases.length
        : tab === 'orders'
          ? member.orders.length
          : tab === 'levels'
            ? member.levelHistory.length
            : member.badges.length;

export const MATCHED_BY: Record<string, string> = {
  memberNo: '按会员号',
  phone: '按手机号',
  nickname: '按昵称',
  none: '',
};
