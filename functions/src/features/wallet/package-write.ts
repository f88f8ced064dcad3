import { DomainError, type WalletPackageRequest } from '@app/shared';
import { TOPUP_CHANGED, type WalletPackageRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import type { Principal } from '../../http/route';
import { toPackageView } from './views';

/** Creates or replaces a top-up package, audited in the same transaction. Gift coupons must name real templates. */
export async function savePackage(
  request: WalletPackageRequest,
  packageId: string | null,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'topups' | 'coupons' | 'commit' | 'audit'>,
) {
  for (const templateId of request.giftTemplateIds) {
    if (!(await deps.coupons.template(templateId)))
      throw new DomainError('VALIDATION_FAILED', '赠送的优惠券模板不存在', {
        issues: [{ path: 'body.giftTemplateIds', message: `unknown template ${templateId}` }],
      });
  }
  const before = packageId ? await deps.topups.package(packageId) : undefined;
  if (packageId && !before) throw new DomainError('NOT_FOUND', '充值套餐不存在');
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const pkg: WalletPackageRecord = { packageId: packageId ?? `pkg-${newId(nowMs)}`, ...request, updatedAt: at };
  await retrying(async () => {
    const outcome = await deps.commit([
      deps.topups.packageWrite(pkg, packageId !== null),
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: `marketer:${by.openid}`,
        action: packageId ? 'wallet.package.update' : 'wallet.package.create',
        target: { kind: 'wallet-package', id: pkg.packageId },
        before,
        after: pkg,
      }),
    ]);
    if (outcome.ok) return true;
    if ('failed' in outcome && outcome.failed.includes(TOPUP_CHANGED))
      throw new DomainError('NOT_FOUND', '充值套餐不存在');
    return RETRY;
  });
  return { ...toPackageView(pkg), active: pkg.active, sort: pkg.sort };
}
