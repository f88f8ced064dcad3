import { fireEvent, render, waitFor } from '@testing-library/react';
import type { z } from 'zod';
import type { adminTopupView } from '@app/shared';
import WalletPackagesPage from '../../miniapp/src/marketer/wallet-packages/index';
import WalletTopupsPage from '../../miniapp/src/marketer/wallet-topups/index';
import { MemberWalletPanel } from '../../miniapp/src/features/wallet/components/MemberWalletPanel';
import { StoredValueSection } from '../../miniapp/src/features/wallet/components/StoredValueSection';
import { buildPackage, emptyPackageDraft } from '../../miniapp/src/features/wallet/package-form';
import { namesReply } from './console-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';
import { member360Wallet, storedValue } from './stored-value-fixtures';

const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent;

const pkg = {
  packageId: 'P300',
  title: '充¥300送¥40',
  payFen: 30_000,
  bonusFen: 4_000,
  giftPoints: 30,
  giftTemplateIds: [],
  active: true,
  sort: 1,
};
const topup = (over: Partial<z.infer<typeof adminTopupView>> = {}): z.infer<typeof adminTopupView> => ({
  topupId: 'TC01',
  status: 'paid',
  channel: 'counter',
  title: '充¥300送¥40',
  payFen: 30_000,
  bonusFen: 4_000,
  giftPoints: 30,
  createdAt: '2026-11-23T02:00:00Z',
  paidAt: '2026-11-23T02:00:00Z',
  balanceFen: null,
  memberId: 'm1',
  memberNo: '10000001',
  nickname: '拿铁爱好者',
  storeId: 'S001',
  receiptNo: 'C1001',
  refund: null,
  remaining: { principalFen: 25_147, bonusFen: 3_353 },
  ...over,
});

describe('a package as typed', () => {
  it('is checked against the API’s own rules before it is sent', () => {
    const draft = { ...emptyPackageDraft(), title: '充¥300送¥40', pay: '300', bonus: '40', giftPoints: '30' };
    expect(buildPackage(draft)).toEqual({
      ok: true,
      body: {
        title: '充¥300送¥40',
        payFen: 30_000,
        bonusFen: 4_000,
        giftPoints: 30,
        giftTemplateIds: [],
        active: true,
        sort: 0,
      },
    });
    expect(buildPackage({ ...draft, bonus: '400' })).toEqual({
      ok: false,
      errors: { bonus: '赠送金额不能超过充值金额 ¥300.00' },
    });
    expect(buildPackage({ ...draft, title: '', pay: 'abc', giftPoints: '-1' })).toEqual({
      ok: false,
      errors: {
        title: '请填写套餐名称（最多 30 字），如 充¥300送¥40',
        pay: '金额格式不正确',
        giftPoints: '赠送积分为 0–100000 的整数',
      },
    });
  });
});

