import { counterProductsResponse, productImportResponse, productListResponse } from '@app/shared';
import { call, login } from '../support/http';

/** The brand's product list: the marketer manages it (one by one or from a CSV), the counter picks from it. */
let marketer: string;
let staff: string;
const run = `${Date.now().toString(36)}`.toUpperCase();
const sku = (name: string) => `T${run}-${name}`;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
  staff = (await login('staff-s001')).token;
});

let requests = 0;
const post = (path: string, body: unknown, key = `products-${run}-${++requests}`) =>
  call('POST', path, { token: marketer, body, headers: { 'Idempotency-Key': key } });

describe('the product list', () => {
  test('create, edit, hide: the console lists it all, the counter only what is on offer', async () => {
    const created = await post('/v1/admin/products', {
      sku: sku('LATTE'),
      name: '测试拿铁',
      category: '咖啡',
      priceFen: 2800,
      costFen: 900,
    });
    expect([created.status, created.body]).toMatchObject([201, { sku: sku('LATTE'), hidden: false, costFen: 900 }]);
    const again = await post('/v1/admin/products', {
      sku: sku('LATTE'),
      name: '另一个',
      category: '咖啡',
      priceFen: 1,
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'SKU_EXISTS']);

    const edited = await call('PUT', `/v1/admin/products/${sku('LATTE')}`, {
      token: marketer,
      body: { name: '测试拿铁（大）', category: '咖啡', priceFen: 3200, hidden: true },
      headers: { 'Idempotency-Key': `edit-${run}` },
    });
    expect([edited.status, edited.body]).toMatchObject([200, { name: '测试拿铁（大）', priceFen: 3200, hidden: true }]);

    const all = productListResponse.parse((await call('GET', '/v1/admin/products', { token: marketer })).body);
    expect(all.items.find((item) => item.sku === sku('LATTE'))).toMatchObject({ hidden: true, costFen: null });
    const offered = counterProductsResponse.parse((await call('GET', '/v1/store/products', { token: staff })).body);
    expect(offered.items.some((item) => item.sku === sku('LATTE'))).toBe(false);
    expect(offered.items[0]).not.toHaveProperty('costFen');

    const audit = await call('GET', '/v1/admin/audit?limit=20', { token: marketer });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['product.create', 'product.update']),
    );
    // The log names the product as it is called now, not by its code alone.
    const entry = audit.body.items.find((item: { target: { id: string } }) => item.target.id === sku('LATTE'));
    expect(entry.targetLabel).toBe('测试拿铁（大）');
  });

  test('a CSV import reports each line; the good ones go in, the same file again changes nothing', async () => {
    const csv = [
      '编码,名称,分类,售价,成本',
      `${sku('MOCHA')},摩卡,咖啡,32,10.5`,
      `${sku('CAKE')},"芝士蛋糕, 切块",甜点,¥28.00,`,
      `${sku('BAD')},坏价格,咖啡,abc,`,
      `有空格 的编码,名字,咖啡,10,`,
      `${sku('MOCHA')},摩卡重复,咖啡,30,`,
    ].join('\r\n');
    const first = await post('/v1/admin/products/import', { csv }, `import-${run}`);
    expect(first.status).toBe(200);
    const report = productImportResponse.parse(first.body);
    expect([report.created, report.updated, report.unchanged, report.refused]).toEqual([2, 0, 0, 3]);
    expect(report.lines.map((line) => [line.line, line.outcome])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [4, 'refused'],
      [5, 'refused'],
      [6, 'refused'],
    ]);
    expect(report.lines[2]!.reason).toBe('售价“abc”不是金额');
    expect(report.lines[4]!.reason).toBe('与第 2 行编码重复');
    const offered = counterProductsResponse.parse((await call('GET', '/v1/store/products', { token: staff })).body);
    expect(offered.items.find((item) => item.sku === sku('CAKE'))).toEqual({
      sku: sku('CAKE'),
      name: '芝士蛋糕, 切块',
      category: '甜点',
      priceFen: 2800,
    });

    const again = productImportResponse.parse((await post('/v1/admin/products/import', { csv }, `again-${run}`)).body);
    expect([again.created, again.updated, again.unchanged, again.refused]).toEqual([0, 0, 2, 3]);
  });

  test('a file without the needed columns, or with too many lines, is refused whole', async () => {
    const noPrice = await post('/v1/admin/products/import', { csv: 'sku,name,category\nA,B,C' });
    expect([noPrice.status, noPrice.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(noPrice.body.error.message).toContain('缺少列：price');
    const lines = Array.from({ length: 501 }, (_, at) => `${sku(`N${at}`)},商品${at},测试,1`);
    const tooMany = await post('/v1/admin/products/import', { csv: ['sku,name,category,price', ...lines].join('\n') });
    expect([tooMany.status, tooMany.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(tooMany.body.error.message).toContain('500');
  });
});
