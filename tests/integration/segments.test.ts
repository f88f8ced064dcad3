import { purchasesInLast12Months, monthOf, segmentCodes, type SegmentCode } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import { previewAudience } from '../../functions/src/features/coupons/preview-audience/use-case';
import { bulkTag } from '../../functions/src/features/console/bulk-tags/use-case';
import { changeMemberTags } from '../../functions/src/features/console/member-tags/use-case';
import { listTags } from '../../functions/src/features/console/list-tags/use-case';
import { refreshSegments } from '../../functions/src/jobs/refresh-segments';
import { counter, marketer } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';

const TZ = demoProgram.timezone;
const NOW = Date.parse('2026-09-15T10:00:00+08:00');
const DAY = 86_400_000;
/** The same wall-clock time `days` business days before NOW (Shanghai has no daylight saving). */
const ago = (days: number) => NOW - days * DAY;

let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(async () => {
  await table.drop();
});

interface Crafted {
  joined: number;
  /** Days ago of each purchase of ¥30, unless `fen` says otherwise. */
  purchases?: number[];
  fen?: number;
  /** Index of a purchase refunded in full. */
  refunded?: number;
}

/**
 * The crafted population: the boundaries of each segment. Spenders (12 months): six at ¥60, L and M ¥180, N ¥150,
 * P and S ¥30, Q and R ¥2,000 — 13 members, ⌈20 % × 13⌉ = 3rd from the top is ¥180, so L and M (tied) are in too.
 */
const crafted: Record<string, Crafted> = {
  newAt29: { joined: 29 },
  newAt30: { joined: 30 },
  newAt31: { joined: 31 },
  neverBought179: { joined: 179 },
  neverBought180: { joined: 180 },
  neverBought181: { joined: 181 },
  idle59: { joined: 400, purchases: [100, 59] },
  idle60: { joined: 400, purchases: [100, 60] },
  idle61: { joined: 400, purchases: [100, 61] },
  idle179: { joined: 400, purchases: [200, 179] },
  idle180: { joined: 400, purchases: [200, 180] },
  idle181: { joined: 400, purchases: [200, 181] },
  onceIdle61: { joined: 400, purchases: [61] },
  six30: { joined: 400, purchases: [150, 120, 90, 60, 45, 30] },
  six31: { joined: 400, purchases: [150, 120, 90, 60, 45, 31] },
  five1: { joined: 400, purchases: [150, 120, 90, 60, 1] },
  refundedOne: { joined: 400, purchases: [20, 10], refunded: 1 },
  bigQ: { joined: 400, purchases: [5], fen: 200_000 },
  bigR: { joined: 400, purchases: [5], fen: 200_000 },
};

const expectedAtNow: Record<string, SegmentCode[]> = {
  newAt29: ['new'],
  newAt30: ['new'],
  newAt31: [],
  neverBought179: [],
  neverBought180: ['churned'],
  neverBought181: ['churned'],
  idle59: ['returning'],
  idle60: ['returning', 'churn-risk'],
  idle61: ['returning', 'churn-risk'],
  idle179: ['returning', 'churn-risk'],
  idle180: ['returning', 'churned'],
  idle181: ['returning', 'churned'],
  onceIdle61: [],
  six30: ['returning', 'loyal', 'big-spender'],
  six31: ['returning', 'big-spender'],
  five1: ['returning'],
  refundedOne: [],
  bigQ: ['big-spender'],
  bigR: ['big-spender'],
};

const ids: Record<string, { memberId: string; memberNo: string }> = {};
const segmentsHeld = async (memberId: string) =>
  (await table.deps.tags.ofMember(memberId))
    .filter((tag) => tag.startsWith('segment:'))
    .map((tag) => tag.slice('segment:'.length) as SegmentCode)
    .sort((a, b) => segmentCodes.indexOf(a) - segmentCodes.indexOf(b));

