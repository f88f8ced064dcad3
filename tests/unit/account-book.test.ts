import {
  AccountBook,
  DomainError,
  lotExpiry,
  pointsView,
  type ActiveLot,
  type Actor,
  type LedgerDraft,
  type LedgerType,
  type Posting,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
const utc = (iso: string) => new Date(Date.parse(iso)).toISOString();
const system: Actor = { kind: 'system', id: 'test' };

type ExpirySettings = typeof demoProgram.expiry | { policy: 'days-after-earn'; days: number } | { policy: 'never' };

let ids = 0;
function book(
  nowIso: string | number,
  lots: readonly ActiveLot[],
  snapshot?: { lotPoints: number; debt: number },
  expiry: ExpirySettings = demoProgram.expiry,
) {
  const nowMs = typeof nowIso === 'number' ? nowIso : at(nowIso);
  const lotPoints = lots.reduce((sum, lot) => sum + lot.remaining, 0);
  return new AccountBook(snapshot ?? { lotPoints, debt: 0 }, lots, {
    nowMs,
    by: system,
    newId: () => {
      ids += 1;
      return `id-${ids}`;
    },
    expiryFor: (earnedAtMs) => lotExpiry(earnedAtMs, expiry, SHANGHAI),
  });
}

const lot = (lotId: string, earnedAt: string, expiresAt: string | null, remaining: number): ActiveLot => ({
  lotId,
  earnedAt: utc(earnedAt),
  expiresAt: expiresAt === null ? null : utc(expiresAt),
  remaining,
  source: 'test',
});

const move = (type: LedgerType, growth = 0, growthMonth: string | null = null) => ({
  type,
  reasonCode: type,
  reason: type,
  ref: { kind: 'test', id: type },
  growth,
  growthMonth,
});

// Ends of calendar years in Beijing: 2027-01-01T00:00+08:00 and 2028-01-01T00:00+08:00.
const END_2026 = '2027-01-01T00:00:00+08:00';
const END_2027 = '2028-01-01T00:00:00+08:00';

/** Lots of a member: C and A expire together (C is older), B a year later, N never. */
const sampleLots = () => [
  lot('B', '2026-02-01T10:00:00+08:00', END_2027, 100),
  lot('N', '2024-01-01T10:00:00+08:00', null, 100),
  lot('A', '2025-06-01T10:00:00+08:00', END_2026, 100),
  lot('C', '2025-01-01T10:00:00+08:00', END_2026, 100),
];

describe('AccountBook: spending order', () => {
  test.each([
    { points: 0, prefer: null, takes: {} },
    { points: 50, prefer: null, takes: { C: 50 } }, // earliest expiry, oldest of the tie
    { points: 100, prefer: null, takes: { C: 100 } },
    { points: 150, prefer: null, takes: { C: 100, A: 50 } },
    { points: 250, prefer: null, takes: { C: 100, A: 100, B: 50 } },
    { points: 350, prefer: null, takes: { C: 100, A: 100, B: 100, N: 50 } }, // never-expiring lots come last
    { points: 400, prefer: null, takes: { C: 100, A: 100, B: 100, N: 100 } },
    { points: 150, prefer: 'B', takes: { B: 100, C: 50 } }, // the preferred lot first
    { points: 50, prefer: 'N', takes: { N: 50 } },
    { points: 150, prefer: 'A', takes: { A: 100, C: 50 } },
    { points: 150, prefer: 'C', takes: { C: 100, A: 50 } },
    { points: 150, prefer: 'unknown', takes: { C: 100, A: 50 } },
  ])('spending $points (prefer $prefer) takes $takes', ({ points, prefer, takes }) => {
    const b = book('2026-06-01T12:00:00+08:00', sampleLots());
    const result = b.debit(points, move('spend'), { allowDebt: false, preferLotId: prefer });
    expect(result).toEqual({ takes, debtCreated: 0 });
    expect(b.balance).toBe(400 - points);
    const posting = b.posting();
    expect(posting.entries).toHaveLength(1);
    expect(posting.entries[0]).toMatchObject({ type: 'spend', points: -points, balanceAfter: 400 - points, takes });
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired]).sort()).toEqual(
      Object.entries(takes)
        .map(([lotId, taken]) => [lotId, 100, 100 - taken, false])
        .sort(),
    );
    expect(posting.lotPoints).toBe(400 - points);
    expect(posting.debt).toBe(0);
  });

  test('ties on expiry are broken by earnedAt, whatever the input order', () => {
    const lots = [
      lot('late', '2026-03-01T00:00:00+08:00', END_2027, 10),
      lot('early', '2026-01-01T00:00:00+08:00', END_2027, 10),
      lot('middle', '2026-02-01T00:00:00+08:00', END_2027, 10),
    ];
    const b = book('2026-06-01T12:00:00+08:00', lots);
    expect(b.debit(25, move('spend'), { allowDebt: false }).takes).toEqual({ early: 10, middle: 10, late: 5 });
  });

  test('a preferred lot that has expired is not taken', () => {
    const lots = [
      lot('gone', '2024-05-01T10:00:00+08:00', '2026-01-01T00:00:00+08:00', 100),
      lot('live', '2026-05-01T10:00:00+08:00', END_2027, 100),
    ];
    const b = book('2026-06-01T12:00:00+08:00', lots);
    expect(b.debit(30, move('spend'), { allowDebt: false, preferLotId: 'gone' }).takes).toEqual({ live: 30 });
  });
});

