import { businessDateOf, DomainError } from '@app/shared';
import type { DocumentClient } from '../../../functions/src/adapters/dynamodb';
import { createAppDeps, type AppDeps } from '../../../functions/src/composition';
import type { AppConfig } from '../../../functions/src/config';
import type { Principal } from '../../../functions/src/http/route';
import { signIn } from '../../../functions/src/features/accounts/auth-wechat/use-case';
import { recordPurchase } from '../../../functions/src/features/counter/record-purchase/use-case';
import { checkIn } from '../../../functions/src/features/engagement/check-in/use-case';
import { updateProfile } from '../../../functions/src/features/members/update-me/use-case';
import { placeOrder } from '../../../functions/src/features/mall/place-order/use-case';
import { storeTopup } from '../../../functions/src/features/wallet/store-topup/use-case';
import { refreshSegments } from '../../../functions/src/jobs/refresh-segments';
import { demoProgram } from '../demo-program';
import { HISTORY_DAYS, planDay, planMembers, type HistoryEvent, type HistoryMember } from './plan';
import { seededRandom } from '../seeded-random';
import { historyCampaigns } from './campaigns';

const DAY_MS = 86_400_000;
export const DEMO_HISTORY_MEMBERS = 200;
/** Members acting at the same moment of the day: enough to keep DynamoDB Local busy, not the machine. */
const PARALLEL_MEMBERS = 8;
/** Members act independently within a week; the weeks (and the marketer's campaigns) follow one another. */
const WEEK = 7;

export interface HistoryOptions {
  nowMs?: number;
  members?: number;
  /** Waits until the statistics have counted every change so far (the stream aggregator's drain). */
  drainStatistics?: () => Promise<void>;
  onProgress?: (line: string) => void;
}

export interface HistorySummary {
  members: number;
  purchases: number;
  checkins: number;
  couponsUsed: number;
  topups: number;
  orders: number;
  skipped: boolean;
}

/**
 * 90 days of a coffee chain's life, written through the real use cases with the business clock of each event:
 * registrations, purchases of catalog products (with coupons where a member holds one), check-ins, top-ups at the
 * counter, points spent in the mall, a push campaign that ran its course and a claim campaign, then the nightly
 * segments. Seeded, so the same every time; written once (a restart keeps it, `--fresh` writes it again).
 */
export async function seedDemoHistory(
  config: AppConfig,
  db: DocumentClient,
  options: HistoryOptions = {},
): Promise<HistorySummary> {
  const deps = createAppDeps(config, db);
  const nowMs = options.nowMs ?? Date.now();
  const random = seededRandom(18);
  const members = planMembers(options.members ?? DEMO_HISTORY_MEMBERS, random);
  const summary: HistorySummary = {
    members: members.length,
    purchases: 0,
    checkins: 0,
    couponsUsed: 0,
    topups: 0,
    orders: 0,
    skipped: false,
  };
  if (await deps.accounts.getIdentity(members[0]!.openid)) return { ...summary, skipped: true };
  await openStaffAccounts(deps, nowMs);
  const startOfToday = Date.parse(`${businessDateOf(nowMs, demoProgram.timezone)}T00:00:00+08:00`);
  const ids: { memberId: string; memberNo: string }[] = [];
  const campaigns = historyCampaigns(deps, startOfToday);

  const act = async (event: HistoryEvent) => {
    const member = members[event.member]!;
    if (event.kind === 'join') {
      ids[event.member] = await join(member, event.atMs, deps);
      return;
    }
    const { memberId, memberNo } = ids[event.member]!;
    const self: Principal = { role: 'member', openid: member.openid, memberId };
    if (event.kind === 'claim') {
      await campaigns.claim(memberId, event.atMs);
      return;
    }
    if (event.kind === 'checkin') {
      await checkIn(self, event.atMs, deps);
      summary.checkins++;
      return;
    }
    const staff: Principal = { role: 'staff', openid: staffOf(event.storeId!), storeId: event.storeId! };
    const code = () => deps.memberCodes.issue(memberNo, event.atMs, 60).code;
    const receiptNo = `H${event.storeId}-${event.member}-${event.atMs.toString(36)}`.toUpperCase();
    if (event.topupFen) {
      await storeTopup(
        { memberCode: code(), receiptNo: `T${receiptNo}`, amountFen: event.topupFen },
        staff,
        event.atMs,
        deps,
      );
      summary.topups++;
    }
    const amountFen = event.items!.reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);
    const coupon = event.offersCoupon ? await usableCoupon(memberId, amountFen, event.atMs, deps) : undefined;
    const request = { memberCode: code(), receiptNo, amountFen, items: event.items };
    const bought = await recordPurchase(
      coupon ? { ...request, couponIds: [coupon] } : request,
      staff,
      event.atMs,
      deps,
    ).catch((error: unknown) => {
      if (!coupon || !(error instanceof DomainError)) throw error;
      return recordPurchase({ ...request, memberCode: code() }, staff, event.atMs, deps);
    });
    summary.purchases++;
    if (bought.couponsUsed?.length) summary.couponsUsed++;
    if (event.spendsPoints) summary.orders += await spendPoints(self, event.atMs + 600_000, deps);
  };

  const lastDay = Math.max(...members.map((member) => member.joinDay));
  // Weeks run from day 7k+6 down to 7k, so each campaign's day (62, 41) opens a week.
  for (let weekStart = lastDay + ((WEEK - 1 - (lastDay % WEEK)) % WEEK); weekStart >= 0; weekStart -= WEEK) {
    await campaigns.onDay(weekStart);
    const events: HistoryEvent[] = [];
    for (let day = weekStart; day > weekStart - WEEK; day--)
      events.push(...planDay(members, day, startOfToday - day * DAY_MS, nowMs, random));
    await inParallel(byMember(events), async (own) => {
      for (const event of own) await act(event);
    });
    if (weekStart <= HISTORY_DAYS + WEEK)
      options.onProgress?.(
        `demo history: ${Math.max(weekStart - WEEK + 1, 0)} days ago reached (${ids.filter(Boolean).length} members, ${summary.purchases} purchases, ${summary.checkins} check-ins)`,
      );
  }
  await options.drainStatistics?.();
  await refreshSegments(nowMs, deps);
  return summary;
}

