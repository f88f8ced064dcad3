import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { LedgerEntryView } from '@app/shared';
import PointsPage from '../../miniapp/src/pages/points/index';
import { PointsRow } from '../../miniapp/src/features/points/components/PointsRow';
import { PointsSummary } from '../../miniapp/src/features/points/components/PointsSummary';
import { debtExplanation, filterTypes, POINTS_FILTERS } from '../../miniapp/src/features/points/points-words';
import { lifecycle } from './__mocks__/taro';
import { errorReply, member, mockApi, signIn } from './fixtures';

const entry = (over: Partial<LedgerEntryView> = {}): LedgerEntryView => ({
  id: 'e1',
  type: 'earn',
  points: 500,
  growth: 500,
  balanceAfter: 1260,
  reason: '门店消费 ¥500.00',
  reasonCode: 'purchase',
  ref: { kind: 'receipt', id: 'S001/R1' },
  at: '2026-10-12T10:15:00+08:00',
  expiresAt: '2028-01-01T00:00:00+08:00',
  ...over,
});

const page = (ids: number[], nextCursor: string | null) => ({
  status: 200,
  body: { items: ids.map((n) => entry({ id: `e${n}`, reason: `门店消费 #${n}`, balanceAfter: 1000 + n })), nextCursor },
});

describe('points words', () => {
  it('maps each chip to the ledger types it asks for', () => {
    expect(POINTS_FILTERS.map((filter) => filter.label)).toEqual(['全部', '获得', '使用', '过期']);
    expect(filterTypes('all')).toBeUndefined();
    expect(filterTypes('gain')).toBe('earn,bonus,refund,adjust');
    expect(filterTypes('use')).toBe('spend,reverse');
    expect(filterTypes('expire')).toBe('expire');
  });

  it('explains a debt in one sentence', () => {
    expect(debtExplanation(1200)).toBe('积分欠款 1,200，下次消费获得的积分将先抵扣欠款');
  });
});

describe('a history row', () => {
  const now = Date.parse('2026-11-23T05:00:00Z');

  it('shows the reason, the time, +points in the gain colour and the balance after', () => {
    const { container } = render(<PointsRow entry={entry()} now={now} />);
    const row = container.querySelector('.points-row')!;
    expect(row.querySelector('.points-row__reason')!.textContent).toBe('门店消费 ¥500.00');
    expect(row.querySelector('.points-row__tag')!.textContent).toBe('获得');
    expect(row.querySelector('.points-row__time')!.textContent).toBe('10-12 10:15');
    const points = row.querySelector('.points-row__points')!;
    expect(points.textContent).toBe('+500');
    expect(points.className).toContain('points-row__points--gain');
    expect(row.querySelector('.points-row__balance')!.textContent).toBe('余额 1,260');
  });

  it('shows losses with a minus sign in the loss colour', () => {
    const { container } = render(
      <PointsRow
        entry={entry({
          type: 'reverse',
          points: -1500,
          balanceAfter: -40,
          reason: '退款 ¥20.00，扣回积分',
          at: '2026-11-23T04:30:00Z',
        })}
        now={now}
      />,
    );
    const points = container.querySelector('.points-row__points')!;
    expect(points.textContent).toBe('-1,500');
    expect(points.className).toContain('points-row__points--loss');
    expect(container.querySelector('.points-row__tag')!.textContent).toBe('扣回');
    expect(container.querySelector('.points-row__time')!.textContent).toBe('今天 12:30');
    expect(container.querySelector('.points-row__balance')!.textContent).toBe('余额 -40');
  });
});

