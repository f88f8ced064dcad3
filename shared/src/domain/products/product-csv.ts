import { createProductRequest, type CreateProductRequest } from '../../contracts/products';

/**
 * A product list as a spreadsheet exports it: a header naming the columns (sku, name, category, price, cost — in
 * English or as 编码, 名称, 分类, 售价, 成本; cost optional), then one product per line, prices in yuan ("18" or
 * "18.50"). Quoted fields ("a, b" and "" inside) are understood. Each line is read on its own: a bad line is
 * reported with its number and why, in words a marketer understands, and the others still count.
 */
export type CsvProductLine =
  | { line: number; ok: true; product: CreateProductRequest }
  | { line: number; ok: false; sku: string | null; reason: string };

const COLUMNS: Record<string, keyof typeof INDEX> = {
  sku: 'sku',
  编码: 'sku',
  商品编码: 'sku',
  name: 'name',
  名称: 'name',
  商品名称: 'name',
  category: 'category',
  分类: 'category',
  price: 'price',
  售价: 'price',
  cost: 'cost',
  成本: 'cost',
};
const INDEX = { sku: -1, name: -1, category: -1, price: -1, cost: -1 };

export function splitCsvLine(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

/** "18", "18.5", "¥18.50" → 1850 fen; anything else (negative, three decimals, words) → null. */
export function yuanToFen(text: string): number | null {
  const match = /^[¥￥]?\s*(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function parseProductCsv(csv: string): { header: string | null; lines: CsvProductLine[] } {
  const rows = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const columns = splitCsvLine(rows[0] ?? '').map((name) => COLUMNS[name.toLowerCase()]);
  const index = { ...INDEX };
  columns.forEach((column, at) => {
    if (column && index[column] === -1) index[column] = at;
  });
  const missing = (['sku', 'name', 'category', 'price'] as const).filter((column) => index[column] === -1);
  if (missing.length > 0) return { header: `第 1 行（表头）缺少列：${missing.join('、')}`, lines: [] };
  const lines: CsvProductLine[] = [];
  rows.slice(1).forEach((row, at) => {
    if (row.trim() !== '') lines.push(readLine(splitCsvLine(row), index, at + 2));
  });
  return { header: null, lines };
}

function readLine(fields: string[], index: typeof INDEX, line: number): CsvProductLine {
  const cell = (column: keyof typeof INDEX) => (index[column] === -1 ? '' : (fields[index[column]] ?? ''));
  const sku = cell('sku') || null;
  const priceFen = yuanToFen(cell('price'));
  if (priceFen === null) return { line, ok: false, sku, reason: `售价“${cell('price')}”不是金额` };
  const costText = cell('cost');
  const costFen = costText === '' ? null : yuanToFen(costText);
  if (costText !== '' && costFen === null) return { line, ok: false, sku, reason: `成本“${costText}”不是金额` };
  const parsed = createProductRequest.safeParse({
    sku: cell('sku'),
    name: cell('name'),
    category: cell('category'),
    priceFen,
    costFen,
  });
  if (parsed.success) return { line, ok: true, product: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  return { line, ok: false, sku, reason: REASONS[field] ?? '内容有误' };
}

const REASONS: Record<string, string> = {
  sku: '编码只能是字母、数字、_ 或 -（最多 32 位）',
  name: '名称为空或超过 40 字',
  category: '分类为空或超过 20 字',
  priceFen: '售价超出范围',
  costFen: '成本超出范围',
};
