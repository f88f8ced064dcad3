import type { ProductRecord } from '../../functions/src/adapters/dynamodb';
import type { AppDeps } from '../../functions/src/composition';

type DemoProduct = Pick<ProductRecord, 'sku' | 'name' | 'category' | 'priceFen' | 'costFen'>;
const item = (sku: string, name: string, category: string, yuan: number, costYuan: number): DemoProduct => ({
  sku,
  name,
  category,
  priceFen: Math.round(yuan * 100),
  costFen: Math.round(costYuan * 100),
});

/** The coffee chain's product list (SKU catalog): what its tills sell, with a plausible cost for margins. */
export const demoProducts: readonly DemoProduct[] = [
  item('AMERICANO-M', '美式咖啡（中杯）', '咖啡', 22, 5.5),
  item('AMERICANO-L', '美式咖啡（大杯）', '咖啡', 25, 6.5),
  item('LATTE-M', '拿铁（中杯）', '咖啡', 28, 7.5),
  item('LATTE-L', '拿铁（大杯）', '咖啡', 32, 8.5),
  item('FLATWHITE-M', '澳白（中杯）', '咖啡', 30, 8),
  item('MOCHA-M', '摩卡（中杯）', '咖啡', 32, 9),
  item('COLDBREW-M', '冷萃咖啡（中杯）', '咖啡', 30, 7),
  item('MATCHA-LATTE', '抹茶拿铁', '茶饮', 30, 8.5),
  item('OOLONG-TEA', '冷泡乌龙', '茶饮', 20, 4),
  item('LEMON-TEA', '柠檬红茶', '茶饮', 18, 3.5),
  item('CROISSANT', '黄油可颂', '烘焙', 16, 5),
  item('CHEESECAKE', '芝士蛋糕', '烘焙', 32, 11),
  item('BAGEL', '全麦贝果', '烘焙', 18, 5.5),
  item('SANDWICH', '火腿芝士三明治', '轻食', 28, 10),
  item('SALAD', '鸡胸肉沙拉', '轻食', 35, 13),
  item('BEANS-250', '招牌咖啡豆 250g', '零售', 88, 38),
  item('TUMBLER', '随行杯', '零售', 99, 35),
];

/** Puts the demo products where absent (a marketer's later changes stay). */
export async function seedDemoProducts(deps: Pick<AppDeps, 'products' | 'commit'>, at: string): Promise<void> {
  const existing = new Set((await deps.products.list()).map((product) => product.sku));
  for (const product of demoProducts) {
    if (existing.has(product.sku)) continue;
    await deps.commit([
      deps.products.write({ ...product, hidden: false, updatedAt: at, updatedBy: 'system:seed' }, 'new'),
    ]);
  }
}
