import type { MemberRecord, MoneyOrderRecord, PunchCardRecord, PunchProductRecord } from '../../adapters/dynamodb';

const DAY_MS = 86_400_000;

/** The card an order of a punch-card product delivers: all its uses (or unlimited: 限时卡), valid validDays. */
export const newPunchCard = (
  product: PunchProductRecord,
  order: MoneyOrderRecord,
  member: Pick<MemberRecord, 'memberNo'>,
  nowMs: number,
): PunchCardRecord => ({
  cardId: `C${order.orderId}`,
  memberId: order.memberId,
  memberNo: member.memberNo,
  productId: product.productId,
  name: product.name,
  usesTotal: product.uses,
  usesLeft: product.uses,
  usesMade: 0,
  priceFen: order.priceFen,
  boughtAt: new Date(nowMs).toISOString(),
  validUntil: new Date(nowMs + product.validDays * DAY_MS).toISOString(),
  orderId: order.orderId,
  status: 'active',
  refund: null,
});
