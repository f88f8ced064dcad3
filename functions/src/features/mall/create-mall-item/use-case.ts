import type { AdminMallItemView, CreateMallItemRequest } from '@app/shared';
import type { MallItemRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { checkMinLevel, invalid } from '../item-checks';
import { toAdminItemView } from '../views';

type Deps = Pick<AppDeps, 'programAt' | 'mall' | 'coupons' | 'audit' | 'commit'>;

/** A new catalog item, written with its audit entry. A coupon item names an existing coupon template. */
export async function createMallItem(
  body: CreateMallItemRequest,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<AdminMallItemView> {
  const settings = await deps.programAt(nowMs);
  if (body.kind === 'coupon' && !(await deps.coupons.template(body.couponTemplateId!)))
    throw invalid('body.couponTemplateId', 'unknown coupon template', '优惠券模板不存在');
  checkMinLevel(body.minLevel, settings);
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const actor = `marketer:${marketer.openid}`;
  const item: MallItemRecord = {
    ...body,
    itemId: newId(nowMs),
    sold: body.stock === null ? null : 0,
    createdAt: at,
    updatedAt: at,
    createdBy: actor,
  };
  await deps.commit([
    deps.mall.itemCreateWrite(item),
    deps.audit.write({
      auditId: newId(nowMs),
      at,
      actor,
      action: 'mall.item.create',
      target: { kind: 'mall-item', id: item.itemId },
      after: item,
    }),
  ]);
  return toAdminItemView(item, settings);
}