describe('AccountBook: refusals and debt', () => {
  const refused = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected a refusal');
  };

  test.each([
    { name: 'one point more than the balance', lots: sampleLots(), debt: 0, points: 401 },
    {
      name: 'expired lots are not spendable',
      lots: [
        lot('gone', '2024-05-01T10:00:00+08:00', '2026-01-01T00:00:00+08:00', 500),
        lot('live', '2026-05-01T10:00:00+08:00', END_2027, 100),
      ],
      debt: 0,
      points: 101,
    },
    { name: 'no lots at all', lots: [], debt: 0, points: 1 },
  ])('spending more than the spendable points is refused: $name', ({ lots, debt, points }) => {
    const b = book('2026-06-01T12:00:00+08:00', lots);
    const error = refused(() => b.debit(points, move('spend'), { allowDebt: false }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'POINTS_INSUFFICIENT', message: '积分不足', status: 409 });
    expect(b.posting()).toMatchObject({ entries: [], lotUpdates: [], debt });
  });

  test('exactly the spendable points is allowed', () => {
    const lots = [
      lot('gone', '2024-05-01T10:00:00+08:00', '2026-01-01T00:00:00+08:00', 500),
      lot('live', '2026-05-01T10:00:00+08:00', END_2027, 100),
    ];
    const b = book('2026-06-01T12:00:00+08:00', lots);
    expect(b.spendable).toBe(100);
    expect(b.debit(100, move('spend'), { allowDebt: false })).toEqual({ takes: { live: 100 }, debtCreated: 0 });
  });

  test('spending while in debt is refused, whatever the amount', () => {
    const b = book('2026-06-01T12:00:00+08:00', [], { lotPoints: 0, debt: 20 });
    for (const points of [1, 0]) {
      const error = refused(() => b.debit(points, move('spend'), { allowDebt: false }));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'POINTS_IN_DEBT', message: '积分欠款未还清，暂不能使用积分' });
    }
    expect(b.balance).toBe(-20);
    expect(b.posting().entries).toEqual([]);
  });

  test('with allowDebt the shortfall becomes debt', () => {
    const lots = [
      lot('own', '2026-05-01T10:00:00+08:00', END_2027, 30),
      lot('other', '2026-04-01T10:00:00+08:00', END_2026, 100),
    ];
    const b = book('2026-06-01T12:00:00+08:00', lots);
    const result = b.debit(150, move('reverse', -150, '2026-05'), { allowDebt: true, preferLotId: 'own' });
    expect(result).toEqual({ takes: { own: 30, other: 100 }, debtCreated: 20 });
    expect([b.balance, b.currentDebt, b.spendable]).toEqual([-20, 20, 0]);
    const posting = b.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter, e.growth, e.growthMonth])).toEqual([
      ['reverse', -150, -20, -150, '2026-05'],
    ]);
    expect(posting).toMatchObject({ lotPoints: 0, debt: 20, growthByMonth: { '2026-05': -150 } });
  });

  test('a debit in debt with allowDebt adds to the debt', () => {
    const b = book('2026-06-01T12:00:00+08:00', [], { lotPoints: 0, debt: 20 });
    expect(b.debit(15, move('reverse'), { allowDebt: true })).toEqual({ takes: {}, debtCreated: 15 });
    expect([b.balance, b.currentDebt]).toEqual([-35, 35]);
  });

  test.each([
    // debt, credit, new lot, debt after, balance after
    [50, 30, null, 20, -20],
    [50, 50, null, 0, 0],
    [50, 120, 70, 0, 70],
    [0, 120, 120, 0, 120],
    [0, 0, null, 0, 0],
  ])('debt %i, credit %i → new lot %p, debt %i, balance %i', (debt, points, newLot, debtAfter, balanceAfter) => {
    const b = book('2026-06-01T12:00:00+08:00', [], { lotPoints: 0, debt });
    const lotId = b.credit(points, move('earn'));
    expect(lotId === null).toBe(newLot === null);
    expect([b.currentDebt, b.balance]).toEqual([debtAfter, balanceAfter]);
    const posting = b.posting();
    expect(posting.newLots.map((l) => [l.lotId, l.remaining, l.initial])).toEqual(
      newLot === null ? [] : [[lotId, newLot, newLot]],
    );
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter, e.lotId])).toEqual([
      ['earn', points, balanceAfter, lotId ?? undefined],
    ]);
    expect([posting.lotPoints, posting.debt]).toEqual([newLot ?? 0, debtAfter]);
  });

  test('a new lot expires by the program policy, from the time of the credit', () => {
    const newYear = book('2025-12-31T15:30:00Z', []); // 23:30 Beijing on 31 December 2025
    newYear.credit(10, move('earn'));
    const afterMidnight = book('2025-12-31T16:10:00Z', []); // 00:10 Beijing on 1 January 2026
    afterMidnight.credit(10, move('earn'));
    const days = book('2026-03-01T07:00:00+08:00', [], undefined, { policy: 'days-after-earn', days: 30 });
    days.credit(10, move('earn'));
    const never = book('2026-03-01T07:00:00+08:00', [], undefined, { policy: 'never' });
    never.credit(10, move('earn'));
    expect(
      [newYear, afterMidnight, days, never].map((b) => [
        b.posting().newLots[0]!.earnedAt,
        b.posting().newLots[0]!.expiresAt,
        b.posting().entries[0]!.expiresAt,
      ]),
    ).toEqual([
      ['2025-12-31T15:30:00.000Z', utc(END_2026), utc(END_2026)],
      ['2025-12-31T16:10:00.000Z', utc(END_2027), utc(END_2027)],
      ['2026-02-28T23:00:00.000Z', utc('2026-03-31T00:00:00+08:00'), utc('2026-03-31T00:00:00+08:00')],
      ['2026-02-28T23:00:00.000Z', null, null],
    ]);
  });

  test('a credit takes no negative amount, nor a debit', () => {
    const b = book('2026-06-01T12:00:00+08:00', sampleLots());
    expect(() => b.credit(-1, move('earn'))).toThrow();
    expect(() => b.debit(-1, move('spend'), { allowDebt: true })).toThrow();
  });
});

