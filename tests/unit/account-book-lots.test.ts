import { DomainError, lotsOnSchedule, pointsView, type LedgerDraft } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import {
  at,
  book,
  bookOn,
  E26,
  E27,
  emptyAccount,
  END_2026,
  END_2027,
  lot,
  move,
  NEVER,
  prng,
  sampleLots,
  type StoredAccount,
  storedWith,
  utc,
  write,
} from '../support/account-book-fixtures';

describe('AccountBook: one lot per expiry instant', () => {
  test('a credit joins the lot of the points that expire at the same instant', () => {
    const stored = storedWith([lot(END_2027, 10), lot(END_2026, 5)]);
    const b = bookOn(at('2026-06-01T12:00:00+08:00'), stored);
    expect(b.credit(20, move('earn'))).toBe(E27);
    const posting = b.posting();
    expect(posting.newLots).toEqual([]);
    expect(posting.lotUpdates).toEqual([
      { lotId: E27, expiresAt: utc(END_2027), expected: 10, remaining: 30, expired: false },
    ]);
    expect(write(stored, posting).pointsByExpiry).toEqual({ [utc(END_2027)]: 30, [utc(END_2026)]: 5 });
  });

  test('two credits in one book make one lot, with all their points', () => {
    const b = book('2026-06-01T12:00:00+08:00', []);
    b.credit(20, move('earn'));
    b.credit(5, move('bonus'));
    expect(b.posting().newLots).toEqual([
      {
        lotId: E27,
        earnedAt: '2026-06-01T04:00:00.000Z',
        expiresAt: utc(END_2027),
        remaining: 25,
        initial: 25,
        source: 'test:earn',
      },
    ]);
  });

  test('a lot emptied earlier is started afresh by the next credit (its item is there, with nothing left)', () => {
    let stored = storedWith([lot(END_2027, 10)]);
    const spend = bookOn(at('2026-06-01T12:00:00+08:00'), stored);
    spend.debit(10, move('spend'), { allowDebt: false });
    stored = write(stored, spend.posting());
    expect(stored.pointsByExpiry).toEqual({});
    const earn = bookOn(at('2026-06-02T12:00:00+08:00'), stored);
    earn.credit(7, move('earn'));
    stored = write(stored, earn.posting());
    expect(stored.lots.get(E27)).toMatchObject({ remaining: 7, expired: false });
    expect(stored.pointsByExpiry).toEqual({ [utc(END_2027)]: 7 });
  });

  test('the member item names every lot with points left, and what never expires', () => {
    expect(lotsOnSchedule({ lotPoints: 400, pointsByExpiry: { [utc(END_2026)]: 200, [utc(END_2027)]: 100 } })).toEqual([
      { lotId: E26, expiresAt: utc(END_2026), remaining: 200 },
      { lotId: E27, expiresAt: utc(END_2027), remaining: 100 },
      { lotId: NEVER, expiresAt: null, remaining: 100 },
    ]);
    expect(lotsOnSchedule({ lotPoints: 0, pointsByExpiry: {} })).toEqual([]);
  });
});

describe('AccountBook: restore (a cancelled spend)', () => {
  test('puts points back into the lots they came from, emptied ones too, without reading them', () => {
    let stored = storedWith(sampleLots());
    const spend = bookOn(at('2026-06-01T12:00:00+08:00'), stored);
    const { takes } = spend.debit(250, move('spend'), { allowDebt: false });
    stored = write(stored, spend.posting());
    expect(lotsOnSchedule(stored).map((one) => one.lotId)).toEqual([E27, NEVER]);

    const cancel = bookOn(at('2026-06-02T12:00:00+08:00'), stored);
    cancel.restore(takes, move('refund'));
    const posting = cancel.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter])).toEqual([['refund', 250, 400]]);
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired]).sort()).toEqual([
      [E26, 0, 200, false],
      [E27, 50, 100, false],
    ]);
    expect(write(stored, posting).pointsByExpiry).toEqual({ [utc(END_2026)]: 200, [utc(END_2027)]: 100 });
  });

  test('points whose lot expired meanwhile expire at once: refund, then expire', () => {
    let stored = storedWith(sampleLots());
    const spend = bookOn(at('2026-12-20T12:00:00+08:00'), stored);
    const { takes } = spend.debit(250, move('spend'), { allowDebt: false }); // E26 200, E27 50
    stored = write(stored, spend.posting());
    const job = bookOn(at(END_2026), stored);
    job.expireDue(); // E26 is empty: nothing to expire
    expect(job.posting().entries).toEqual([]);

    const cancel = bookOn(at('2027-01-05T12:00:00+08:00'), stored);
    cancel.restore(takes, move('refund'));
    const posting = cancel.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter, e.ref])).toEqual([
      ['refund', 250, 400, { kind: 'test', id: 'refund' }],
      ['expire', -200, 200, { kind: 'lot', id: E26 }],
    ]);
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining, u.expired]).sort()).toEqual([
      [E26, 0, 0, true],
      [E27, 50, 100, false],
    ]);
    expect([posting.lotPoints, posting.debt, cancel.balance, cancel.spendable]).toEqual([200, 0, 200, 200]);
  });

  test('restored points pay a debt first (no entry for the settlement)', () => {
    const b = book('2026-06-01T12:00:00+08:00', [], { lotPoints: 0, debt: 30 });
    b.restore({ [E27]: 50 }, move('refund'));
    const posting = b.posting();
    expect(posting.entries.map((e) => [e.type, e.points, e.balanceAfter])).toEqual([['refund', 50, 20]]);
    expect([posting.lotPoints, posting.debt, b.balance, b.spendable]).toEqual([20, 0, 20, 20]);
    expect(posting.lotUpdates.map((u) => [u.lotId, u.expected, u.remaining])).toEqual([[E27, 0, 20]]);
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
    const b = book('2026-06-01T12:00:00+08:00', [lot(END_2027, 100)]);
    b.debit(10, move('spend'), { allowDebt: false });
    b.debit(20, move('spend'), { allowDebt: false });
    expect(b.posting().lotUpdates).toEqual([
      { lotId: E27, expiresAt: utc(END_2027), expected: 100, remaining: 70, expired: false },
    ]);
  });
});

