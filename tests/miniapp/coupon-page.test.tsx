import { act, render, waitFor } from '@testing-library/react';
import CouponPage from '../../miniapp/src/pages/coupon/index';
import { forgetCoupons, rememberCoupons } from '../../miniapp/src/features/coupons/coupon-cache';
import { couponCountdownLabel } from '../../miniapp/src/features/coupons/components/CouponQrCode';
import { coupon, page } from './coupon-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';
import { lifecycle, router } from './__mocks__/taro';

const couponCode = (n: number) => ({
  code: `CPN.01JDEMO.cpn-1.${Math.floor(Date.now() / 1000) + 300}.mac${n}`,
  digits: `2100000171795000000${String(n).padStart(12, '0')}`,
  expiresAt: new Date(Date.now() + 300_000).toISOString(),
  refreshAfter: new Date(Date.now() + 240_000).toISOString(),
});

const flush = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });

describe('a coupon and its QR', () => {
  beforeEach(() => {
    signIn('member');
    forgetCoupons();
    router.params = { couponId: 'cpn-1' };
  });

  it('looks the coupon up in the wallet, shows its QR and counts down in minutes', async () => {
    let codes = 0;
    mockApi(({ path }) => {
      if (path === '/v1/me/coupons')
        return page([
          coupon({ couponId: 'other' }),
          coupon({
            storeIds: ['S001', 'S002'],
            storeNames: { S001: '啡常时光·人民广场店', S002: '啡常时光·陆家嘴店' },
            usageNotes: '单笔实付满30元可用',
          }),
        ]);
      if (path === '/v1/me/coupons/cpn-1/code') return { status: 200, body: couponCode(++codes) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<CouponPage />);
    await waitFor(() => expect(container.querySelector('.coupon-qr')).not.toBeNull());
    expect(container.querySelector('.coupon-title')!.textContent).toBe('满30减5');
    expect(container.querySelector('.coupon-status')!.textContent).toBe('可使用');
    expect(container.querySelector('.coupon-qr')!.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(container.querySelector('.coupon-code')!.getAttribute('data-code')).toMatch(/\.mac1$/);
    expect(container.querySelector('.coupon-code-countdown')!.textContent).toBe('4:00 后自动刷新');
    // The same code as digits under the QR, four to a group, four groups a line, for a clerk to type.
    const lines = [...container.querySelectorAll('.coupon-code-digits__line')].map((line) => line.textContent);
    expect(lines).toEqual(['2100 0001 7179 5000 ', '0000 0000 0000 001']);
    expect(container.querySelector('.coupon-code-panel .panel__hint')!.textContent).toContain('报出下方数字');
    expect(container.querySelector('.coupon-scope')!.textContent).toBe('限 人民广场店、陆家嘴店 使用');
    expect(container.querySelector('.coupon-usage-notes')!.textContent).toBe('单笔实付满30元可用');
  });

  it('fetches a new code at refreshAfter and stops while the page is hidden', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-23T02:00:00Z') });
    try {
      rememberCoupons([coupon({ validFrom: '2026-11-01T00:00:00Z', validUntil: '2026-12-31T16:00:00Z' })]);
      let codes = 0;
      const request = mockApi(({ path }) => {
        if (path === '/v1/me/coupons')
          return page([coupon({ validFrom: '2026-11-01T00:00:00Z', validUntil: '2026-12-31T16:00:00Z' })]);
        return { status: 200, body: couponCode(++codes) };
      });
      const { container } = render(<CouponPage />);
      await flush();
      expect(container.querySelector('.coupon-code')!.getAttribute('data-code')).toMatch(/\.mac1$/);
      const first = container.querySelector('.coupon-qr')!.getAttribute('src');

      await act(async () => {
        jest.advanceTimersByTime(200_000);
      });
      expect(container.querySelector('.coupon-code-countdown')!.textContent).toBe('40 秒后自动刷新');
      await act(async () => {
        jest.advanceTimersByTime(40_000);
      });
      await flush();
      expect(container.querySelector('.coupon-code')!.getAttribute('data-code')).toMatch(/\.mac2$/);
      expect(container.querySelector('.coupon-qr')!.getAttribute('src')).not.toBe(first);

      const before = request.mock.calls.length;
      await act(async () => lifecycle.fire('didHide'));
      await act(async () => {
        jest.advanceTimersByTime(600_000);
      });
      expect(request.mock.calls.length).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });

  it('learns that the coupon was used when its code is refused, and then shows no code', async () => {
    let used = false;
    mockApi(({ path }) => {
      if (path === '/v1/me/coupons')
        return page(
          used
            ? [
                coupon({
                  status: 'used',
                  usedAt: '2026-11-23T06:05:00Z',
                  usedStoreId: 'S002',
                  storeNames: { S002: '啡常时光·陆家嘴店' },
                }),
              ]
            : [coupon()],
        );
      used = true;
      return errorReply(409, 'COUPON_NOT_USABLE', '这张优惠券已不能使用');
    });
    const { container } = render(<CouponPage />);
    await waitFor(() => expect(container.querySelector('.coupon-no-code')).not.toBeNull());
    expect(container.querySelector('.coupon-no-code')!.textContent).toBe('已于 2026-11-23 14:05 在陆家嘴店使用');
    expect(container.querySelector('.coupon-status')!.textContent).toBe('已使用');
    expect(container.querySelector('.coupon-qr')).toBeNull();
  });

  it('shows no code for a coupon that is not good yet', async () => {
    const request = mockApi(() => page([coupon({ validFrom: '2099-12-05T00:00:00+08:00' })]));
    const { container } = render(<CouponPage />);
    await waitFor(() => expect(container.querySelector('.coupon-no-code')).not.toBeNull());
    expect(container.querySelector('.coupon-no-code')!.textContent).toBe('2099-12-05 起可用，到时再来出示券码');
    expect(request.mock.calls.some(([options]) => (options.url as string).includes('/code'))).toBe(false);
  });

  it('says so when the coupon is not the member’s', async () => {
    mockApi(() => page([]));
    const { container } = render(<CouponPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('没有找到这张优惠券');
  });

  it('counts down in minutes, then seconds', () => {
    expect(couponCountdownLabel(250)).toBe('4:10 后自动刷新');
    expect(couponCountdownLabel(48)).toBe('48 秒后自动刷新');
    expect(couponCountdownLabel(0)).toBe('正在刷新券码…');
  });
});