describe('a reward that waits for the refund window (待到账)', () => {
  const now = Date.parse('2026-11-23T05:00:00Z');
  const reward = (status: 'pending' | 'released' | 'cancelled') =>
    entry({
      type: 'bonus',
      points: 50,
      growth: 0,
      balanceAfter: 20,
      reason: '任务奖励：首次消费',
      reasonCode: 'task:first-purchase',
      status,
      releasesAt: '2026-11-30T10:15:00+08:00',
    });

  it('pending: the chip 待到账, its points in the waiting colour and the day it arrives instead of a balance', () => {
    const { container } = render(<PointsRow entry={reward('pending')} now={now} />);
    expect(container.querySelector('.points-row__tag')!.textContent).toBe('待到账');
    const points = container.querySelector('.points-row__points')!;
    expect([points.textContent, points.className]).toEqual([
      '+50',
      expect.stringContaining('points-row__points--pending'),
    ]);
    expect(container.querySelector('.points-row__balance')!.textContent).toBe('2026年11月30日到账');
  });

  it('released: 已到账 (the 到账 entry counts it); cancelled by a refund: 已取消, struck through', () => {
    const released = render(<PointsRow entry={reward('released')} now={now} />).container;
    expect(released.querySelector('.points-row__tag')!.textContent).toBe('已到账');
    expect(released.querySelector('.points-row__balance')!.textContent).toBe('已计入可用积分');
    const cancelled = render(<PointsRow entry={reward('cancelled')} now={now} />).container;
    expect(cancelled.querySelector('.points-row__tag')!.textContent).toBe('已取消');
    expect(cancelled.querySelector('.points-row__points')!.className).toContain('points-row__points--cancelled');
    expect(cancelled.querySelector('.points-row__balance')!.textContent).toBe('消费已退款');
  });

  it('the summary says what waits and why it cannot be used yet', () => {
    const { container } = render(<PointsSummary points={{ balance: 20, debt: 0, pending: 150, expiring: null }} />);
    expect(container.querySelector('.points-balance')!.textContent).toBe('20');
    expect(container.querySelector('.points-pending')!.textContent).toBe(
      '待待到账 150 积分：消费带来的奖励在退款期过后到账，到账前不能使用',
    );
  });
});

describe('points summary', () => {
  it('shows the balance, a debt in words and the next expiry as a date', () => {
    const { container } = render(
      <PointsSummary
        points={{ balance: 0, debt: 50, pending: 0, expiring: { points: 88, at: '2027-01-01T00:00:00+08:00' } }}
      />,
    );
    expect(container.querySelector('.points-balance')!.textContent).toBe('0');
    expect(container.querySelector('.points-debt')!.textContent).toBe('!积分欠款 50，下次消费获得的积分将先抵扣欠款');
    expect(container.querySelector('.points-expiring')!.textContent).toBe('88 积分将于 2027年1月1日 过期');
  });

  it('says nothing about debt or expiry when there is none', () => {
    const { container } = render(<PointsSummary points={{ balance: 1260, debt: 0, pending: 0, expiring: null }} />);
    expect(container.querySelector('.points-debt')).toBeNull();
    expect(container.querySelector('.points-expiring')).toBeNull();
  });
});