describe('AccountBook: invariants after any sequence, books opened from the member item alone', () => {
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
    let stored: StoredAccount = emptyAccount();
    const ledger: LedgerDraft[] = [];
    const cancellable: Record<string, number>[] = [];
    const counts = { earn: 0, spend: 0, refused: 0, reverse: 0, restore: 0, expire: 0, debtCreated: 0, debtPaid: 0 };
    const live = () => [...stored.lots.values()].filter((one) => one.remaining > 0 && !one.expired);

    for (let step = 0; step < 400; step += 1) {
      now += int(5) * 86_400_000 + int(86_399) * 1000;
      const b = bookOn(now, stored, expiry);
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
        const lots = live();
        const prefer = lots.length ? lots[int(lots.length - 1)]!.lotId : null;
        const { debtCreated } = b.debit(int(300), move('reverse', -1, '2026-01'), {
          allowDebt: true,
          preferLotId: prefer,
        });
        if (debtCreated > 0) counts.debtCreated += 1;
        counts.reverse += 1;
      } else if (cancellable.length) {
        b.restore(cancellable.splice(int(cancellable.length - 1), 1)[0]!, move('refund'));
        counts.restore += 1;
      }
      if (refusedNow) continue; // a refused operation writes nothing

      const posting = b.posting();
      expect(posting.lotPoints - posting.debt).toBe(b.balance);
      stored = write(stored, posting); // throws where a condition of the transaction would fail
      for (const update of posting.lotUpdates) if (update.expired) counts.expire += 1;
      ledger.push(...posting.entries);

      // the member item names exactly the lot items with points left
      const named = lotsOnSchedule(stored);
      expect({ step, named }).toEqual({
        step,
        named: live()
          .map(({ lotId, expiresAt, remaining }) => ({ lotId, expiresAt, remaining }))
          .sort((x, y) => (x.expiresAt ?? '9999').localeCompare(y.expiresAt ?? '9999')),
      });
      // balance = Σ remaining of the stored lots − debt = Σ ledger points
      const lotSum = live().reduce((sum, one) => sum + one.remaining, 0);
      const entrySum = ledger.reduce((sum, e) => sum + e.points, 0);
      expect({ step, balance: stored.lotPoints - stored.debt, lots: lotSum - stored.debt }).toEqual({
        step,
        balance: entrySum,
        lots: entrySum,
      });
      expect(stored.debt).toBeGreaterThanOrEqual(0);
      expect([...stored.lots.values()].every((one) => one.remaining >= 0)).toBe(true);
      const usable = named
        .filter((one) => one.expiresAt === null || Date.parse(one.expiresAt) > now)
        .reduce((s, one) => s + one.remaining, 0);
      if (stored.debt > 0) expect({ step, usable }).toEqual({ step, usable: 0 });
      // what the member sees counts only unexpired lots; a debt stands beside a spendable 0, never below it
      expect(pointsView({ lotPoints: stored.lotPoints, debt: stored.debt }, named, now)).toMatchObject({
        balance: Math.max(0, usable - stored.debt),
        debt: stored.debt,
      });
    }

    const end = bookOn(now, stored, expiry);
    end.expireDue();
    const usableEnd = live()
      .filter((one) => one.expiresAt === null || Date.parse(one.expiresAt) > now)
      .reduce((s, one) => s + one.remaining, 0);
    expect(end.balance).toBe(usableEnd - stored.debt);
    expect(end.spendable).toBe(usableEnd);

    let running = 0;
    for (const entry of ledger) {
      running += entry.points;
      expect(entry.balanceAfter).toBe(running);
    }
    expect(counts.earn).toBeGreaterThan(50);
    expect(counts.spend).toBeGreaterThan(10);
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.restore).toBeGreaterThan(5);
    expect(counts.debtCreated).toBeGreaterThan(0);
    expect(counts.debtPaid).toBeGreaterThan(0);
    if (expiry.policy !== 'never') expect(counts.expire).toBeGreaterThan(0);
  });
});
