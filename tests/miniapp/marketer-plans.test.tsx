import { fireEvent, render, waitFor } from '@testing-library/react';
import type { AdminPlanView, AdminPunchProductView } from '@app/shared';
import PlansAdminPage from '../../miniapp/src/marketer/plans/index';
import PunchProductsAdminPage from '../../miniapp/src/marketer/punch-cards/index';
import { errorReply, mockApi, signIn } from './fixtures';
import { americano, monthly } from './plan-fixtures';

jest.mock('../../miniapp/src/config/env', () => ({
  env: { apiUrl: 'https://api.example.com', stage: 'prod', platform: 'h5', paySheetUrl: '' },
  isDemoLogin: false,
  isWeapp: false,
}));

const plan: AdminPlanView = { ...monthly, active: true, updatedAt: '2026-12-01T00:00:00Z' };
const product: AdminPunchProductView = { ...americano, skus: [], active: true, updatedAt: '2026-12-01T00:00:00Z' };
const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(selector)!, { target: { value } });

beforeEach(() => signIn('marketer'));

describe('付费会员方案 (marketer)', () => {
  it('lists the plans with period, price and benefits; 下架 after a second tap sends the whole plan with active false', async () => {
    const request = mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/plans') return { status: 200, body: { items: [plan] } };
      if (method === 'PUT') return { status: 200, body: { ...plan, active: false } };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<PlansAdminPage />);
    await waitFor(() => expect(container.querySelector('.plan-row-PLUS-M')).toBeTruthy());
    expect(container.querySelector('.plan-row-PLUS-M .admin-row__meta')!.textContent).toBe(
      '月卡 · ¥19.00 · 到店消费8.8折 · 积分1.5倍',
    );
    fireEvent.click(container.querySelector('.plan-toggle')!);
    expect(container.querySelector('.plan-toggle')!.textContent).toBe('确认下架？');
    fireEvent.click(container.querySelector('.plan-toggle')!);
    await waitFor(() => expect(request.mock.calls.some(([options]) => options.method === 'PUT')).toBe(true));
    const put = request.mock.calls.find(([options]) => options.method === 'PUT')![0];
    expect(put.url).toContain('/v1/admin/plans/PLUS-M');
    expect(put.data).toEqual({
      name: monthly.name,
      periodDays: 30,
      priceFen: 1_900,
      benefits: monthly.benefits,
      active: false,
    });
  });

  it('creates a 年卡 from yuan and 折, naming wrong fields; empty list and load error have their states', async () => {
    const request = mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/plans') return { status: 200, body: { items: [] } };
      if (method === 'POST') return { status: 201, body: plan };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container, getByText } = render(<PlansAdminPage />);
    await waitFor(() => expect(getByText('还没有付费会员方案')).toBeTruthy());
    type(container, '.plan-discount', '3');
    fireEvent.click(container.querySelector('.plan-save')!);
    expect(container.querySelector('.plan-name-error')).not.toBeNull();
    expect(container.querySelector('.plan-price-error')).not.toBeNull();
    expect(container.querySelector('.plan-discount-error')!.textContent).toContain('5–9.9 折');
    type(container, '.plan-name', '啡常PLUS 年卡');
    type(container, '.plan-price', '168');
    type(container, '.plan-discount', '8.8');
    fireEvent.click(container.querySelector('.plan-period-365')!);
    fireEvent.click(container.querySelector('.plan-save')!);
    await waitFor(() => expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(true));
    expect(request.mock.calls.find(([options]) => options.method === 'POST')![0].data).toEqual({
      name: '啡常PLUS 年卡',
      periodDays: 365,
      priceFen: 16_800,
      benefits: { discountPercent: 88, pointsMultiplier: null, activationTemplateIds: [], monthlyTemplateIds: [] },
      active: true,
    });
    mockApi(() => errorReply(500, 'INTERNAL', '服务暂时不可用'));
    const failed = render(<PlansAdminPage />);
    await waitFor(() => expect(failed.getByText('方案加载失败')).toBeTruthy());
  });

  it('兑换码: a batch of 2 until a date is downloaded once as CSV; the result says how many', async () => {
    const csv = 'code,planId,batchId,expiresAt\nABCD-EFGH-JKMN-PQRS,PLUS-M,B1,x\nTVWX-YZ01-2345-6789,PLUS-M,B1,x\n';
    const request = mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/plans') return { status: 200, body: { items: [plan] } };
      if (method === 'POST' && path === '/v1/admin/plans/PLUS-M/activation-codes') return { status: 201, body: csv };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:codes';
    });
    URL.revokeObjectURL = jest.fn();
    const { container } = render(<PlansAdminPage />);
    await waitFor(() => expect(container.querySelector('.plan-codes')).toBeTruthy());
    fireEvent.click(container.querySelector('.plan-codes')!);
    type(container, '.codes-count', '0');
    fireEvent.click(container.querySelector('.code-batch-create')!);
    expect(container.querySelector('.code-batch-error')!.textContent).toBe('数量为 1–500 的整数');
    type(container, '.codes-count', '2');
    fireEvent.click(container.querySelector('.code-batch-create')!);
    await waitFor(() => expect(container.querySelector('.code-batch-done')).toBeTruthy());
    expect(container.querySelector('.code-batch-done')!.textContent).toMatch(
      /^已下载 2 个兑换码（\d{4}-\d{2}-\d{2} 前有效）/,
    );
    const sent = request.mock.calls.find(([options]) => options.method === 'POST')![0];
    expect(sent.data).toEqual({ count: 2, expiresAt: expect.stringMatching(/T23:59:59\+08:00$/) });
    expect(sent.header['Idempotency-Key']).toMatch(/^codes/);
    expect(created).toHaveLength(1);
    expect(container.querySelector('.code-batch-create')).toBeNull();
  });
});