describe('AccountBook: expiry', () => {
  test.each([
    { now: '2026-12-31T23:59:59+08:00', expired: [] as string[] },
    { now: END_2026, expired: ['C', 'A'] }, // at the instant itself
    { now: '2027-06-01T00:00:00+08:00', expired: ['C', 'A'] },
    { now: END_2027, expired: ['C', 'A', 'B'] },
    { now: '2099-01-01T00:00:00+08:00', expired: ['C', 'A', 'B'] }, // never-expiring lots stay
  ])('at $now the due lots $expired expire, each once', ({ now, expired }) => {
    const b = book(now, sampleLots());
    b.expireDue();
    b.expireDue();
    const posting = b.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.ref])).toEqual(
      expired.map((id) => ['expire', -100, { kind: 'lot', id }]),
    );
    expect(posting.entries.map((e) => e.balanceAfter)).toEqual(expired.map((_, i) => 400 - 100 * (i + 1)));
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired])).toEqual(
      expired.map((id) => [id, 100, 0, true]),
    );
    expect(posting.lotPoints).toBe(400 - 100 * expired.length);
    expect(b.spendable).toBe(400 - 100 * expired.length);
  });

  test('the expire entry names the expiry time', () => {
    const b = book(END_2026, [lot('A', '2025-06-01T10:00:00+08:00', END_2026, 7)]);
    b.expireDue();
    expect(b.posting().entries[0]).toMatchObject({
      type: 'expire',
      points: -7,
      balanceAfter: 0,
      expiresAt: utc(END_2026),
      reasonCode: 'points-expired',
    });
  });

  test('a re-run on the written state expires nothing more', () => {
    const first = book(END_2026, sampleLots());
    first.expireDue();
    const written = apply(sampleLots(), first.posting());
    const second = book('2027-01-01T00:10:00+08:00', written, { lotPoints: 200, debt: 0 });
    second.expireDue();
    expect(second.posting().entries).toEqual([]);
    expect(second.posting().lotUpdates).toEqual([]);
  });

  test('expired lots are not spendable before or after the job ran', () => {
    const before = book('2027-01-02T00:00:00+08:00', sampleLots());
    expect(before.spendable).toBe(200);
    expect(before.debit(200, move('spend'), { allowDebt: false }).takes).toEqual({ B: 100, N: 100 });
    const after = book('2027-01-02T00:00:00+08:00', sampleLots());
    after.expireDue();
    expect(() => after.debit(201, move('spend'), { allowDebt: false })).toThrow(DomainError);
  });
});

