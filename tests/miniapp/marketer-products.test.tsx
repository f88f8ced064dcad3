import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ProductView } from '@app/shared';
import ProductsPage from '../../miniapp/src/marketer/products/index';
import { errorReply, mockApi, signIn } from './fixtures';

const product = (over: Partial<ProductView>): ProductView => ({
  sku: 'LATTE-M',
  name: '拿铁（中杯）',
  category: '咖啡',
  priceFen: 2800,
  costFen: 750,
  hidden: false,
  updatedAt: '2026-11-23T05:29:00Z',
  ...over,
});
const LIST = [
  product({}),
  product({ sku: 'MOCHA-M', name: '摩卡（中杯）', priceFen: 3200, costFen: null, hidden: true }),
  product({ sku: 'CROISSANT', name: '黄油可颂', category: '烘焙', priceFen: 1600, costFen: 500 }),
];

function type(container: HTMLElement, selector: string, value: string) {
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
}

describe('商品 (marketer)', () => {
  beforeEach(() => signIn('marketer'));

  it('lists the products by category with price, cost and state; hides one after a second tap', async () => {
    const request = mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/products')
        return { status: 200, body: { items: LIST, nextCursor: null } };
      if (method === 'PUT') return { status: 200, body: product({ hidden: true }) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<ProductsPage />);
    await waitFor(() => expect(container.querySelectorAll('.product-row')).toHaveLength(3));
    expect(container.querySelector('.marketer-head__sub')!.textContent).toBe('在售 2 个 · 已隐藏 1 个');
    expect([...container.querySelectorAll('.products-list__category')].map((node) => node.textContent)).toEqual([
      '咖啡',
      '烘焙',
    ]);
    const latte = container.querySelector('.product-row-LATTE-M')!;
    expect(latte.textContent).toContain('LATTE-M · 售价 ¥28.00 · 成本 ¥7.50');
    expect(container.querySelector('.product-row-MOCHA-M .product-state')!.textContent).toBe('已隐藏');
    fireEvent.click(latte.querySelector('.product-toggle')!);
    expect(latte.querySelector('.product-toggle')!.textContent).toBe('确认隐藏？');
    fireEvent.click(latte.querySelector('.product-toggle')!);
    await waitFor(() => expect(request.mock.calls.some((call) => call[0].method === 'PUT')).toBe(true));
    const put = request.mock.calls.find((call) => call[0].method === 'PUT')!;
    expect(put[0].url).toContain('/v1/admin/products/LATTE-M');
    expect(put[0].data).toEqual({ name: '拿铁（中杯）', category: '咖啡', priceFen: 2800, costFen: 750, hidden: true });
  });

  it('creates a product from yuan, names the wrong fields, and edits one with its SKU fixed', async () => {
    const request = mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/products')
        return { status: 200, body: { items: LIST, nextCursor: null } };
      if (method === 'POST') return { status: 201, body: product({ sku: 'TEA' }) };
      if (method === 'PUT') return { status: 200, body: product({}) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<ProductsPage />);
    await waitFor(() => expect(container.querySelectorAll('.product-row')).toHaveLength(3));
    type(container, '.product-sku', '有 空格');
    type(container, '.product-price', 'abc');
    fireEvent.click(container.querySelector('.product-submit')!);
    expect(container.querySelector('.product-sku-error')!.textContent).toContain('例如 LATTE-M');
    expect(container.querySelector('.product-name-error')).not.toBeNull();
    expect(container.querySelector('.product-price-error')).not.toBeNull();
    type(container, '.product-sku', 'LEMON-TEA');
    type(container, '.product-name', '柠檬红茶');
    type(container, '.product-category', '茶饮');
    type(container, '.product-price', '18.5');
    fireEvent.click(container.querySelector('.product-submit')!);
    await waitFor(() => expect(request.mock.calls.some((call) => call[0].method === 'POST')).toBe(true));
    expect(request.mock.calls.find((call) => call[0].method === 'POST')![0].data).toEqual({
      sku: 'LEMON-TEA',
      name: '柠檬红茶',
      category: '茶饮',
      priceFen: 1850,
      costFen: null,
      hidden: false,
    });

    fireEvent.click(container.querySelector('.product-row-CROISSANT .product-edit')!);
    await waitFor(() => expect(container.querySelector('.product-sku-fixed')!.textContent).toBe('CROISSANT'));
    expect((container.querySelector('.product-price') as HTMLInputElement).value).toBe('16');
    type(container, '.product-price', '17');
    fireEvent.click(container.querySelector('.product-submit')!);
    await waitFor(() => expect(request.mock.calls.some((call) => call[0].method === 'PUT')).toBe(true));
    const put = request.mock.calls.find((call) => call[0].method === 'PUT')!;
    expect(put[0].url).toContain('/v1/admin/products/CROISSANT');
    expect(put[0].data).toEqual({ name: '黄油可颂', category: '烘焙', priceFen: 1700, costFen: 500, hidden: false });
  });

  it('imports a CSV and lists what became of each changed or refused line', async () => {
    mockApi(({ method, path }) => {
      if (method === 'GET' && path === '/v1/admin/products')
        return { status: 200, body: { items: LIST, nextCursor: null } };
      if (path === '/v1/admin/products/import')
        return {
          status: 200,
          body: {
            created: 1,
            updated: 0,
            unchanged: 1,
            refused: 1,
            lines: [
              { line: 2, sku: 'LATTE-M', outcome: 'unchanged', reason: null },
              { line: 3, sku: 'BAGEL', outcome: 'created', reason: null },
              { line: 4, sku: 'X', outcome: 'refused', reason: '售价“abc”不是金额' },
            ],
          },
        };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<ProductsPage />);
    await waitFor(() => expect(container.querySelectorAll('.product-row')).toHaveLength(3));
    type(container, '.product-import-csv', 'sku,name,category,price\nLATTE-M,拿铁（中杯）,咖啡,28');
    fireEvent.click(container.querySelector('.product-import-submit')!);
    await waitFor(() => expect(container.querySelector('.product-import-report')).not.toBeNull());
    expect(container.querySelector('.product-import-summary')!.textContent).toBe(
      '新增 1 · 更新 0 · 无变化 1 · 未导入 1',
    );
    expect([...container.querySelectorAll('.product-import-line')].map((node) => node.textContent)).toEqual([
      '第 3 行 BAGEL 新增',
      '第 4 行 X 未导入：售价“abc”不是金额',
    ]);
  });

  it('has its own 返回 (a desk browser shows no navigation bar): back, or the console home when opened directly', async () => {
    mockApi(() => ({ status: 200, body: { items: [], nextCursor: null } }));
    const { container } = render(<ProductsPage />);
    await waitFor(() => expect(container.querySelector('.products-list')!.textContent).toContain('还没有商品'));
    fireEvent.click(container.querySelector('.marketer-page-back')!);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/marketer/home/index' });
  });
});
