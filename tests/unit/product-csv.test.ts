import { parseProductCsv, splitCsvLine, yuanToFen } from '@app/shared';

describe('a product list from a spreadsheet', () => {
  test('prices in yuan become fen; anything else is not a price', () => {
    expect(['18', '18.5', '¥18.50', '￥0.05', ' 7 '].map(yuanToFen)).toEqual([1800, 1850, 1850, 5, 700]);
    expect(['-1', '1.234', 'abc', '', '1,000'].map(yuanToFen)).toEqual([null, null, null, null, null]);
  });

  test('quoted fields keep their commas and doubled quotes', () => {
    expect(splitCsvLine('A,"芝士, 切块","说 ""好"" 的",3')).toEqual(['A', '芝士, 切块', '说 "好" 的', '3']);
  });

  test('columns by English or Chinese names, in any order; cost optional; each bad line says why', () => {
    const { header, lines } = parseProductCsv(
      '\uFEFF售价,编码,名称,分类\r\n28,LATTE,拿铁,咖啡\r\n\r\nx,MOCHA,摩卡,咖啡\r\n30,有 空格,摩卡,咖啡\r\n30,OK,,咖啡',
    );
    expect(header).toBeNull();
    expect(lines).toEqual([
      {
        line: 2,
        ok: true,
        product: { sku: 'LATTE', name: '拿铁', category: '咖啡', priceFen: 2800, costFen: null, hidden: false },
      },
      { line: 4, ok: false, sku: 'MOCHA', reason: '售价“x”不是金额' },
      { line: 5, ok: false, sku: '有 空格', reason: '编码只能是字母、数字、_ 或 -（最多 32 位）' },
      { line: 6, ok: false, sku: 'OK', reason: '名称为空或超过 40 字' },
    ]);
  });

  test('a header without a needed column is refused whole', () => {
    expect(parseProductCsv('sku,name\nA,B')).toEqual({ header: '第 1 行（表头）缺少列：category、price', lines: [] });
  });
});
