import {
  redemptionRefusal,
  type MallItemView,
  type OrderView,
  type ProgramSettings,
  type RedeemerFacts,
  type AdminMallItemView,
} from '@app/shared';
import type { MallItemRecord, OrderRecord } from '../../adapters/dynamodb';

export const toOrderView = (order: OrderRecord): OrderView => ({
  orderId: order.orderId,
  itemId: order.itemId,
  itemName: order.itemName,
  image: order.image,
  kind: order.kind,
  quantity: order.quantity,
  points: order.points,
  cashFen: order.cashFen,
  status: order.status,
  pickupCode: order.pickupCode,
  pickupBy: order.pickupBy,
  couponIds: order.couponIds,
  createdAt: order.createdAt,
  fulfilledAt: order.fulfilledAt,
  fulfilledStoreId: order.fulfilledStoreId,
  cancelledAt: order.cancelledAt,
  cancelReason: order.cancelReason,
  pointsRestored: order.pointsRestored,
  pointsExpiredOnReturn: order.pointsExpiredOnReturn,
});

const minLevelName = (item: MallItemRecord, settings: ProgramSettings) =>
  item.minLevel ? (settings.levels.find((level) => level.code === item.minLevel)?.name ?? item.minLevel) : null;

export function toAdminItemView(item: MallItemRecord, settings: ProgramSettings): AdminMallItemView {
  const { createdBy: _createdBy, ...fields } = item;
  return { ...fields, minLevelName: minLevelName(item, settings) };
}

/** An item as the member sees it: whether one unit can be redeemed now, and if not, why. */
export function toMemberItemView(
  item: MallItemRecord,
  member: RedeemerFacts,
  settings: ProgramSettings,
  nowMs: number,
): MallItemView {
  const {
    sold: _sold,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    hidden: _hidden,
    ...fields
  } = toAdminItemView(item, settings);
  const reason = redemptionRefusal(item, member, settings.levels, 1, nowMs);
  return { ...fields, redeemable: reason === null, reason, redeemedByMe: member.redeemed };
}

/** Hidden items, and items whose sale has ended, are no longer shown to members. */
export const isOffered = (item: MallItemRecord, nowMs: number) =>
  !item.hidden && (!item.saleUntil || Date.parse(item.saleUntil) > nowMs);
