import { demoProducts } from '../demo-products';

/**
 * The demo's 90 days, decided before anything is written: who joins when, shops where and how often, checks in,
 * tops up, gives up. Pure and seeded, so every fresh start writes the same history (relative to its "now").
 */
export const HISTORY_DAYS = 90;
/** Members from before the window shop for a month before it too, so 消费预警 has a "90 days before" to compare. */
export const ACTIVE_FROM_DAY = 120;
/** The claim campaign's window (days before now); the push campaign's day. Both open a week of the run. */
export const CLAIM_DAYS = { from: 41, until: 27 } as const;
export const PUSH_DAY = 62;

export interface HistoryMember {
  openid: string;
  nickname: string;
  birthday: string;
  homeStore: string;
  /** Days before now (0 = today). */
  joinDay: number;
  /** Chance of a visit on a day (weekends more). */
  visitRate: number;
  /** Stops coming after this day (a member drifting away), or never. */
  lastActiveDay: number;
  checksIn: boolean;
  topsUp: boolean;
}

export interface HistoryEvent {
  member: number;
  atMs: number;
  kind: 'join' | 'purchase' | 'checkin' | 'claim';
  storeId?: string;
  items?: { sku: string; quantity: number; unitPriceFen: number }[];
  /** A top-up at the counter before paying. */
  topupFen?: number;
  /** Hands over a coupon the member holds, if one fits. */
  offersCoupon?: boolean;
  /** Spends points in the mall afterwards. */
  spendsPoints?: boolean;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武洪';
const GIVEN =
  '子涵欣怡梓萱思远浩然一诺雨桐俊杰诗琪佳怡宇轩晓彤明哲安琪嘉怡若曦博文心怡晨阳雅婷天佑佳琪家豪梦瑶志强晓东静怡文博丽娜海峰春燕建华秀英伟国';
const STORES = ['S001', 'S001', 'S001', 'S001', 'S002', 'S002', 'S002', 'S003', 'S003', 'S001'];
/** What a coffee chain's receipts are made of: mostly coffee, some tea, a pastry now and then, rarely beans. */
const BASKET_WEIGHTS: Record<string, number> = { 咖啡: 10, 茶饮: 4, 烘焙: 4, 轻食: 2, 零售: 0.3 };

export function planMembers(count: number, random: () => number): HistoryMember[] {
  return Array.from({ length: count }, (_, index) => {
    const pick = (text: string) => text[Math.floor(random() * text.length)]!;
    const given = random() < 0.3 ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN);
    // A third were members before the window; the rest join during it, a little more often lately.
    const joinDay =
      random() < 0.35 ? HISTORY_DAYS + 1 + Math.floor(random() * 90) : Math.floor(HISTORY_DAYS * random() ** 1.3);
    const year = 1968 + Math.floor(random() * 37);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return {
      openid: `demo-h-${String(index).padStart(3, '0')}`,
      nickname: pick(SURNAMES) + given,
      birthday: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      homeStore: STORES[Math.floor(random() * STORES.length)]!,
      joinDay,
      // Few regulars, many occasional visitors: the spread that makes segments and rankings mean something.
      visitRate: 0.015 + 0.2 * random() ** 3,
      lastActiveDay: random() < 0.18 ? 20 + Math.floor(random() * 40) : -1,
      checksIn: random() < 0.3,
      topsUp: random() < 0.06,
    };
  });
}

function basket(random: () => number): NonNullable<HistoryEvent['items']> {
  const lines = 1 + Math.floor(random() ** 2 * 3);
  const weighted = demoProducts.flatMap((product) =>
    Array.from({ length: Math.round((BASKET_WEIGHTS[product.category] ?? 1) * 3) }, () => product),
  );
  const chosen = new Map<string, { sku: string; quantity: number; unitPriceFen: number }>();
  for (let line = 0; line < lines; line++) {
    const product = weighted[Math.floor(random() * weighted.length)]!;
    const held = chosen.get(product.sku);
    if (held) held.quantity++;
    else chosen.set(product.sku, { sku: product.sku, quantity: 1, unitPriceFen: product.priceFen });
  }
  return [...chosen.values()];
}

/** The events of one day (`day` days before now), in time order; nothing later than now. */
export function planDay(
  members: readonly HistoryMember[],
  day: number,
  dayStartMs: number,
  nowMs: number,
  random: () => number,
): HistoryEvent[] {
  const weekday = new Date(dayStartMs + 8 * 3600_000).getUTCDay();
  const busy = (weekday === 0 || weekday === 6 ? 1.35 : 1) * (1 + (HISTORY_DAYS - day) / (HISTORY_DAYS * 3));
  const at = (fromHour: number, hours: number) => dayStartMs + Math.floor((fromHour + random() * hours) * 3600_000);
  const events: HistoryEvent[] = [];
  members.forEach((member, index) => {
    if (member.joinDay === day) events.push({ member: index, atMs: at(7, 3), kind: 'join' });
    if (day > member.joinDay || day > ACTIVE_FROM_DAY) return;
    const drifted = member.lastActiveDay >= 0 && day < member.lastActiveDay;
    if (member.checksIn && !drifted && random() < 0.25)
      events.push({ member: index, atMs: at(10, 2), kind: 'checkin' });
    const claimOpen = day <= CLAIM_DAYS.from && day >= CLAIM_DAYS.until;
    if (claimOpen && !drifted && random() < 0.035) events.push({ member: index, atMs: at(9, 2), kind: 'claim' });
    if (drifted || random() >= member.visitRate * busy) return;
    const storeId = random() < 0.85 ? member.homeStore : STORES[Math.floor(random() * STORES.length)]!;
    events.push({
      member: index,
      atMs: at(12.5, 8),
      kind: 'purchase',
      storeId,
      items: basket(random),
      topupFen: member.topsUp && random() < 0.12 ? (random() < 0.6 ? 20_000 : 50_000) : undefined,
      offersCoupon: random() < 0.6,
      spendsPoints: random() < 0.04,
    });
  });
  return events.filter((event) => event.atMs < nowMs).sort((a, b) => a.atMs - b.atMs);
}
