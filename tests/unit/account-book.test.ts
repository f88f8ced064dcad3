import { DomainError } from '@app/shared';
import {
  book,
  E26,
  E27,
  END_2026,
  END_2027,
  lot,
  lotOf,
  move,
  NEVER,
  sampleLots,
  storedWith,
  system,
  utc,
  write,
} from '../support/account-book-fixtures';

const HELD: Record<string, number> = { [E26]: 200, [E27]: 100, [NEVER]: 100 };
const GONE = '2026-01-01T00:00:00+08:00';

describe('AccountBook: spending order', () => {
  test.each([
    { points: 0, prefer: null, takes: {} },
    { points: 50, prefer: null, takes: { [E26]: 50 } }, // earliest expiry first
    { points: 200, prefer: null, takes: { [E26]: 200 } },
    { points: 250, prefer: null, takes: { [E26]: 200, [E27]: 50 } },
    { points: 350, prefer: null, takes: { [E26]: 200, [E27]: 100, [NEVER]: 50 } }, // points that never expire last
    { points: 400, prefer: null, takes: { [E26]: 200, [E27]: 100, [NEVER]: 100 } },
    { points: 150, prefer: E27, takes: { [E27]: 100, [E26]: 50 } }, // the preferred lot first
    { points: 50, prefer: NEVER, takes: { [NEVER]: 50 } },
    { points: 150, prefer: E26, takes: { [E26]: 150 } },
    { points: 150, prefer: 'unknown', takes: { [E26]: 150 } },
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
        .map(([lotId, taken]) => [lotId, HELD[lotId], HELD[lotId]! - taken, false])
        .sort(),
    );
    expect(posting.lotPoints).toBe(400 - points);
    expect(posting.debt).toBe(0);
  });

  test('the lots are taken soonest expiry first, whatever the input order', () => {
    const lots = [lot(null, 10), lot(END_2027, 10), lot('2027-06-01T00:00:00+08:00', 10), lot(END_2026, 10)];
    const b = book('2026-06-01T12:00:00+08:00', lots);
    expect(b.debit(35, move('spend'), { allowDebt: false }).takes).toEqual({
      [E26]: 10,
      [lotOf('2027-06-01T00:00:00+08:00')]: 10,
      [E27]: 10,
      [NEVER]: 5,
    });
  });

  test('a preferred lot that has expired is not taken', () => {
    const b = book('2026-06-01T12:00:00+08:00', [lot(GONE, 100), lot(END_2027, 100)]);
    expect(b.debit(30, move('spend'), { allowDebt: false, preferLotId: lotOf(GONE) }).takes).toEqual({ [E27]: 30 });
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
    { name: 'expired lots are not spendable', lots: [lot(GONE, 500), lot(END_2027, 100)], debt: 0, points: 101 },
    { name: 'no lots at all', lots: [], debt: 0, points: 1 },
  ])('spending more than the spendable points is refused: $name', ({ lots, debt, points }) => {
    const b = book('2026-06-01T12:00:00+08:00', lots);
    const error = refused(() => b.debit(points, move('spend'), { allowDebt: false }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'POINTS_INSUFFICIENT', message: '积分不足', status: 409 });
    expect(b.posting()).toMatchObject({ entries: [], lotUpdates: [], debt });
  });

  test('exactly the spendable points is allowed', () => {
    const b = book('2026-06-01T12:00:00+08:00', [lot(GONE, 500), lot(END_2027, 100)]);
    expect(b.spendable).toBe(100);
    expect(b.debit(100, move('spend'), { allowDebt: false })).toEqual({ takes: { [E27]: 100 }, debtCreated: 0 });
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
    const b = book('2026-06-01T12:00:00+08:00', [lot(END_2027, 30), lot(END_2026, 100)]);
    const result = b.debit(150, move('reverse', -150, '2026-05'), { allowDebt: true, preferLotId: E27 });
    expect(result).toEqual({ takes: { [E27]: 30, [E26]: 100 }, debtCreated: 20 });
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
    expect(lotId).toBe(newLot === null ? null : E27);
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

  test('a new lot expires by the program policy, from the time of the credit, and is named by its expiry', () => {
    const newYear = book('2025-12-31T15:30:00Z', []); // 23:30 Beijing on 31 December 2025
    newYear.credit(10, move('earn'));
    const afterMidnight = book('2025-12-31T16:10:00Z', []); // 00:10 Beijing on 1 January 2026
    afterMidnight.credit(10, move('earn'));
    const days = book('2026-03-01T07:00:00+08:00', [], undefined, { policy: 'days-after-earn', days: 30 });
    days.credit(10, move('earn'));
    const never = book('2026-03-01T07:00:00+08:00', [], undefined, { policy: 'never' });
    never.credit(10, move('earn'));
    expect(
      [newYear, afterMidnight, days, never].map((b) => {
        const [created] = b.posting().newLots;
        return [created!.lotId, created!.earnedAt, created!.expiresAt, b.posting().entries[0]!.expiresAt];
      }),
    ).toEqual([
      [E26, '2025-12-31T15:30:00.000Z', utc(END_2026), utc(END_2026)],
      [E27, '2025-12-31T16:10:00.000Z', utc(END_2027), utc(END_2027)],
      [
        utc('2026-03-31T00:00:00+08:00'),
        '2026-02-28T23:00:00.000Z',
        utc('2026-03-31T00:00:00+08:00'),
        utc('2026-03-31T00:00:00+08:00'),
      ],
      [NEVER, '2026-02-28T23:00:00.000Z', null, null],
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
    { now: '2026-12-31T23:59:59+08:00', expired: [] as [string, number][] },
    { now: END_2026, expired: [[E26, 200]] as [string, number][] }, // at the instant itself
    { now: '2027-06-01T00:00:00+08:00', expired: [[E26, 200]] as [string, number][] },
    {
      now: END_2027,
      expired: [
        [E26, 200],
        [E27, 100],
      ] as [string, number][],
    },
    {
      now: '2099-01-01T00:00:00+08:00',
      expired: [
        [E26, 200],
        [E27, 100],
      ] as [string, number][],
    }, // never stays
  ])('at $now the due lots expire, each once', ({ now, expired }) => {
    const b = book(now, sampleLots());
    b.expireDue();
    b.expireDue();
    const posting = b.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.ref])).toEqual(
      expired.map(([id, points]) => ['expire', -points, { kind: 'lot', id }]),
    );
    let balance = 400;
    expect(posting.entries.map((e) => e.balanceAfter)).toEqual(expired.map(([, points]) => (balance -= points)));
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired])).toEqual(
      expired.map(([id, points]) => [id, points, 0, true]),
    );
    expect(posting.lotPoints).toBe(balance);
    expect(b.spendable).toBe(balance);
  });

  test('the expire entry names the expiry time', () => {
    const b = book(END_2026, [lot(END_2026, 7)]);
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
    const written = write(storedWith(sampleLots()), first.posting());
    const live = [...written.lots.values()].filter((one) => one.remaining > 0);
    const second = book('2027-01-01T00:10:00+08:00', live, { lotPoints: 200, debt: 0 });
    second.expireDue();
    expect(second.posting().entries).toEqual([]);
    expect(second.posting().lotUpdates).toEqual([]);
  });

  test('expired lots are not spendable before or after the job ran', () => {
    const before = book('2027-01-02T00:00:00+08:00', sampleLots());
    expect(before.spendable).toBe(200);
    expect(before.debit(200, move('spend'), { allowDebt: false }).takes).toEqual({ [E27]: 100, [NEVER]: 100 });
    const after = book('2027-01-02T00:00:00+08:00', sampleLots());
    after.expireDue();
    expect(() => after.debit(201, move('spend'), { allowDebt: false })).toThrow(DomainError);
  });
});

describe('AccountBook: entries and growth', () => {
  test('entries record who, why, what and when', () => {
    const b = book('2026-06-01T12:00:00+08:00', []);
    const ref = { kind: 'checkin', id: '2026-06-01' };
    b.credit(5, { type: 'bonus', reasonCode: 'checkin', reason: '签到', ref, growth: 1, growthMonth: '2026-06' });
    expect(b.posting().entries[0]).toMatchObject({
      type: 'bonus',
      points: 5,
      growth: 1,
      growthMonth: '2026-06',
      reasonCode: 'checkin',
      reason: '签到',
      ref,
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
