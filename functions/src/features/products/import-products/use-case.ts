import {
  DomainError,
  MAX_IMPORT_LINES,
  MAX_PRODUCTS,
  parseProductCsv,
  type ProductImportRequest,
  type ProductImportResponse,
} from '@app/shared';
import type { ProductRecord } from '../../../adapters/dynamodb';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import type { Principal } from '../../../http/route';
import type { ProductDeps } from '../product-write';

type Report = ProductImportResponse['lines'][number];
/** Products per transaction, with the chunk's audit entry (DynamoDB takes 100 items per transaction). */
const CHUNK = 99;

/**
 * A product list from a spreadsheet (CSV): each line creates or replaces the product of its SKU (a hidden product
 * stays hidden); a line that cannot be read, repeats a SKU of the file, or would take the list past MAX_PRODUCTS is
 * refused with its reason while the others go in. Written in chunks, each audited in its own transaction; the same
 * file again changes nothing (every line `unchanged`).
 */
export async function importProducts(
  request: ProductImportRequest,
  by: Principal,
  nowMs: number,
  deps: ProductDeps,
): Promise<ProductImportResponse> {
  const parsed = parseProductCsv(request.csv);
  const refuse = (message: string) =>
    new DomainError('VALIDATION_FAILED', message, { issues: [{ path: 'body.csv', message }] });
  if (parsed.header) throw refuse(parsed.header);
  if (parsed.lines.length === 0) throw refuse('文件里没有商品行');
  if (parsed.lines.length > MAX_IMPORT_LINES) throw refuse(`一次最多导入 ${MAX_IMPORT_LINES} 行，请分批导入`);

  const existing = new Map((await deps.products.list()).map((product) => [product.sku, product]));
  let room = MAX_PRODUCTS - existing.size;
  const at = new Date(nowMs).toISOString();
  const seen = new Map<string, number>();
  const report: Report[] = [];
  const changed: { product: ProductRecord; created: boolean }[] = [];
  for (const entry of parsed.lines) {
    if (!entry.ok) {
      report.push({ line: entry.line, sku: entry.sku, outcome: 'refused', reason: entry.reason });
      continue;
    }
    const { product } = entry;
    const first = seen.get(product.sku);
    if (first !== undefined) {
      report.push({ line: entry.line, sku: product.sku, outcome: 'refused', reason: `与第 ${first} 行编码重复` });
      continue;
    }
    seen.set(product.sku, entry.line);
    const before = existing.get(product.sku);
    if (before && sameTerms(before, product)) {
      report.push({ line: entry.line, sku: product.sku, outcome: 'unchanged', reason: null });
      continue;
    }
    if (!before && room <= 0) {
      report.push({ line: entry.line, sku: product.sku, outcome: 'refused', reason: `商品数已达上限 ${MAX_PRODUCTS}` });
      continue;
    }
    if (!before) room--;
    const record = { ...product, hidden: before?.hidden ?? false, updatedAt: at, updatedBy: `marketer:${by.openid}` };
    changed.push({ product: record, created: !before });
    report.push({ line: entry.line, sku: product.sku, outcome: before ? 'updated' : 'created', reason: null });
  }
  await writeInChunks(changed, by, nowMs, deps);
  const count = (outcome: Report['outcome']) => report.filter((line) => line.outcome === outcome).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    refused: count('refused'),
    lines: report,
  };
}

const sameTerms = (a: ProductRecord, b: Pick<ProductRecord, 'name' | 'category' | 'priceFen' | 'costFen'>) =>
  a.name === b.name && a.category === b.category && a.priceFen === b.priceFen && a.costFen === b.costFen;

async function writeInChunks(
  changed: { product: ProductRecord; created: boolean }[],
  by: Principal,
  nowMs: number,
  deps: ProductDeps,
) {
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  for (let start = 0; start < changed.length; start += CHUNK) {
    const chunk = changed.slice(start, start + CHUNK);
    const auditId = newId(nowMs);
    await retrying(async () => {
      const outcome = await deps.commit([
        ...chunk.map(({ product }) => deps.products.write(product, 'any')),
        deps.audit.write({
          auditId,
          at,
          actor: `marketer:${by.openid}`,
          action: 'product.import',
          target: { kind: 'product', id: chunk[0]!.product.sku },
          after: {
            created: chunk.filter((entry) => entry.created).map((entry) => entry.product.sku),
            updated: chunk.filter((entry) => !entry.created).map((entry) => entry.product.sku),
          },
        }),
      ]);
      return outcome.ok ? true : RETRY;
    });
  }
}