const staffOf = (storeId: string) => `staff-${storeId.toLowerCase()}`;

/** The third store has its counter account too (the demo's logins name only the first two). */
async function openStaffAccounts(deps: AppDeps, nowMs: number) {
  const at = new Date(nowMs - (HISTORY_DAYS + 120) * DAY_MS).toISOString();
  if (!(await deps.accounts.getIdentity(staffOf('S003'))))
    await deps.accounts.createAccount({
      role: 'staff',
      openid: staffOf('S003'),
      storeId: 'S003',
      createdAt: at,
      createdBy: 'system:seed',
    });
}

async function join(member: HistoryMember, atMs: number, deps: AppDeps) {
  const { memberId } = await signIn({ code: `dev:${member.openid}` }, atMs, {
    ...deps,
    identityProvider: { resolveOpenid: async () => member.openid },
  });
  const self: Principal = { role: 'member', openid: member.openid, memberId: memberId! };
  await updateProfile(self, { nickname: member.nickname, birthday: member.birthday }, atMs + 60_000, deps);
  const registered = (await deps.members.getById(memberId!, true))!;
  return { memberId: registered.memberId, memberNo: registered.memberNo };
}

/** A coupon the member holds that this purchase can take (the counter would offer it). */
async function usableCoupon(memberId: string, amountFen: number, atMs: number, deps: AppDeps) {
  const at = new Date(atMs).toISOString();
  const held = await deps.coupons.memberCoupons(memberId);
  return held.find(
    (coupon) =>
      coupon.status === 'available' &&
      coupon.validFrom <= at &&
      at < coupon.validUntil &&
      coupon.minSpendFen <= amountFen,
  )?.couponId;
}

/** Now and then a member spends points in the mall: the dearest item the balance buys. */
async function spendPoints(self: Principal, atMs: number, deps: AppDeps): Promise<number> {
  const member = (await deps.members.getById(self.memberId!, true))!;
  const balance = member.lotPoints - member.pointsDebt;
  const itemId = balance >= 300 ? 'demo-coffee-coupon' : balance >= 50 ? 'demo-spoon' : undefined;
  if (!itemId) return 0;
  await placeOrder({ itemId, quantity: 1 }, self, atMs, deps);
  return 1;
}

function byMember(events: HistoryEvent[]): HistoryEvent[][] {
  const groups = new Map<number, HistoryEvent[]>();
  for (const event of events) groups.set(event.member, [...(groups.get(event.member) ?? []), event]);
  return [...groups.values()];
}

async function inParallel<T>(work: readonly T[], run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL_MEMBERS }, async () => {
      while (next < work.length) await run(work[next++]!);
    }),
  );
}