describe('AccountBook: restore (a cancelled spend)', () => {
  test('puts points back into the lots they came from', () => {
    const spend = book('2026-06-01T12:00:00+08:00', sampleLots());
    const { takes } = spend.debit(250, move('spend'), { allowDebt: false });
    const afterSpend = apply(sampleLots(), spend.posting());
    const lotsById = new Map(afterSpend.map((l) => [l.lotId, l]));

    const cancel = book('2026-06-02T12:00:00+08:00', afterSpend, { lotPoints: 150, debt: 0 });
    cancel.restore(takes, lotsById, move('refund'));
    const posting = cancel.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter])).toEqual([['refund', 250, 400]]);
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired]).sort()).toEqual([
      ['A', 0, 100, false],
      ['B', 50, 100, false],
      ['C', 0, 100, false],
    ]);
    expect(posting.lotPoints).toBe(400);
  });

  test('points whose lot expired meanwhile expire at once: refund, then expire', () => {
    const spend = book('2026-12-20T12:00:00+08:00', sampleLots());
    const { takes } = spend.debit(250, move('spend'), { allowDebt: false }); // C 100, A 100, B 50
    let lots = apply(sampleLots(), spend.posting());
    const job = book(END_2026, lots, { lotPoints: 150, debt: 0 });
    job.expireDue(); // C and A are empty: nothing to expire
    expect(job.posting().entries).toEqual([]);
    // The stored state no longer lists C and A among the active lots; the cancellation finds them by id.
    const lotsById = new Map(lots.map((l) => [l.lotId, l]));
    lots = lots.filter((l) => l.lotId !== 'A' && l.lotId !== 'C');

    const cancel = book('2027-01-05T12:00:00+08:00', lots, { lotPoints: 150, debt: 0 });
    cancel.restore(takes, lotsById, move('refund'));
    const posting = cancel.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter, e.ref])).toEqual([
      ['refund', 250, 400, { kind: 'test', id: 'refund' }],
      ['expire', -100, 300, { kind: 'lot', id: 'C' }],
      ['expire', -100, 200, { kind: 'lot', id: 'A' }],
    ]);
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired]).sort()).toEqual([
      ['A', 0, 0, true],
      ['B', 50, 100, false],
      ['C', 0, 0, true],
    ]);
    expect([posting.lotPoints, posting.debt, cancel.balance, cancel.spendable]).toEqual([200, 0, 200, 200]);
  });

  test('restored points pay a debt first (no entry for the settlement)', () => {
    const lots = [lot('B', '2026-02-01T10:00:00+08:00', END_2027, 0)];
    const b = book('2026-06-01T12:00:00+08:00', lots, { lotPoints: 0, debt: 30 });
    b.restore({ B: 50 }, new Map(), move('refund'));
    const posting = b.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter])).toEqual([['refund', 50, 20]]);
    expect([posting.lotPoints, posting.debt, b.balance, b.spendable]).toEqual([20, 0, 20, 20]);
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining])).toEqual([['B', 0, 20]]);
  });

  test('an unknown lot is a bug', () => {
    const b = book('2026-06-01T12:00:00+08:00', sampleLots());
    expect(() => b.restore({ missing: 5 }, new Map(), move('refund'))).toThrow('lot missing is unknown');
  });
});

