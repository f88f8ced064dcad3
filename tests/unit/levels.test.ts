import {
  levelForGrowth,
  levelValidUntil,
  nextLevelProgress,
  progressShare,
  qualifyingGrowth,
  rightsOf,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const levels = demoProgram.levels;

describe('levels of the demo program', () => {
  test.each([
    [0, 'L1'],
    [499, 'L1'],
    [500, 'L2'],
    [1499, 'L2'],
    [1500, 'L3'],
    [99999, 'L3'],
  ])('qualifying growth %i reaches %s', (growth, code) => {
    expect(levelForGrowth(levels, growth).code).toBe(code);
  });

  test('progress names the next level and the growth still needed', () => {
    expect(nextLevelProgress(levels, 'L1', 120)).toEqual({ code: 'L2', name: '银卡会员', growthNeeded: 380 });
    expect(nextLevelProgress(levels, 'L2', 1600)).toEqual({ code: 'L3', name: '金卡会员', growthNeeded: 0 });
    expect(nextLevelProgress(levels, 'L3', 5000)).toBeNull();
    expect(progressShare(levels, 'L1', 250)).toBeCloseTo(0.5);
    expect(progressShare(levels, 'L3', 0)).toBe(1);
  });

  test('qualifying growth is the current month and the 11 before it', () => {
    const buckets = { '2025-01': 1000, '2025-02': 7, '2025-12': 10, '2026-01': 20, '2026-02': 99 };
    expect(qualifyingGrowth(buckets, '2026-01')).toBe(7 + 10 + 20);
    expect(qualifyingGrowth(buckets, '2026-02')).toBe(10 + 20 + 99);
  });

  test('higher levels are protected for 12 months; the first level never ends', () => {
    expect(levelValidUntil(levels, 'L2', '2026-01-15')).toBe('2027-01-15');
    expect(levelValidUntil(levels, 'L1', '2026-01-15')).toBeNull();
  });

  test('rights say what the level gives', () => {
    expect(rightsOf(levels[0]!).map((r) => r.title)).toEqual(['消费积分', '集点卡']);
    expect(rightsOf(levels[1]!).map((r) => r.title)).toEqual(['积分1.2倍', '门店9折', '银卡专享日']);
    expect(rightsOf(levels[2]!).map((r) => r.title)).toEqual(['积分1.5倍', '门店8折', '优先服务', '生日礼遇']);
  });
});
