import type { AdminPunchProductView } from '@app/shared';
import { adminPunchProducts, savePunchProduct } from '../../features/plan-admin/api/plan-admin';
import { OnSaleAdmin } from '../../features/plan-admin/components/OnSaleAdmin';
import { PunchProductForm } from '../../features/plan-admin/components/PunchProductForm';
import { useOnSaleAdmin } from '../../features/plan-admin/hooks/use-on-sale-admin';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { useRoleGuard } from '../../lib/use-role-guard';

/** 次卡商品: the punch-card products (计次卡, 限时卡) with price and validity; create, edit, 上架/下架. */
export default function PunchProductsAdminPage() {
  useRoleGuard('marketer');
  const admin = useOnSaleAdmin<AdminPunchProductView>({
    load: adminPunchProducts,
    idOf: (product) => product.productId,
    setActive: (product, active) => {
      const { productId, updatedAt: _at, ...terms } = product;
      return savePunchProduct(productId, { ...terms, active }, newIdempotencyKey('punch-admin'));
    },
  });

  return (
    <OnSaleAdmin
      admin={admin}
      className="punch-admin-page"
      title="次卡商品"
      intro="计次卡与限时卡"
      prefix="punch"
      listClassName="punch-list"
      failedTitle="次卡加载失败"
      empty={{ message: '还没有次卡商品', hint: '在上方新建，例如 美式咖啡10次卡' }}
      termsOf={(product) =>
        `${product.uses === null ? '限时卡 不限次' : `${product.uses} 次`} · ${formatFen(product.priceFen)} · 购买后 ${product.validDays} 天有效`
      }
    >
      <PunchProductForm editing={admin.editing} onCancel={() => admin.setEditing(null)} onSaved={admin.saved} />
    </OnSaleAdmin>
  );
}
