import { fireEvent, render, waitFor } from '@testing-library/react';
import LevelsPage from '../../miniapp/src/pages/levels/index';
import { barShares, bucketsOldestFirst, levelReasonText } from '../../miniapp/src/features/levels/level-words';
import { errorReply, member, mockApi, signIn } from './fixtures';

const months = [
  '2026-11',
  '2026-10',
  '2026-09',
  '2026-08',
  '2026-07',
  '2026-06',
  '2026-05',
  '2026-04',
  '2026-03',
  '2026-02',
  '2026-01',
  '2025-12',
];
const levels = (over: Record<string, unknown> = {}) => ({
  level: { code: 'L2', name: '银卡会员', heldSince: '2026-10-12T10:15:00+08:00', validUntil: '2027-10-12' },
  qualifying: 880,
  history: [
    {
      at: '2026-10-12T10:15:00+08:00',
      from: 'L1',
      to: 'L2',
      reason: 'upgrade',
      fromName: '普通会员',
      toName: '银卡会员',
    },
    { at: '2026-03-02T10:00:00+08:00', from: null, to: 'L1', reason: 'registered', fromName: null, toName: '普通会员' },
  ],
  buckets: months.map((month, index) => ({
    month,
    growth: index === 0 ? 120 : index === 1 ? 400 : index === 5 ? 360 : 0,
    qualifying: true,
  })),
  ...over,
});

function serve(levelBody: unknown, me: unknown = member) {
  return mockApi(({ path }) => {
    if (path === '/v1/me') return { status: 200, body: me };
    if (path === '/v1/me/levels') return { status: 200, body: levelBody };
    return errorReply(404, 'NOT_FOUND', 'x');
  });
}

describe('level words', () => {
  it('says why a level changed in the member’s words', () => {
    expect(['registered', 'upgrade', 'upgrade-reverted', 'review-drop', 'review-renew'].map(levelReasonText)).toEqual([
      '注册',
      '升级',
      '退款撤销升级',
      '保级失败降级',
      '保级成功',
    ]);
    expect(levelReasonText('something-else')).toBe('等级调整');
  });

  it('orders months oldest first and scales bars to the busiest month', () => {
    const ordered = bucketsOldestFirst(levels().buckets);
    expect(ordered[0]!.month).toBe('2025-12');
    expect(ordered[11]!.month).toBe('2026-11');
    expect(
      barShares([
        { month: 'a', growth: 400, qualifying: true },
        { month: 'b', growth: 100, qualifying: true },
        { month: 'c', growth: 0, qualifying: true },
      ]),
    ).toEqual([1, 0.25, 0]);
    expect(
      barShares([
        { month: 'a', growth: 1000, qualifying: true },
        { month: 'b', growth: 1, qualifying: true },
      ])[1],
    ).toBe(0.04);
  });
});

describe('level page', () => {
  beforeEach(() => signIn('member'));

  it('shows the badge, validity, progress, rights, 12 bars, the history and how to level up', async () => {
    serve(levels());
    const { container } = render(<LevelsPage />);
    await waitFor(() => expect(container.querySelector('.level-page-badge')).not.toBeNull());
    expect(container.querySelector('.level-page-badge')!.className).toContain('level-page-badge--L2');
    expect(container.querySelector('.level-page-name')!.textContent).toBe('银卡会员');
    expect(container.querySelector('.level-page-valid')!.textContent).toBe('有效期至 2027年10月12日');
    expect(container.querySelector('.growth-upgrade-text')!.textContent).toBe('再获得 620 成长值升级为 金卡会员');
    expect(container.querySelectorAll('.rights__item')).toHaveLength(2);

    const bars = container.querySelectorAll('.growth-bars__bar');
    expect(bars).toHaveLength(12);
    const heights = Array.from(bars).map((bar) => (bar as HTMLElement).style.height);
    expect(heights[11]).toBe('29px'); // this month: 120 of 400 → 0.3 × 96
    expect(heights[10]).toBe('96px'); // the busiest month
    expect(container.querySelector('.growth-bars__month--now')!.textContent).toBe('本月');
    expect(container.querySelector('.growth-bars__total')!.textContent).toBe('880');

    const rows = Array.from(container.querySelectorAll('.level-history-row')).map((row) => row.textContent);
    expect(rows[0]).toBe('升级普通会员 → 银卡会员2026年10月12日');
    expect(rows[1]).toBe('注册成为普通会员2026年3月2日');

    const rules = container.querySelector('.level-rules')!.textContent!;
    expect(rules).toContain('近 12 个月成长值达到 1,500 即立即升级为金卡会员，现在还差 620');
    expect(rules).toContain('本月和之前 11 个月');
    expect(rules).toContain('至少保留 12 个月');
  });

  it('says 长期有效 for the first level and 最高等级 at the top', async () => {
    serve(
      levels({ level: { code: 'L1', name: '普通会员', heldSince: '2026-03-02T10:00:00+08:00', validUntil: null } }),
      { ...member, nextLevel: null },
    );
    const { container } = render(<LevelsPage />);
    await waitFor(() => expect(container.querySelector('.level-page-valid')).not.toBeNull());
    expect(container.querySelector('.level-page-valid')!.textContent).toBe('长期有效');
    expect(container.querySelector('.level-rules')!.textContent).toContain('最高等级');
  });

  it('names a dropped level from the history even when the member no longer holds it', async () => {
    serve(
      levels({
        history: [
          {
            at: '2026-09-01T00:10:00+08:00',
            from: 'L3',
            to: 'L2',
            reason: 'review-drop',
            fromName: '金卡会员',
            toName: '银卡会员',
          },
        ],
      }),
    );
    const { container } = render(<LevelsPage />);
    await waitFor(() => expect(container.querySelector('.level-history-row')).not.toBeNull());
    expect(container.querySelector('.level-history-row')!.textContent).toContain('保级失败降级金卡会员 → 银卡会员');
  });

  it('explains a failure and retries', async () => {
    let fail = true;
    mockApi(({ path }) =>
      fail
        ? errorReply(500, 'INTERNAL', 'boom')
        : path === '/v1/me'
          ? { status: 200, body: member }
          : { status: 200, body: levels() },
    );
    const { container } = render(<LevelsPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('系统开小差了，请稍后再试');
    fail = false;
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(container.querySelector('.level-page-badge')).not.toBeNull());
  });
});
