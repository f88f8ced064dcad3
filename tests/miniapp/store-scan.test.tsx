import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StoreScanPage from '../../miniapp/src/store/scan/index';
import { CODE, errorReply, mockApi, signIn } from './fixtures';

const scanned = (discountPercent: number, level = { code: 'L2', name: '银卡会员' }) => ({
  status: 200,
  body: {
    kind: 'member',
    member: {
      memberId: '01J',
      memberNo: '10000001',
      nickname: '拿铁爱好者',
      level,
      discountPercent,
      points: 1260,
      stamps: { count: 3, of: 10 },
    },
    coupons: [],
  },
});

function lookUp(container: HTMLElement, code: string) {
  fireEvent.change(container.querySelector('.scan-input')!, { target: { value: code } });
  fireEvent.click(container.querySelector('.scan-submit')!);
}

describe('store scan page', () => {
  beforeEach(() => signIn('staff'));

  it('looks a typed code up (spaces removed) and shows the member summary', async () => {
    const request = mockApi(() => scanned(90));
    const { container } = render(<StoreScanPage />);
    expect(container.querySelector('.store-scan__store')!.textContent).toBe('门店编号 S001');
    lookUp(container, '1000 0000 1176 4000 0001 2345 6987 6543 210');
    await waitFor(() => expect(container.querySelector('.scan-result')).not.toBeNull());
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { code: CODE } });
    const result = container.querySelector('.scan-result')!;
    expect(result.textContent).toContain('拿铁爱好者');
    expect(result.textContent).toContain('10000001');
    expect(result.querySelector('.level-badge')!.textContent).toBe('银卡会员');
    expect(result.querySelector('.scan-discount')!.textContent).toBe('9折');
    expect(result.querySelector('.scan-points')!.textContent).toBe('1,260');
  });

  it('says 无折扣 for a level that pays full price', async () => {
    mockApi(() => scanned(100, { code: 'L1', name: '普通会员' }));
    const { container } = render(<StoreScanPage />);
    lookUp(container, CODE);
    await waitFor(() => expect(container.querySelector('.scan-discount')?.textContent).toBe('无折扣'));
  });

  it.each([
    ['CODE_EXPIRED', 'code expired', '会员码已过期，请让顾客刷新'],
    ['CODE_INVALID', 'bad signature', '会员码无效'],
    ['VALIDATION_FAILED', 'code: too short', '会员码无效'],
  ])('explains %s in Chinese', async (code, serverText, expected) => {
    mockApi(() => errorReply(code === 'VALIDATION_FAILED' ? 400 : 409, code, serverText));
    const { container } = render(<StoreScanPage />);
    lookUp(container, '123');
    await waitFor(() => expect(container.querySelector('.scan-error')).not.toBeNull());
    expect(container.querySelector('.scan-error')!.textContent).toContain(expected);
    expect(container.querySelector('.scan-result')).toBeNull();
  });

  it('asks for a code before asking the server', () => {
    const request = mockApi(() => scanned(90));
    const { container } = render(<StoreScanPage />);
    fireEvent.click(container.querySelector('.scan-submit')!);
    expect(screen.getByText('请先扫描或输入会员码、券码或提货码')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });
});

describe('store scan navigation', () => {
  beforeEach(() => signIn('staff'));

  it('opens 记录消费 with the scanned code, and the refund and activity pages', async () => {
    mockApi(() => scanned(90));
    const { container } = render(<StoreScanPage />);
    expect(container.querySelector('.purchase-open')).toBeNull();
    lookUp(container, `${CODE.slice(0, 4)} ${CODE.slice(4)}`);
    await waitFor(() => expect(container.querySelector('.purchase-open')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-open')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/store/purchase/index?code=${CODE}` });
    fireEvent.click(container.querySelector('.scan-nav-refund')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/store/refund/index' });
    fireEvent.click(container.querySelector('.scan-nav-activity')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/store/activity/index' });
  });
});
