import { DomainError, type AdminMallItemView, type UpdateMallItemRequest } from '@app/shared';
import { ITEM_CHANGED, type MallItemRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { checkMinLevel, invalid } from '../item-checks';
import { retrying, RETRY } from '../../../core/retry';
import { toAdminItemView } from '../views';

type Deps = Pick<AppDeps, 'programAt' | 'mall' | 'coupons' | 'audit' | 'commit'>;

/**
 * Changes an item in place. Stock moves by a delta, never a blind set, so redemptions in flight are never lost;
 * a decrease below what is left is refused. Written with its audit entry (before and after).
 */
export async function updateMallItem(
  itemId: string,
  body: UpdateMallItemRequest,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<AdminMallItemView> {
  const settings = await deps.programAt(nowMs);
  checkMinLevel(body.minLevel, settings);
  const newId = newIdFactory();
  const actor = `marketer:${marketer.openid}`;
  const { stockDelta = 0, stockReason, ...changes } = body;
  return retrying(async () => {
    const before = await deps.mall.getItem(itemId, true);
    if (!before) throw new DomainError('NOT_FOUND', '商品不存在');
    if (stockDelta !== 0 && before.stock === null)
      throw invalid('body.stockDelta', 'the item has unlimited stock', '该商品不限库存，不能调整库存');
    const saleFrom = changes.saleFrom !== undefined ? changes.saleFrom : before.saleFrom;
    const saleUntil = changes.saleUntil !== undefined ? changes.saleUntil : before.saleUntil;
    if (saleFrom && saleUntil && Date.parse(saleFrom) >= Date.parse(saleUntil))
      throw invalid('body.saleUntil', 'saleUntil must be after saleFrom', '兑换结束时间须晚于开始时间');
    // Strictly later than the version read, so the next writer's condition always sees the change.
    const updatedAt = new Date(Math.max(nowMs, Date.parse(before.updatedAt) + 1)).toISOString();
    const after: MallItemRecord = {
      ...before,
      ...changes,
      stock: before.stock === null ? null : before.stock + stockDelta,
      updatedAt,
    };
    const outcome = await deps.commit([
      deps.mall.itemUpdateWrite(before, { ...changes, updatedAt }, stockDelta),
      deps.audit.write({
        auditId: newId(nowMs),
        at: updatedAt,
        actor,
        action: visibilityAction(before, changes.hidden) ?? 'mall.item.update',
        target: { kind: 'mall-item', id: itemId },
        before,
        after: { ...after, stockDelta, ...(stockReason ? { stockReason } : {}) },
      }),
    ]);
    if (outcome.ok) return toAdminItemView(after, settings);
    if ('failed' in outcome && outcome.failed.includes(ITEM_CHANGED)) {
      const latest = await deps.mall.getItem(itemId, true);
      if (latest && latest.updatedAt === before.updatedAt && stockDelta < 0 && (latest.stock ?? 0) < -stockDelta) {
        throw new DomainError('STOCK_EXHAUSTED', `库存仅剩 ${latest.stock} 件，不能减少 ${-stockDelta} 件`, {
          stock: latest.stock,
          stockDelta,
        });
      }
    }
    return RETRY;
  });
}

/** Hiding or showing an item is its own entry in the log (下架 / 上架); other changes are updates. */
const visibilityAction = (before: MallItemRecord, hidden: boolean | undefined) =>
  hidden === undefined || hidden === before.hidden ? undefined : hidden ? 'mall.item.hide' : 'mall.item.show';