describe('储值套餐 page', () => {
  beforeEach(() => signIn('marketer'));

  it('lists the packages, takes one off sale with the whole package, and creates one with its fields checked', async () => {
    const request = mockApi(({ method, path }) => {
      if (path === '/v1/admin/wallet/packages' && method === 'GET') return { status: 200, body: { items: [pkg] } };
      if (path === '/v1/admin/wallet/packages/P300') return { status: 200, body: { ...pkg, active: false } };
      if (path === '/v1/admin/wallet/packages' && method === 'POST')
        return errorReply(400, 'VALIDATION_FAILED', '参数不正确', {
          issues: [{ path: 'body.payFen', message: 'too big' }],
        });
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<WalletPackagesPage />);
    await waitFor(() => expect(container.querySelector('.package-row-P300')).not.toBeNull());
    expect(text(container, '.package-row-P300')).toContain('充 ¥300.00 · 送¥40.00 + 30积分 · 排序 1');
    fireEvent.click(container.querySelector('.package-toggle')!);
    await waitFor(() => expect(request.mock.calls.some((call) => call[0].method === 'PUT')).toBe(true));
    expect(request.mock.calls.find((call) => call[0].method === 'PUT')![0].data).toEqual({
      title: '充¥300送¥40',
      payFen: 30_000,
      bonusFen: 4_000,
      giftPoints: 30,
      giftTemplateIds: [],
      active: false,
      sort: 1,
    });
    // Saved, the list is read again.
    await waitFor(() =>
      expect(request.mock.calls.filter((call) => (call[0].method ?? 'GET') === 'GET').length).toBeGreaterThan(1),
    );
    await waitFor(() => expect(text(container, '.package-submit')).toBe('创建套餐'));

    fireEvent.click(container.querySelector('.package-submit')!);
    expect(text(container, '.package-title-error')).toBe('请填写套餐名称（最多 30 字），如 充¥300送¥40');
    type(container, '.package-form-title', '充¥500送¥80');
    type(container, '.package-form-pay', '500');
    type(container, '.package-form-bonus', '80');
    fireEvent.click(container.querySelector('.package-submit')!);
    await waitFor(() => expect(text(container, '.package-pay-error')).toBe('充值金额超出允许范围'));
    expect(text(container, '.package-error')).toBe('请按提示修改后再保存');
  });
});

describe('充值记录 page', () => {
  beforeEach(() => signIn('marketer'));

  it('filters by channel and store, and refunds with a reason after a confirmation that says what is returned', async () => {
    let refunded = false;
    const request = mockApi(({ method, path, query }) => {
      const names = namesReply(path);
      if (names) return names;
      if (path === '/v1/admin/wallet/topups' && method === 'GET')
        return {
          status: 200,
          body: {
            items: [
              refunded
                ? topup({
                    status: 'refunded',
                    remaining: null,
                    refund: {
                      principalFen: 25_147,
                      forfeitedBonusFen: 3_353,
                      reason: '顾客要求退款',
                      at: '2026-11-24T02:00:00Z',
                    },
                  })
                : topup(),
            ],
            nextCursor: query.get('cursor') ? null : null,
          },
        };
      if (path === '/v1/admin/wallet/topups/TC01/refund') {
        refunded = true;
        return { status: 201, body: topup({ status: 'refunded' }) };
      }
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<WalletTopupsPage />);
    await waitFor(() => expect(container.querySelector('.topup-row-TC01')).not.toBeNull());
    expect(text(container, '.topup-row-TC01')).toContain('门店收银 · 啡常时光·人民广场店 · 小票 C1001');
    expect(text(container, '.topup-remaining')).toBe('剩余本金 ¥251.47 · 剩余赠送 ¥33.53');

    fireEvent.click(container.querySelector('.topups-channel-counter')!);
    await waitFor(() =>
      expect(request.mock.calls.some((call) => (call[0].url as string).includes('channel=counter'))).toBe(true),
    );
    await waitFor(() => expect(container.querySelector('.topup-refund-open')).not.toBeNull());
    fireEvent.click(container.querySelector('.topup-refund-open')!);
    fireEvent.click(container.querySelector('.topup-refund-next')!);
    expect(text(container, '.topup-refund-error')).toBe('请填写退款原因');
    type(container, '.topup-refund-reason', '顾客要求退款');
    fireEvent.click(container.querySelector('.topup-refund-next')!);
    expect(text(container, '.topup-refund-terms')).toBe(
      '退回剩余本金 ¥251.47（请在收银台退还现金），作废剩余赠送 ¥33.53，扣回赠送的 30 积分。已消费的部分不退。',
    );
    fireEvent.click(container.querySelector('.topup-refund-next')!);
    await waitFor(() =>
      expect(text(container, '.topup-refunded')).toContain('已退款：退回本金 ¥251.47，作废赠送 ¥33.53'),
    );
    const sent = request.mock.calls.find((call) => (call[0].url as string).endsWith('/refund'))![0];
    expect(sent.data).toEqual({ reason: '顾客要求退款' });
    expect(sent.header['Idempotency-Key']).toMatch(/^topup-refund-/);
  });
});

describe('stored value on the dashboard and in the member 360', () => {
  it('shows the liability, the range’s top-ups by channel and store', () => {
    const { container } = render(
      <StoredValueSection storedValue={storedValue()} range={{ from: '2026-11-17', to: '2026-11-23' }} />,
    );
    expect(text(container, '.stored-value-liability')).toBe('储值余额（待消费）¥1,320.50本金 ¥1,234.50 · 赠送 ¥86.00');
    expect(text(container, '.stored-value-channel-wechat')).toBe('微信支付3¥600.00¥80.00¥300.00');
    expect(text(container, '.stored-value-store-S001')).toBe('静安寺店1¥300.00¥20.00—');
  });

  it('shows the member’s wallet, lots and movements', () => {
    const { container } = render(<MemberWalletPanel wallet={member360Wallet()} />);
    expect(text(container, '.member-wallet__balance')).toBe('¥285.00');
    expect(container.querySelectorAll('.member-wallet-entry')).toHaveLength(2);
    expect(text(container, '.member-wallet-entry')).toContain('消费支付');
    expect(text(container, '.member-wallet-entry')).toContain('含赠送 ¥6.47');
    expect(text(container, '.member-wallet-entry__amount')).toBe('-¥55.00');
  });
});
