import { MAX_AMOUNT_FEN, type WalletPackageRequest, walletPackageRequest } from '@app/shared';
import { fenToYuanText, formatFen, parseYuan } from '../../lib/money';

/** A top-up package as the marketer types it (strings until checked). */
export interface PackageDraft {
  title: string;
  pay: string;
  bonus: string;
  giftPoints: string;
  sort: string;
  active: boolean;
  /** Gift coupons are kept as they are (chosen when the package was made through the API). */
  giftTemplateIds: string[];
}

export type PackageField = 'title' | 'pay' | 'bonus' | 'giftPoints' | 'sort';
export type PackageErrors = Partial<Record<PackageField, string>>;

export const emptyPackageDraft = (): PackageDraft => ({
  title: '',
  pay: '',
  bonus: '',
  giftPoints: '0',
  sort: '0',
  active: true,
  giftTemplateIds: [],
});

export const packageDraftOf = (pkg: WalletPackageRequest & { packageId: string }): PackageDraft => ({
  title: pkg.title,
  pay: fenToYuanText(pkg.payFen),
  bonus: fenToYuanText(pkg.bonusFen),
  giftPoints: String(pkg.giftPoints),
  sort: String(pkg.sort),
  active: pkg.active,
  giftTemplateIds: pkg.giftTemplateIds,
});

const wholeIn = (text: string, max: number) => /^\d+$/.test(text.trim()) && Number(text.trim()) <= max;

/**
 * The request a draft makes, or the field errors that stop it — the API's bounds (title 1–30 characters, pay up to
 * the largest amount, points 0–100,000, order 0–1,000) and one of the product's: the bonus is at most what is paid.
 */
export function buildPackage(
  draft: PackageDraft,
): { ok: true; body: WalletPackageRequest } | { ok: false; errors: PackageErrors } {
  const errors: PackageErrors = {};
  const title = draft.title.trim();
  if (!title || title.length > 30) errors.title = '请填写套餐名称（最多 30 字），如 充¥300送¥40';
  const pay = parseYuan(draft.pay, { max: MAX_AMOUNT_FEN });
  if (!pay.ok) errors.pay = pay.error === '请输入金额' ? '请填写充值金额' : pay.error;
  const bonus =
    draft.bonus.trim() === '' ? ({ ok: true, fen: 0 } as const) : parseYuan(draft.bonus, { allowZero: true });
  if (!bonus.ok) errors.bonus = bonus.error;
  if (!wholeIn(draft.giftPoints || '0', 100_000)) errors.giftPoints = '赠送积分为 0–100000 的整数';
  if (!wholeIn(draft.sort || '0', 1000)) errors.sort = '排序为 0–1000 的整数，小的在前';
  if (Object.keys(errors).length > 0 || !pay.ok || !bonus.ok) return { ok: false, errors };
  const body = {
    title,
    payFen: pay.fen,
    bonusFen: bonus.fen,
    giftPoints: Number(draft.giftPoints || '0'),
    giftTemplateIds: draft.giftTemplateIds,
    active: draft.active,
    sort: Number(draft.sort || '0'),
  };
  // The rest of the rules are the API's own (the contract of @app/shared), checked here before sending.
  const checked = walletPackageRequest.safeParse(body);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => ({ path: `body.${issue.path.join('.')}` }));
    return { ok: false, errors: packageErrorsFromIssues({ issues }, pay.fen) };
  }
  return { ok: true, body: checked.data };
}

/** The server's field issues (`body.payFen` …) under the form's fields. */
export function packageErrorsFromIssues(
  details: Record<string, unknown> | undefined,
  payFen: number | null = null,
): PackageErrors {
  const issues = Array.isArray(details?.issues) ? (details!.issues as { path?: unknown }[]) : [];
  const errors: PackageErrors = {};
  const fields: [string, PackageField, string][] = [
    ['body.title', 'title', '套餐名称不符合要求'],
    ['body.payFen', 'pay', '充值金额超出允许范围'],
    [
      'body.bonusFen',
      'bonus',
      payFen === null ? '赠送金额不能超过充值金额' : `赠送金额不能超过充值金额 ${formatFen(payFen)}`,
    ],
    ['body.giftPoints', 'giftPoints', '赠送积分超出允许范围'],
    ['body.sort', 'sort', '排序超出允许范围'],
  ];
  for (const issue of issues)
    for (const [path, field, message] of fields)
      if (typeof issue.path === 'string' && issue.path.startsWith(path)) errors[field] = message;
  return errors;
}
