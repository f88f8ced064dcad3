import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StoreScanPage from '../../miniapp/src/store/scan/index';
import { couponUseAt } from '../../miniapp/src/features/store-scan/counter-coupon';
import { coupon, scannedMember } from './coupon-fixtures';
import { CODE, errorReply, mockApi, signIn } from './fixtures';

const COUPON_CODE = 'CPN.01J.cpn-1.1795000000.abcDEF_-123';
const OTHER_CODE = '10000000217640000001234569876543210';
/** The digits under a coupon's QR, as a clerk types them (grouped by four). */
const COUPON_DIGITS = '2100 0002 1179 5000 0000 1234 5678 901';

function lookUp(container: HTMLElement, code: string) {
  fireEvent.change(container.querySelector('.scan-input')!, { target: { value: code } });
  fireEvent.click(container.querySelector('.scan-submit')!);
}

const memberScan = (
  memberId = '01J',
  coupons = [
    coupon(),
    coupon({ couponId: 'cpn-2', title: '拿铁8.8折', type: 'percent_off', valueFen: null, percent: 88, minSpendFen: 0 }),
  ],
) => ({
  status: 200,
  body: {
    kind: 'member',
    member: scannedMember({ memberId, nickname: memberId === '01J' ? '晨光美式' : '别的会员' }),
    coupons,
  },
});