describe('AccountBook: posting', () => {
  test('lots created and spent in one book are written with what is left', () => {
    const b = book('2026-06-01T12:00:00+08:00', []);
    const lotId = b.credit(100, move('earn', 100, '2026-06'))!;
    expect(b.debit(30, move('spend'), { allowDebt: false }).takes).toEqual({ [lotId]: 30 });
    const posting = b.posting();
    expect(posting.newLots).toEqual([
      {
        lotId,
        earnedAt: '2026-06-01T04:00:00.000Z',
        expiresAt: utc(END_2027),
        remaining: 70,
        initial: 100,
        source: 'test:earn',
      },
    ]);
    expect(posting.lotUpdates).toEqual([]);
  });

  test('lot updates carry the remaining read before the change, however often it changed', () => {
    const lots = [lot('X', '2026-02-01T10:00:00+08:00', END_2027, 100)];
    const b = book('2026-06-01T12:00:00+08:00', lots);
    b.debit(10, move('spend'), { allowDebt: false });
    b.debit(20, move('spend'), { allowDebt: false });
    expect(b.posting().lotUpdates).toEqual([
      {
        lotId: 'X',
        earnedAt: lots[0]!.earnedAt,
        expiresAt: lots[0]!.expiresAt,
        expected: 100,
        remaining: 70,
        expired: false,
      },
    ]);
  });

  test('entries record who, why, what and when', () => {
    const b = book('2026-06-01T12:00:00+08:00', []);
    b.credit(5, {
      type: 'bonus',
      reasonCode: 'checkin',
      reason: '签到',
      ref: { kind: 'checkin', id: '2026-06-01' },
      growth: 1,
      growthMonth: '2026-06',
    });
    expect(b.posting().entries[0]).toMatchObject({
      type: 'bonus',
      points: 5,
      growth: 1,
      growthMonth: '2026-06',
      reasonCode: 'checkin',
      reason: '签到',
      ref: { kind: 'checkin', id: '2026-06-01' },
      by: system,
      at: '2026-06-01T04:00:00.000Z',
    });
  });

  test('growth deltas are summed per month', () => {
    const b = book('2026-04-01T00:30:00+08:00', []);
    b.credit(120, move('earn', 120, '2026-03'));
    b.debit(50, move('reverse', -50, '2026-03'), { allowDebt: true });
    b.credit(10, move('bonus', 10, '2026-04'));
    b.credit(5, move('bonus', 0, '2026-04')); // no growth, no bucket, no month on the entry
    b.credit(0, move('adjust', 3, '2025-12'));
    const posting = b.posting();
    expect(posting.growthByMonth).toEqual({ '2026-03': 70, '2026-04': 10, '2025-12': 3 });
    expect(posting.entries.map((e) => [e.growth, e.growthMonth])).toEqual([
      [120, '2026-03'],
      [-50, '2026-03'],
      [10, '2026-04'],
      [0, null],
      [3, '2025-12'],
    ]);
  });

  test('a growth change without its month is a bug', () => {
    const b = book('2026-04-01T00:30:00+08:00', []);
    expect(() => b.credit(10, move('earn', 10, null))).toThrow('a growth change needs its month');
  });
});

