import {
  DomainError,
  pointsAsCashFen,
  pointsAsCashOffer,
  restoredShare,
  restoredShares,
  WalletBook,
  heldWalletLots,
  levelForTopups,
  reviewLevel,
  type WalletLot,
} from '@app/shared';

const by = { kind: 'staff' as const, id: 'staff-1', storeId: 'S1' };
const ref = { kind: 'receipt', id: 'S1/R1' };
let ids = 0;
const book = (lots: WalletLot[]) =>
  new WalletBook(lots, {
    nowMs: Date.parse('2026-12-01T00:00:00Z'),
    by,
    newId: () => {
      ids += 1;
      return `w-${ids}`;
    },
  });
const lot = (lotId: string, principalFen: number, bonusFen: number, at: string): WalletLot => ({
  lotId,
  principalFen,
  bonusFen,
  at,
  source: 'topup:x',
});

describe('wallet book', () => {
  it('takes ¥55 from a ¥100 + ¥10 lot as ¥50 principal and ¥5 bonus', () => {
    const wallet = book([lot('a', 10_000, 1_000, '2026-11-01T00:00:00Z')]);
    const paid = wallet.pay(5_500, ref);
    expect(paid).toEqual({ takes: { a: { principalFen: 5_000, bonusFen: 500 } }, principalFen: 5_000, bonusFen: 500 });
    expect(wallet.balanceFen).toBe(5_500);
    const posting = wallet.posting();
    expect(posting.lotUpdates).toEqual([
      { lotId: 'a', expected: { principalFen: 10_000, bonusFen: 1_000 }, principalFen: 5_000, bonusFen: 500 },
    ]);
    expect(posting.entries[0]).toMatchObject({
      type: 'pay',
      principalFen: -5_000,
      bonusFen: -500,
      balanceAfterFen: 5_500,
    });
  });

  it('spends lots oldest first and splits inside each lot by floor of the bonus share', () => {
    const wallet = book([
      lot('new', 30_000, 4_000, '2026-11-20T00:00:00Z'),
      lot('old', 1_000, 100, '2026-10-01T00:00:00Z'),
    ]);
    const paid = wallet.pay(1_333, ref);
    expect(paid.takes.old).toEqual({ principalFen: 1_000, bonusFen: 100 });
    // 233 from (30,000 + 4,000): bonus = floor(233 × 4000 / 34000) = 27.
    expect(paid.takes.new).toEqual({ principalFen: 206, bonusFen: 27 });
  });

  it('refuses more than the balance, naming it, and changes nothing', () => {
    const wallet = book([lot('a', 500, 0, '2026-11-01T00:00:00Z')]);
    expect(() => wallet.pay(501, ref)).toThrow(DomainError);
    try {
      wallet.pay(501, ref);
    } catch (error) {
      expect((error as DomainError).code).toBe('WALLET_INSUFFICIENT');
      expect((error as DomainError).details).toEqual({ balanceFen: 500, requiredFen: 501 });
    }
    expect(wallet.posting()).toMatchObject({ entries: [], lotUpdates: [], principalFen: 500 });
  });

  it('keeps Σ lots = balance = Σ entries over a random sequence', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const wallet = book([]);
    let ledger = 0;
    const lots: WalletLot[] = [];
    for (let step = 0; step < 300; step += 1) {
      const choice = random();
      if (choice < 0.3) wallet.topUp(1 + Math.floor(random() * 50_000), Math.floor(random() * 5_000), ref);
      else if (choice < 0.8 && wallet.balanceFen > 0) {
        const paid = wallet.pay(1 + Math.floor(random() * wallet.balanceFen), ref);
        if (random() < 0.5) wallet.restore(paid.takes, lots, ref);
      } else if (wallet.posting().newLots.length > 0) {
        const open = wallet.posting().newLots;
        wallet.refundLot(open[Math.floor(random() * open.length)]!.lotId, lots, ref);
      }
    }
    const posting = wallet.posting();
    for (const entry of posting.entries) {
      ledger += entry.principalFen + entry.bonusFen;
      expect(entry.balanceAfterFen).toBe(ledger);
      expect(entry.balanceAfterFen).toBeGreaterThanOrEqual(0);
    }
    const lotSum = posting.newLots.reduce((sum, l) => sum + l.principalFen + l.bonusFen, 0);
    expect(lotSum).toBe(wallet.balanceFen);
    expect(ledger).toBe(wallet.balanceFen);
    for (const l of posting.newLots) expect(Math.min(l.principalFen, l.bonusFen)).toBeGreaterThanOrEqual(0);
  });

  it('refunding a top-up takes its remaining principal and forfeits its remaining bonus', () => {
    const wallet = book([lot('a', 30_000, 4_000, '2026-11-01T00:00:00Z')]);
    wallet.pay(3_400, ref);
    expect(wallet.refundLot('a', [], { kind: 'topup', id: 't' })).toEqual({ principalFen: 27_000, bonusFen: 3_600 });
    expect(wallet.balanceFen).toBe(0);
  });
});

