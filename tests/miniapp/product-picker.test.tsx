import { fireEvent, render, waitFor } from '@testing-library/react';
import StorePurchasePage from '../../miniapp/src/store/purchase/index';
import { withPickedProduct } from '../../miniapp/src/features/products/pick-line';
import { emptyDraft, newLine } from '../../miniapp/src/features/purchase/purchase-form';
import { router } from './__mocks__/taro';
import { CODE, errorReply, mockApi, signIn } from './fixtures';

const LATTE = { sku: 'LATTE-M', name: '拿铁（中杯）', category: '咖啡', priceFen: 2800 };
const CAKE = { sku: 'CHEESECAKE', name: '芝士蛋糕', category: '烘焙', priceFen: 3250 };
const TEA = { sku: 'LEMON-TEA', name: '柠檬红茶', category: '茶饮', priceFen: 1800 };

const scanned = {
  status: 200,
  body: {
    kind: 'member',
    member: {
      memberId: '01J',
      memberNo: '15184754',
      nickname: '晨光美式',
      level: { code: 'L1', name: '普通会员' },
      discountPercent: 100,
      points: 0,
      stamps: { count: 0, of: 10 },
    },
    coupons: [],
  },
};

describe('a tap on a product', () => {
  it('adds a line with its price, then one more unit of it; the amount follows the lines until typed', () => {
    let draft = withPickedProduct(emptyDraft(), LATTE);
    expect(draft.lines.map(({ sku, quantity, unitPrice }) => [sku, quantity, unitPrice])).toEqual([
      ['LATTE-M', '1', '28'],
    ]);
    expect(draft.amount).toBe('28');
    draft = withPickedProduct(withPickedProduct(draft, LATTE), CAKE);
    expect(draft.lines.map(({ sku, quantity, unitPrice }) => [sku, quantity, unitPrice])).toEqual([
      ['LATTE-M', '2', '28'],
      ['CHEESECAKE', '1', '32.5'],
    ]);
    expect(draft.amount).toBe('88.5');
    // The till's own total typed by the cashier stays.
    expect(withPickedProduct({ ...draft, amount: '80' }, TEA).amount).toBe('80');
  });

  it('fills a blank typed line before adding one', () => {
    const draft = withPickedProduct({ ...emptyDraft(), lines: [newLine()] }, TEA);
    expect(draft.lines).toHaveLength(1);
    expect(draft.lines[0]).toMatchObject({ sku: 'LEMON-TEA', unitPrice: '18' });
  });
});

describe('记录消费 with the product list', () => {
  beforeEach(() => signIn('staff'));

  it('opens on demand, filters by category and words, and the picked lines go into the purchase', async () => {
    router.params = { code: CODE };
    const request = mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned;
      if (path === '/v1/store/products') return { status: 200, body: { items: [LATTE, CAKE, TEA] } };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-member__nickname')?.textContent).toBe('晨光美式'));
    expect(request.mock.calls.some((call) => (call[0].url as string).endsWith('/v1/store/products'))).toBe(false);

    fireEvent.click(container.querySelector('.product-picker-open')!);
    await waitFor(() => expect(container.querySelectorAll('.product-picker-item')).toHaveLength(3));
    const categories = [...container.querySelectorAll('.product-picker-category')].map((node) => node.textContent);
    expect(categories).toEqual(['全部', '咖啡', '烘焙', '茶饮']);
    fireEvent.click(container.querySelectorAll('.product-picker-category')[2]!);
    expect(container.querySelectorAll('.product-picker-item')).toHaveLength(1);
    fireEvent.click(container.querySelectorAll('.product-picker-category')[0]!);
    fireEvent.change(container.querySelector('.product-picker-search')!, { target: { value: 'latte' } });
    expect(container.querySelector('.product-picker-item')!.textContent).toContain('拿铁（中杯）');
    fireEvent.click(container.querySelector('.product-picker-item')!);
    fireEvent.click(container.querySelector('.product-picker-item')!);
    expect(container.querySelector('.product-picker-item')!.textContent).toContain('×2');
    expect((container.querySelector('.sku-line-sku-0') as HTMLInputElement).value).toBe('LATTE-M');
    expect((container.querySelector('.sku-line-qty-0') as HTMLInputElement).value).toBe('2');
    expect((container.querySelector('.purchase-amount') as HTMLInputElement).value).toBe('56');
    fireEvent.change(container.querySelector('.product-picker-search')!, { target: { value: '没有的' } });
    expect(container.querySelector('.product-picker-empty')!.textContent).toBe('没有符合的商品');
  });

  it('says so when the brand has no products yet, and typed lines stay possible', async () => {
    router.params = { code: CODE };
    mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned;
      if (path === '/v1/store/products') return { status: 200, body: { items: [] } };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    fireEvent.click(container.querySelector('.product-picker-open')!);
    await waitFor(() => expect(container.querySelector('.product-picker-empty')).not.toBeNull());
    expect(container.querySelector('.product-picker-empty')!.textContent).toContain('总部还没有添加商品');
    fireEvent.click(container.querySelector('.purchase-add-line')!);
    expect(container.querySelector('.sku-line-sku-0')).not.toBeNull();
  });
});