describe('coupons at the counter', () => {
  beforeEach(() => signIn('staff'));

  it('lists a scanned member’s usable coupons; a tapped one goes with 记录消费', async () => {
    mockApi(() => memberScan());
    const { container } = render(<StoreScanPage />);
    lookUp(container, CODE);
    await waitFor(() => expect(container.querySelector('.scan-coupon-cpn-1')).not.toBeNull());
    expect(container.querySelector('.scan-result')!.textContent).toContain('可用优惠券 2 张');
    expect(container.querySelector('.scan-coupon-cpn-1')!.textContent).toContain('¥5');
    expect(container.querySelector('.scan-coupon-cpn-2')!.textContent).toContain('8.8折');
    fireEvent.click(container.querySelector('.scan-coupon-cpn-2')!);
    expect(container.querySelector('.scan-pending-coupon')!.textContent).toContain('本单使用优惠券：拿铁8.8折');
    fireEvent.click(container.querySelector('.purchase-open')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/store/purchase/index?code=${CODE}&coupon=cpn-2` });
    fireEvent.click(container.querySelector('.scan-coupon-cpn-2')!);
    expect(container.querySelector('.scan-pending-coupon')).toBeNull();
    fireEvent.click(container.querySelector('.purchase-open')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/store/purchase/index?code=${CODE}` });
  });

  it('shows a scanned coupon code with its member, then takes the member’s code and opens 记录消费 with the coupon', async () => {
    const request = mockApi(({ data }) => {
      const { code } = data as { code: string };
      if (code === COUPON_CODE)
        return { status: 200, body: { kind: 'coupon', coupon: coupon({ title: '满30减5' }), member: scannedMember() } };
      return memberScan();
    });
    const { container } = render(<StoreScanPage />);
    lookUp(container, COUPON_CODE);
    await waitFor(() => expect(container.querySelector('.scan-coupon')).not.toBeNull());
    expect(request.mock.calls[0][0].data).toEqual({ code: COUPON_CODE });
    expect(container.querySelector('.scan-coupon-status')!.textContent).toBe('可使用');
    expect(container.querySelector('.scan-coupon-title')!.textContent).toBe('满30减5');
    expect(container.querySelector('.scan-coupon-member')!.textContent).toBe('晨光美式');
    expect(container.querySelector('.scan-coupon-next')!.textContent).toContain('扫描该会员的会员码');
    expect(container.querySelector('.purchase-open')).toBeNull();

    lookUp(container, CODE);
    await waitFor(() => expect(container.querySelector('.purchase-open')).not.toBeNull());
    expect(container.querySelector('.scan-coupon-cpn-1')!.className).toContain('scan-coupon-row--on');
    fireEvent.click(container.querySelector('.purchase-open')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/store/purchase/index?code=${CODE}&coupon=cpn-1` });
  });

  it('takes the digits under the coupon’s QR typed as well, and goes on to 记录消费 with the coupon', async () => {
    const request = mockApi(({ data }) => {
      const { code } = data as { code: string };
      if (code === COUPON_DIGITS.replace(/ /g, ''))
        return { status: 200, body: { kind: 'coupon', coupon: coupon({ title: '满30减5' }), member: scannedMember() } };
      return memberScan();
    });
    const { container } = render(<StoreScanPage />);
    lookUp(container, COUPON_DIGITS);
    await waitFor(() => expect(container.querySelector('.scan-coupon')).not.toBeNull());
    expect(request.mock.calls[0][0].data).toEqual({ code: '2100000211795000000012345678901' });
    expect(container.querySelector('.scan-coupon-title')!.textContent).toBe('满30减5');
    expect(container.querySelector('.scan-coupon-member')!.textContent).toBe('晨光美式');
    lookUp(container, CODE);
    await waitFor(() => expect(container.querySelector('.purchase-open')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-open')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/store/purchase/index?code=${CODE}&coupon=cpn-1` });
  });

  it.each([
    ['CODE_EXPIRED', 409, '券码已过期，请让顾客刷新优惠券后重新出示'],
    ['CODE_INVALID', 409, '券码无效，请让顾客打开优惠券重新出示'],
  ])('explains typed coupon digits refused with %s', async (code, status, expected) => {
    mockApi(() => errorReply(status, code, 'refused'));
    const { container } = render(<StoreScanPage />);
    lookUp(container, COUPON_DIGITS);
    await waitFor(() => expect(container.querySelector('.scan-error')?.textContent).toBe(expected));
  });

  it('lets the scanned coupon go when someone else’s member code follows, and says so', async () => {
    mockApi(({ data }) => {
      const { code } = data as { code: string };
      if (code === COUPON_CODE)
        return { status: 200, body: { kind: 'coupon', coupon: coupon(), member: scannedMember() } };
      return memberScan('01K', []);
    });
    const { container } = render(<StoreScanPage />);
    lookUp(container, COUPON_CODE);
    await waitFor(() => expect(container.querySelector('.scan-coupon')).not.toBeNull());
    lookUp(container, OTHER_CODE);
    await waitFor(() => expect(container.querySelector('.purchase-open')).not.toBeNull());
    expect(container.querySelector('.scan-pending-mismatch')!.textContent).toContain('已取消选券');
    fireEvent.click(container.querySelector('.purchase-open')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/store/purchase/index?code=${OTHER_CODE}` });
  });

  it('says why a scanned coupon cannot be used here', async () => {
    mockApi(() => ({
      status: 200,
      body: {
        kind: 'coupon',
        coupon: coupon({
          status: 'used',
          usedAt: '2026-11-20T06:30:00Z',
          usedStoreId: 'S002',
          storeNames: { S002: '啡常时光·陆家嘴店' },
        }),
        member: scannedMember(),
      },
    }));
    const { container } = render(<StoreScanPage />);
    lookUp(container, COUPON_CODE);
    await waitFor(() => expect(container.querySelector('.scan-coupon-blocked')).not.toBeNull());
    expect(container.querySelector('.scan-coupon-status')!.textContent).toBe('已使用');
    expect(container.querySelector('.scan-coupon-blocked')!.textContent).toBe(
      '这张券已于 2026-11-20 14:30 使用，不能重复使用',
    );
    expect(container.querySelector('.scan-coupon-next')).toBeNull();
  });

  it('names every reason a coupon cannot be used at this counter', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    expect(
      couponUseAt(coupon({ validFrom: '2026-11-01T00:00:00Z', validUntil: '2026-12-01T00:00:00Z' }), 'S001', now),
    ).toEqual({ ok: true });
    expect(couponUseAt(coupon({ status: 'revoked' }), 'S001', now)).toMatchObject({ label: '已作废' });
    expect(
      couponUseAt(coupon({ status: 'expired', validUntil: '2026-11-20T00:00:00+08:00' }), 'S001', now),
    ).toMatchObject({ label: '已过期', why: '这张券已于 2026-11-20 过期' });
    expect(
      couponUseAt(
        coupon({ validFrom: '2026-12-01T00:00:00+08:00', validUntil: '2026-12-31T00:00:00+08:00' }),
        'S001',
        now,
      ),
    ).toMatchObject({ label: '未到使用时间', why: '这张券 2026-12-01 起可用' });
    expect(
      couponUseAt(
        coupon({
          validFrom: '2026-11-01T00:00:00Z',
          validUntil: '2026-12-01T00:00:00Z',
          storeIds: ['S002'],
          storeNames: { S002: '啡常时光·陆家嘴店' },
        }),
        'S001',
        now,
      ),
    ).toMatchObject({ label: '不适用本店', why: '这张券限 陆家嘴店 使用' });
  });

  it.each([
    ['CODE_EXPIRED', 409, '券码已过期，请让顾客刷新优惠券后重新出示'],
    ['VALIDATION_FAILED', 400, '券码无效，请让顾客打开优惠券重新出示'],
    ['NOT_FOUND', 404, '没有找到这张优惠券，请让顾客重新出示'],
  ])('explains a coupon code refused with %s', async (code, status, expected) => {
    mockApi(() => errorReply(status, code, 'refused'));
    const { container } = render(<StoreScanPage />);
    lookUp(container, COUPON_CODE);
    await waitFor(() => expect(container.querySelector('.scan-error')?.textContent).toBe(expected));
  });
});