describe('the lots the member item holds', () => {
  const old = lot('old', 1_000, 100, '2026-10-01T00:00:00Z');
  const fresh = lot('new', 30_000, 4_000, '2026-11-20T00:00:00Z');

  it('after a posting, names every lot with money left and only those', () => {
    const wallet = book([fresh, old]);
    wallet.pay(1_333, ref); // empties the old lot
    const topup = wallet.topUp(5_000, 500, { kind: 'topup', id: 't1' });
    const { held } = wallet.posting();
    expect(Object.keys(held).sort()).toEqual(['new', topup].sort());
    expect(held.new).toEqual({ principalFen: 29_794, bonusFen: 3_973, at: fresh.at, source: 'topup:x' });
  });

  it('opens a book on them when they add up to the totals, and asks for the lots when they do not', () => {
    const { lotId: _old, ...oldHeld } = old;
    const { lotId: _new, ...newHeld } = fresh;
    const walletLots = { old: oldHeld, new: newHeld };
    const member = { walletPrincipalFen: 31_000, walletBonusFen: 4_100, walletLots };
    expect(
      heldWalletLots(member)
        ?.map((one) => one.lotId)
        .sort(),
    ).toEqual(['new', 'old']);
    expect(heldWalletLots({ ...member, walletLots: {} })).toBeNull(); // a wallet from before the member item held them
    expect(heldWalletLots({ walletPrincipalFen: 0, walletBonusFen: 0, walletLots: {} })).toEqual([]);
  });
});

describe('refund shares', () => {
  it('restores in proportion, cumulatively, and the last refund restores exactly what remains', () => {
    const first = restoredShare({ taken: 5_500, restoredBefore: 0, refundedFenAfter: 3_333, payableFen: 10_000 });
    expect(first).toBe(1_833);
    const last = restoredShare({ taken: 5_500, restoredBefore: first, refundedFenAfter: 10_000, payableFen: 10_000 });
    expect(first + last).toBe(5_500);
    expect(restoredShares({ a: 300, b: 200 }, { a: 0 }, { refundedFenAfter: 5_000, payableFen: 10_000 })).toEqual({
      a: 150,
      b: 100,
    });
  });
});

describe('points as cash', () => {
  const settings = { enabled: true, pointsPerYuan: 100, maxSharePercent: 50, minPoints: 100 };
  const why = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect((error as DomainError).code).toBe('POINTS_AS_CASH_NOT_ALLOWED');
      return (error as DomainError).details?.why;
    }
    throw new Error('not refused');
  };

  it('offers at most the share of the payable and the spendable points, in whole fen', () => {
    expect(pointsAsCashOffer({ settings, payableFen: 6_000, spendablePoints: 10_000, debt: 0 })).toEqual({
      maxPoints: 3_000,
      maxFen: 3_000,
    });
    expect(pointsAsCashOffer({ settings, payableFen: 6_000, spendablePoints: 99, debt: 0 }).maxPoints).toBe(0);
    const odd = { ...settings, pointsPerYuan: 300 };
    expect(pointsAsCashOffer({ settings: odd, payableFen: 10_000, spendablePoints: 1_000, debt: 0 }).maxPoints).toBe(
      999,
    );
    expect(pointsAsCashOffer({ settings, payableFen: 6_000, spendablePoints: 1_000, debt: 5 })).toEqual({
      maxPoints: 0,
      maxFen: 0,
    });
  });

  it('pays 500 points as ¥5 and refuses with the reason', () => {
    expect(pointsAsCashFen(500, { settings, payableFen: 6_000, debt: 0 })).toBe(500);
    expect(
      why(() => pointsAsCashFen(500, { settings: { ...settings, enabled: false }, payableFen: 6_000, debt: 0 })),
    ).toBe('disabled');
    expect(why(() => pointsAsCashFen(99, { settings, payableFen: 6_000, debt: 0 }))).toBe('below-min-points');
    expect(why(() => pointsAsCashFen(3_100, { settings, payableFen: 6_000, debt: 0 }))).toBe('over-share');
    expect(why(() => pointsAsCashFen(500, { settings, payableFen: 6_000, debt: 1 }))).toBe('debt');
    const odd = { ...settings, pointsPerYuan: 300 };
    expect(why(() => pointsAsCashFen(301, { settings: odd, payableFen: 60_000, debt: 0 }))).toBe('not-whole-fen');
  });
});

describe('储值会员 levels', () => {
  const settings = {
    timezone: 'Asia/Shanghai',
    levelPolicy: 'one-level' as const,
    levels: [
      { code: 'L1', threshold: 0, topupThresholdFen: null },
      { code: 'L2', threshold: 500, topupThresholdFen: 50_000 },
      { code: 'L3', threshold: 1500, topupThresholdFen: 200_000 },
    ] as unknown as Parameters<typeof reviewLevel>[0]['levels'],
  };
  const heldSinceMs = Date.parse('2025-01-10T00:00:00+08:00');

  it('the top-up path reaches a level and, at review, keeps it when it qualifies more than growth', () => {
    expect(levelForTopups(settings.levels, 60_000)?.code).toBe('L2');
    expect(levelForTopups(settings.levels, 10_000)).toBeNull();
    const review = (qualifyingTopupFen: number) =>
      reviewLevel(settings, { levelCode: 'L3', heldSinceMs, qualifying: 100, qualifyingTopupFen }, '2026-02-01');
    expect(review(250_000)).toEqual({ action: 'renew' });
    expect(review(0)).toEqual({ action: 'drop', to: 'L2' });
    const toQualified = { ...settings, levelPolicy: 'to-qualified' as const };
    expect(
      reviewLevel(
        toQualified,
        { levelCode: 'L3', heldSinceMs, qualifying: 0, qualifyingTopupFen: 60_000 },
        '2026-02-01',
      ),
    ).toEqual({ action: 'drop', to: 'L2' });
  });
});
