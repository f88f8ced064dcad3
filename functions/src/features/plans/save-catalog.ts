import { DomainError, type PlanRequest, type PunchProductRequest } from '@app/shared';
import { PLAN_CHANGED, PUNCH_PRODUCT_CHANGED, type PlanRecord, type PunchProductRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import type { Principal } from '../../http/route';
import { toAdminPlanView, toAdminProductView } from './views';

type Deps = Pick<AppDeps, 'plans' | 'punchCards' | 'coupons' | 'commit' | 'audit'>;

async function checkTemplates(ids: readonly string[], deps: Pick<AppDeps, 'coupons'>) {
  for (const templateId of ids)
    if (!(await deps.coupons.template(templateId)))
      throw new DomainError('VALIDATION_FAILED', '优惠券模板不存在', {
        issues: [{ path: 'body.benefits', message: `unknown template ${templateId}` }],
      });
}

/** Writes a catalog entry with its audit record in one transaction; an update of a missing one → NOT_FOUND. */
async function saveAudited<T extends { updatedAt: string }>(
  entry: { id: string; record: T; before: T | undefined; isUpdate: boolean; kind: string; tag: string },
  write: (record: T, mustExist: boolean) => ReturnType<Deps['plans']['planWrite']>,
  by: Principal,
  nowMs: number,
  deps: Deps,
) {
  const newId = newIdFactory();
  await retrying(async () => {
    const outcome = await deps.commit([
      write(entry.record, entry.isUpdate),
      deps.audit.write({
        auditId: newId(nowMs),
        at: entry.record.updatedAt,
        actor: `marketer:${by.openid}`,
        action: `${entry.kind}.${entry.isUpdate ? 'update' : 'create'}`,
        target: { kind: entry.kind, id: entry.id },
        before: entry.before,
        after: entry.record,
      }),
    ]);
    if (outcome.ok) return true;
    if ('failed' in outcome && outcome.failed.includes(entry.tag)) throw new DomainError('NOT_FOUND');
    return RETRY;
  });
}

export async function savePlan(request: PlanRequest, planId: string | null, by: Principal, nowMs: number, deps: Deps) {
  await checkTemplates([...request.benefits.activationTemplateIds, ...request.benefits.monthlyTemplateIds], deps);
  const before = planId ? await deps.plans.plan(planId) : undefined;
  if (planId && !before) throw new DomainError('NOT_FOUND', '会员方案不存在');
  const id = planId ?? `plan-${newIdFactory()(nowMs)}`;
  const plan: PlanRecord = { planId: id, ...request, updatedAt: new Date(nowMs).toISOString() };
  await saveAudited(
    { id, record: plan, before, isUpdate: !!planId, kind: 'plan', tag: PLAN_CHANGED },
    deps.plans.planWrite,
    by,
    nowMs,
    deps,
  );
  return toAdminPlanView(plan);
}

export async function saveProduct(
  request: PunchProductRequest,
  productId: string | null,
  by: Principal,
  nowMs: number,
  deps: Deps,
) {
  const before = productId ? await deps.punchCards.product(productId) : undefined;
  if (productId && !before) throw new DomainError('NOT_FOUND', '次卡不存在');
  const id = productId ?? `card-${newIdFactory()(nowMs)}`;
  const product: PunchProductRecord = { productId: id, ...request, updatedAt: new Date(nowMs).toISOString() };
  await saveAudited(
    { id, record: product, before, isUpdate: !!productId, kind: 'punch-product', tag: PUNCH_PRODUCT_CHANGED },
    deps.punchCards.productWrite,
    by,
    nowMs,
    deps,
  );
  return toAdminProductView(product);
}