describe('refresh-segments on a crafted population', () => {
  beforeAll(async () => {
    for (const [name, member] of Object.entries(crafted)) {
      ids[name] = await c.newMember(ago(member.joined));
      const made = [];
      // Oldest first, as they happened.
      for (const days of [...(member.purchases ?? [])].sort((a, b) => b - a))
        made.push(await c.purchase(ids[name]!.memberNo, member.fen ?? 3000, ago(days)));
      if (member.refunded !== undefined) await c.refund(made[member.refunded]!.purchaseId, undefined, ago(5));
    }
  });

  test('the purchase and refund transactions keep the monthly buckets: a full refund takes the purchase out', async () => {
    const month = monthOf(NOW, TZ);
    const of = async (name: string) =>
      purchasesInLast12Months((await table.deps.members.getById(ids[name]!.memberId, true))!.purchasesByMonth, month);
    expect(await of('refundedOne')).toEqual({ purchases: 1, spendFen: 3000 });
    expect(await of('six30')).toEqual({ purchases: 6, spendFen: 18_000 });
    expect(await of('idle181')).toEqual({ purchases: 2, spendFen: 6000 });
  });

  test('each member holds the segments of the definitions at their boundaries; a re-run writes nothing', async () => {
    const first = await refreshSegments(NOW, table.deps);
    expect(first.thresholdFen).toBe(18_000);
    for (const name of Object.keys(crafted))
      expect({ name, segments: await segmentsHeld(ids[name]!.memberId) }).toEqual({
        name,
        segments: expectedAtNow[name],
      });

    const before = await table.scanAll();
    const again = await refreshSegments(NOW, table.deps);
    expect(again).toMatchObject({ added: 0, removed: 0 });
    expect(await table.scanAll()).toEqual(before);
  });

  test('an audience of churn-risk members is exactly the members tagged churn-risk', async () => {
    const preview = await previewAudience({ segments: ['churn-risk'] }, demoProgram, NOW, table.deps);
    expect(preview.count).toBe(3);
    const expected = ['idle60', 'idle61', 'idle179'].map((name) => ids[name]!.memberNo).sort();
    expect(preview.sample.map((member) => member.memberNo).sort()).toEqual(expected);
    expect((await listTags(table.deps)).items.find((item) => item.tag === 'segment:churn-risk')?.count).toBe(3);
  });

  test('a day later only the differences are written: members cross their boundaries, manual tags stay', async () => {
    await changeMemberTags(ids.idle59!.memberId, { add: ['老客'] }, marketer, NOW, table.deps);
    const next = await refreshSegments(NOW + DAY, table.deps);
    // newAt30 leaves new; idle59 joins churn-risk; idle179 and neverBought179 cross into churned; idle179 leaves churn-risk;
    // six30's last purchase is now 31 days ago (no longer loyal).
    expect(next).toMatchObject({ added: 3, removed: 3 });
    expect(await segmentsHeld(ids.newAt30!.memberId)).toEqual([]);
    expect(await segmentsHeld(ids.idle59!.memberId)).toEqual(['returning', 'churn-risk']);
    expect(await segmentsHeld(ids.idle179!.memberId)).toEqual(['returning', 'churned']);
    expect(await segmentsHeld(ids.neverBought179!.memberId)).toEqual(['churned']);
    expect(await segmentsHeld(ids.six30!.memberId)).toEqual(['returning', 'big-spender']);
    expect(await table.deps.tags.ofMember(ids.idle59!.memberId)).toContain('老客');
  });
});

describe('manual tags are audited', () => {
  const audits = async () => (await table.scanAll()).filter((item) => item.entity === 'Audit');

  test('one entry per change of a member’s tags (none when nothing changes) and one per bulk upload', async () => {
    const [first, second] = [await c.newMember(NOW), await c.newMember(NOW)];
    await changeMemberTags(first.memberId, { add: ['咖啡控', '周末'] }, marketer, NOW, table.deps);
    await changeMemberTags(first.memberId, { add: ['咖啡控'] }, marketer, NOW, table.deps);
    const answer = await bulkTag(
      { tag: '咖啡控', action: 'add', memberNos: [first.memberNo, second.memberNo, '10000000', first.memberNo] },
      marketer,
      NOW,
      table.deps,
    );
    expect(answer).toEqual({ tag: '咖啡控', action: 'add', matched: 2, changed: 1, unknown: ['10000000'] });
    const all = await audits();
    const single = all.filter((item) => item.target.id === first.memberId);
    expect(single).toHaveLength(1);
    expect(single[0]).toMatchObject({
      action: 'member.tags',
      actor: 'marketer:marketer',
      before: { tags: [] },
      after: { tags: ['周末', '咖啡控'].sort(), added: ['咖啡控', '周末'], removed: [] },
    });
    const bulk = all.filter((item) => item.target.kind === 'tag' && item.target.id === '咖啡控');
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({
      action: 'tags.bulk-add',
      after: { tag: '咖啡控', action: 'add', requested: 4, matched: 2, changed: 1, unknown: 1 },
    });
    expect(await table.deps.tags.ofMember(second.memberId)).toEqual(['咖啡控']);
  });
});