describe('points page', () => {
  beforeEach(() => signIn('member'));

  it('loads the account and the first page, then the next page when scrolled to the bottom', async () => {
    const request = mockApi(({ path, query }) => {
      if (path === '/v1/me')
        return {
          status: 200,
          body: {
            ...member,
            points: { balance: 1260, debt: 0, pending: 0, expiring: { points: 120, at: '2027-01-01T00:00:00+08:00' } },
          },
        };
      if (path === '/v1/me/points') return query.get('cursor') === 'c2' ? page([3], null) : page([1, 2], 'c2');
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<PointsPage />);
    expect(container.querySelector('.skeleton')).not.toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.points-row')).toHaveLength(2));
    expect(container.querySelector('.points-balance')!.textContent).toBe('1,260');
    expect(container.querySelector('.points-expiring')!.textContent).toBe('120 积分将于 2027年1月1日 过期');

    await act(async () => lifecycle.fire('reachBottom'));
    await waitFor(() => expect(container.querySelectorAll('.points-row')).toHaveLength(3));
    const historyUrls = request.mock.calls
      .map((call) => call[0].url as string)
      .filter((url) => url.includes('/v1/me/points'));
    expect(historyUrls).toHaveLength(2);
    expect(historyUrls[0]).toMatch(/\/v1\/me\/points\?limit=20$/);
    expect(historyUrls[1]).toMatch(/cursor=c2/);
    expect(container.querySelector('.points-history__footer')!.textContent).toBe('没有更多记录了');

    await act(async () => lifecycle.fire('reachBottom'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(request.mock.calls.filter((call) => (call[0].url as string).includes('/v1/me/points'))).toHaveLength(2);
  });

  it('asks the server for the chosen types when a chip is tapped, and says when there is nothing', async () => {
    const request = mockApi(({ path, query }) => {
      if (path === '/v1/me') return { status: 200, body: member };
      if (path === '/v1/me/points') return query.get('type') === 'expire' ? page([], null) : page([1], null);
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<PointsPage />);
    await waitFor(() => expect(container.querySelectorAll('.points-row')).toHaveLength(1));
    fireEvent.click(container.querySelector('.points-chip--use')!);
    await waitFor(() =>
      expect(request.mock.calls.some((call) => (call[0].url as string).includes('type=spend%2Creverse'))).toBe(true),
    );
    fireEvent.click(container.querySelector('.points-chip--expire')!);
    await waitFor(() => expect(container.querySelector('.points-empty')).not.toBeNull());
    expect(container.querySelector('.points-empty')!.textContent).toContain('没有过期的积分');
    expect(container.querySelector('.points-chip--expire')!.className).toContain('points-chip--active');
  });

  it('shows the empty state of a member without any history', async () => {
    mockApi(({ path }) => (path === '/v1/me' ? { status: 200, body: member } : page([], null)));
    const { container } = render(<PointsPage />);
    await waitFor(() => expect(container.querySelector('.points-empty')).not.toBeNull());
    expect(container.querySelector('.points-empty')!.textContent).toContain('还没有积分记录，消费、签到都能获得积分');
  });

  it('explains a failure in plain words and retries', async () => {
    let fail = true;
    mockApi(({ path }) => {
      if (path === '/v1/me') return { status: 200, body: member };
      return fail ? new Error('offline') : page([1], null);
    });
    const { container } = render(<PointsPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('网络不太好，请稍后重试');
    fail = false;
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(container.querySelectorAll('.points-row')).toHaveLength(1));
  });

  it('shows the lots with their dates on the 有效期 tab, and reloads on pull-down', async () => {
    const request = mockApi(({ path }) => {
      if (path === '/v1/me') return { status: 200, body: member };
      if (path === '/v1/me/points/lots')
        return {
          status: 200,
          body: {
            items: [
              {
                lotId: 'l1',
                earnedAt: '2025-12-10T11:00:00+08:00',
                expiresAt: '2027-01-01T00:00:00+08:00',
                remaining: 88,
                source: 'receipt:S001/R9',
              },
              {
                lotId: 'l2',
                earnedAt: '2026-02-14T15:20:00+08:00',
                expiresAt: null,
                remaining: 46,
                source: 'adjustment:x',
              },
            ],
          },
        };
      return page([1], null);
    });
    const { container } = render(<PointsPage />);
    await waitFor(() => expect(container.querySelectorAll('.points-row')).toHaveLength(1));
    fireEvent.click(container.querySelector('.points-tab-lots')!);
    await waitFor(() => expect(container.querySelectorAll('.points-lot')).toHaveLength(2));
    const [first, second] = Array.from(container.querySelectorAll('.points-lot'));
    expect(first!.textContent).toContain('88积分');
    expect(first!.textContent).toContain('首笔获得于 2025年12月10日');
    expect(first!.textContent).toContain('有效期至 2026年12月31日');
    expect(first!.textContent).toContain('最先到期');
    expect(second!.textContent).toContain('长期有效');

    const before = request.mock.calls.length;
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    const after = request.mock.calls.slice(before).map((call) => new URL(call[0].url as string).pathname);
    expect(after.sort()).toEqual(['/v1/me', '/v1/me/points/lots']);
  });
});
