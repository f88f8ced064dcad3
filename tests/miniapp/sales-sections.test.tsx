import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { SalesAnalytics } from '@app/shared';
import DashboardPage from '../../miniapp/src/marketer/dashboard/index';
import { overview } from './console-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';

const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? null;

const sales = (): SalesAnalytics => ({
  from: '2026-11-01',
  to: '2026-11-30',
  skus: [
    { sku: 'LATTE-M', name: '拿铁（中杯）', quantity: 120, revenueFen: 360_000, share: 0.6, marginFen: 270_000 },
    { sku: '可颂', name: '可颂', quantity: 200, revenueFen: 240_000, share: 0.4, marginFen: null },
  ],
  stores: [
    { storeId: 'S001', name: '啡常时光·人民广场店', purchases: 80, salesFen: 500_000, refundsFen: 0, homeMembers: 40 },
    { storeId: 'S002', name: '啡常时光·陆家嘴店', purchases: 20, salesFen: 100_000, refundsFen: 1000, homeMembers: 7 },
  ],
  staff: [
    {
      rank: 1,
      staffId: 'staff-s001',
      name: 'staff-s001',
      storeId: 'S001',
      storeName: '啡常时光·人民广场店',
      purchases: 80,
      salesFen: 500_000,
      refunds: 2,
      refundsFen: 1000,
    },
  ],
  homeStores: { unknown: 5, total: 52 },
  spendDrop: {
    count: 3,
    sample: [
      {
        memberId: 'M1',
        memberNo: '10000001',
        nickname: '林小满',
        levelCode: 'L1',
        levelName: '普通会员',
        joinedAt: '2026-01-01T00:00:00Z',
        previousFen: 10_000,
        recentFen: 4900,
        dropShare: 0.51,
      },
    ],
    audience: { segments: ['spend-drop'] },
  },
});

beforeEach(() => signIn('marketer'));

describe('数据看板: sales sections (issue 19)', () => {
  it('shows sales by SKU, the staff ranking, home stores and 消费预警, whose 一键发券 opens a campaign for them', async () => {
    mockApi(({ path }) =>
      path === '/v1/admin/analytics/overview'
        ? { status: 200, body: overview() }
        : path === '/v1/admin/analytics/sales'
          ? { status: 200, body: sales() }
          : errorReply(404, 'NOT_FOUND', 'no'),
    );
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(container.querySelector('.sales-sections')).not.toBeNull());
    expect(container.querySelector('#chart-skus')).not.toBeNull();
    expect(text(container, '.sku-row[data-sku="LATTE-M"]')).toContain('拿铁（中杯）');
    expect(text(container, '.sku-row[data-sku="LATTE-M"]')).toContain('¥3,600.00');
    expect(text(container, '.sku-row[data-sku="LATTE-M"]')).toContain('60');
    // The margin where the product list has a cost; a dash where it has none.
    expect(text(container, '.sku-row[data-sku="LATTE-M"]')).toContain('¥2,700.00');
    expect(text(container, '.sku-row[data-sku="可颂"]')).toContain('—');
    expect(text(container, '.staff-rank-row')).toContain('啡常时光·人民广场店');
    expect(text(container, '.staff-rank-row')).toContain('退款 2 笔');
    expect(text(container, '.home-store-row-S002')).toContain('7');
    expect(text(container, '.dashboard-block-home-stores')).toContain('未归属门店 5 人');
    expect(text(container, '.spend-drop-count')).toBe('3');
    expect(text(container, '.spend-drop-row')).toContain('下降 51%');
    fireEvent.click(container.querySelector('.spend-drop-target')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/marketer/campaign-new/index?segments=spend-drop' });
    expect(container.querySelector('.export-skus')).not.toBeNull();
    expect(container.querySelector('.export-spend-drop')).not.toBeNull();
  });

  it('a failed read shows its error with a retry, and the rest of the dashboard stays', async () => {
    let fail = true;
    mockApi(({ path }) =>
      path === '/v1/admin/analytics/overview'
        ? { status: 200, body: overview() }
        : path === '/v1/admin/analytics/sales' && !fail
          ? { status: 200, body: { ...sales(), skus: [], staff: [] } }
          : errorReply(503, 'UNAVAILABLE', '服务繁忙'),
    );
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(container.querySelector('.sales-error')).not.toBeNull());
    expect(container.querySelector('.kpi-members')).not.toBeNull();
    fail = false;
    await act(async () => {
      fireEvent.click(container.querySelector('.sales-error .error-state__retry')!);
    });
    await waitFor(() => expect(container.querySelector('.skus-empty')).not.toBeNull());
    expect(container.querySelector('.staff-ranking-empty')).not.toBeNull();
  });
});