describe('次卡商品 (marketer)', () => {
  it('lists the products; creates a 限时卡 (uses null) and edits the 10次卡 keeping its SKUs', async () => {
    const request = mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/punch-cards') return { status: 200, body: { items: [product] } };
      if (method === 'POST' || method === 'PUT') return { status: 201, body: product };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<PunchProductsAdminPage />);
    await waitFor(() => expect(container.querySelector('.punch-row-AMERICANO10')).toBeTruthy());
    expect(container.querySelector('.punch-row-AMERICANO10 .admin-row__meta')!.textContent).toBe(
      '10 次 · ¥199.00 · 购买后 180 天有效',
    );
    type(container, '.punch-name', '月度畅饮卡');
    fireEvent.click(container.querySelector('.punch-kind-period')!);
    expect(container.querySelector('.punch-uses')).toBeNull();
    type(container, '.punch-price', '299');
    type(container, '.punch-valid-days', '30');
    type(container, '.punch-covers', '每天一杯中杯美式');
    fireEvent.click(container.querySelector('.punch-save')!);
    await waitFor(() => expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(true));
    expect(request.mock.calls.find(([options]) => options.method === 'POST')![0].data).toEqual({
      name: '月度畅饮卡',
      uses: null,
      priceFen: 29_900,
      validDays: 30,
      covers: '每天一杯中杯美式',
      skus: [],
      active: true,
    });
    fireEvent.click(container.querySelector('.punch-edit')!);
    await waitFor(() => expect((container.querySelector('.punch-uses') as HTMLInputElement).value).toBe('10'));
    type(container, '.punch-uses', '12');
    fireEvent.click(container.querySelector('.punch-save')!);
    await waitFor(() => expect(request.mock.calls.some(([options]) => options.method === 'PUT')).toBe(true));
    const put = request.mock.calls.find(([options]) => options.method === 'PUT')![0];
    expect(put.url).toContain('/v1/admin/punch-cards/AMERICANO10');
    expect(put.data).toMatchObject({ uses: 12, priceFen: 19_900 });
  });
});

describe('付费会员与次卡 on the dashboard and in 会员 360', () => {
  it('the dashboard section shows the members holding a plan, plans, renewals, revenue and card uses', async () => {
    const { PlanSection } = await import('../../miniapp/src/features/plan-admin/components/PlanSection');
    const plans = {
      members: 6,
      plansNew: 7,
      plansRenewed: 11,
      plansByCode: 8,
      planRevenueFen: 34_200,
      planRefundsFen: 1_900,
      cardsSold: 12,
      cardRevenueFen: 180_000,
      cardRefundsFen: 0,
      cardUses: 37,
    };
    const { container } = render(<PlanSection plans={plans} />);
    const value = (key: string) => container.querySelector(`.plan-kpi-${key} .kpi__value`)!.textContent;
    expect(value('members')).toBe('6');
    expect(value('renewed')).toBe('11');
    expect(value('plan-revenue')).toBe('¥342.00');
    expect(container.querySelector('.plan-kpi-plan-revenue .kpi__hint')!.textContent).toBe('退款 ¥19.00');
    expect(container.querySelector('.plan-kpi-card-revenue .kpi__hint')).toBeNull();
    expect(value('card-uses')).toBe('37 次');
    expect(render(<PlanSection plans={undefined} />).container.innerHTML).toBe('');
  });

  it('会员 360 shows the running plan with its end and each card with uses left; an ended plan says so', async () => {
    const { MemberPlanPanel } = await import('../../miniapp/src/features/plan-admin/components/MemberPlanPanel');
    const { card } = await import('./plan-fixtures');
    const held = {
      planId: 'PLUS-M',
      name: '啡常PLUS 月卡',
      activeUntil: '2026-12-31T23:59:59+08:00',
      discountPercent: 90,
      pointsMultiplier: 1.5,
    };
    const member = { paidPlan: held, punchCards: [card()] } as unknown as Parameters<
      typeof MemberPlanPanel
    >[0]['member'];
    const now = Date.parse('2026-12-10T00:00:00+08:00');
    const { container } = render(<MemberPlanPanel member={member} nowMs={now} />);
    expect(container.querySelector('.member-plan')!.textContent).toBe('啡常PLUS 月卡 · 9折 · 2026-12-31 到期');
    expect(container.querySelector('.member-card-C1 .admin-row__meta')!.textContent).toBe(
      '剩 8/10 次 · 2027-05-01 到期',
    );
    const ended = render(<MemberPlanPanel member={member} nowMs={Date.parse('2027-01-02T00:00:00+08:00')} />);
    expect(ended.container.querySelector('.member-plan--off')!.textContent).toBe(
      '啡常PLUS 月卡 · 9折 · 已于2026-12-31到期',
    );
    const none = render(<MemberPlanPanel member={{} as typeof member} />);
    expect(none.container.querySelector('.member-plan')!.textContent).toBe('未开通付费会员');
    expect(none.container.querySelector('.member-plan-cards-none')).toBeTruthy();
  });
});