/** Writes a posting the way the adapter does: conditional on the values read. */
function apply(lots: readonly ActiveLot[], posting: Posting): ActiveLot[] {
  const byId = new Map(lots.map((l) => [l.lotId, { ...l }]));
  for (const update of posting.lotUpdates) {
    const stored = byId.get(update.lotId);
    if (stored) {
      if (stored.remaining !== update.expected)
        throw new Error(`conditional write failed on ${update.lotId}: ${stored.remaining} ≠ ${update.expected}`);
      stored.remaining = update.remaining;
    } else {
      byId.set(update.lotId, {
        lotId: update.lotId,
        earnedAt: update.earnedAt,
        expiresAt: update.expiresAt,
        remaining: update.remaining,
        source: 'restored',
      });
    }
  }
  for (const created of posting.newLots) {
    byId.set(created.lotId, {
      lotId: created.lotId,
      earnedAt: created.earnedAt,
      expiresAt: created.expiresAt,
      remaining: created.remaining,
      source: created.source,
    });
  }
  return [...byId.values()];
}

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('AccountBook: invariants after any sequence', () => {
  test.each([
    { seed: 1, expiry: demoProgram.expiry },
    { seed: 2, expiry: demoProgram.expiry },
    { seed: 3, expiry: { policy: 'days-after-earn' as const, days: 30 } },
    { seed: 4, expiry: { policy: 'days-after-earn' as const, days: 90 } },
    { seed: 5, expiry: { policy: 'never' as const } },
  ])('random operations over three years (seed $seed, $expiry.policy)', ({ seed, expiry }) => {
    const random = prng(seed);
    const int = (max: number) => Math.floor(random() * (max + 1));
    let now = at('2026-01-01T09:00:00+08:00');
    let lots: ActiveLot[] = [];
    let state = { lotPoints: 0, debt: 0 };
    const ledger: LedgerDraft[] = [];
    const allLots = new Map<string, ActiveLot>();
    const cancellable: Record<string, number>[] = [];
    const counts = { earn: 0, spend: 0, refused: 0, reverse: 0, restore: 0, expire: 0, debtCreated: 0, debtPaid: 0 };

    for (let step = 0; step < 400; step += 1) {
      now += int(5) * 86_400_000 + int(86_399) * 1000;
      const b = book(now, lots, state, expiry);
      if (random() < 0.5) b.expireDue();
      const op = random();
      let refusedNow = false;
      if (op < 0.4) {
        const debtBefore = b.currentDebt;
        b.credit(int(300), move('earn', 1, '2026-01'));
        if (debtBefore > b.currentDebt) counts.debtPaid += 1;
        counts.earn += 1;
      } else if (op < 0.7) {
        const points = int(400);
        const canSpend = b.currentDebt === 0 && points <= b.spendable;
        try {
          const { takes } = b.debit(points, move('spend'), { allowDebt: false });
          cancellable.push(takes);
          counts.spend += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          refusedNow = true;
          counts.refused += 1;
        }
        expect({ step, refused: refusedNow }).toEqual({ step, refused: !canSpend });
      } else if (op < 0.85) {
        const prefer = lots.length ? lots[int(lots.length - 1)]!.lotId : null;
        const { debtCreated } = b.debit(int(300), move('reverse', -1, '2026-01'), {
          allowDebt: true,
          preferLotId: prefer,
        });
        if (debtCreated > 0) counts.debtCreated += 1;
        counts.reverse += 1;
      } else if (cancellable.length) {
        const takes = cancellable.splice(int(cancellable.length - 1), 1)[0]!;
        b.restore(takes, allLots, move('refund'));
        counts.restore += 1;
      }
      if (refusedNow) continue; // a refused operation writes nothing

      const posting = b.posting();
      // the book's own totals
      expect(posting.lotPoints - posting.debt).toBe(b.balance);
      lots = apply(lots, posting); // throws if an `expected` value is not the stored one
      for (const l of lots) allLots.set(l.lotId, { ...l });
      for (const update of posting.lotUpdates) if (update.expired) counts.expire += 1;
      state = { lotPoints: posting.lotPoints, debt: posting.debt };
      ledger.push(...posting.entries);

      // balance = Σ remaining of the stored lots − debt = Σ ledger points, and every balanceAfter is a running sum
      const lotSum = lots.reduce((sum, l) => sum + l.remaining, 0);
      const entrySum = ledger.reduce((sum, e) => sum + e.points, 0);
      expect({ step, balance: state.lotPoints - state.debt, lots: lotSum - state.debt, entries: entrySum }).toEqual({
        step,
        balance: entrySum,
        lots: entrySum,
        entries: entrySum,
      });
      expect(state.debt).toBeGreaterThanOrEqual(0);
      expect(lots.every((l) => l.remaining >= 0)).toBe(true);
      // a member in debt has nothing spendable
      const usable = lots
        .filter((l) => l.remaining > 0 && (l.expiresAt === null || Date.parse(l.expiresAt) > now))
        .reduce((s, l) => s + l.remaining, 0);
      if (state.debt > 0) expect({ step, usable }).toEqual({ step, usable: 0 });
      // what the member sees counts only unexpired lots; a debt stands beside a spendable 0, never below it
      expect(pointsView(state, lots, now)).toMatchObject({
        balance: Math.max(0, usable - state.debt),
        debt: state.debt,
      });
    }

    // once everything due has expired, the balance is Σ remaining of unexpired lots − debt
    const end = book(now, lots, state, expiry);
    end.expireDue();
    const usableEnd = lots
      .filter((l) => l.expiresAt === null || Date.parse(l.expiresAt) > now)
      .reduce((s, l) => s + l.remaining, 0);
    expect(end.balance).toBe(usableEnd - state.debt);
    expect(end.spendable).toBe(usableEnd);

    let running = 0;
    for (const entry of ledger) {
      running += entry.points;
      expect(entry.balanceAfter).toBe(running);
    }
    // the sequence exercised what it should
    expect(counts.earn).toBeGreaterThan(50);
    expect(counts.spend).toBeGreaterThan(10);
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.restore).toBeGreaterThan(5);
    expect(counts.debtCreated).toBeGreaterThan(0);
    expect(counts.debtPaid).toBeGreaterThan(0);
    if (expiry.policy !== 'never') expect(counts.expire).toBeGreaterThan(0);
  });
});
