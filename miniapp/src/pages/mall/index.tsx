import { View } from '@tarojs/components';
import type { MallItemView } from '@app/shared';
import { CategoryTabs } from '../../features/mall/components/CategoryTabs';
import { MallGrid } from '../../features/mall/components/MallGrid';
import { MallHeader } from '../../features/mall/components/MallHeader';
import { useMallPage } from '../../features/mall/hooks/use-mall-page';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

const openItem = (item: MallItemView) => void openPage(routes.mallItem, { itemId: item.itemId });

/** 积分商城 tab: the points balance, the categories, the items two to a row with what stands in the way of each. */
export default function MallPage() {
  useRoleGuard('member');
  const { account, items, categories } = useMallPage();

  return (
    <View className="page mall-page">
      <MallHeader
        points={account.data}
        onOpenOrders={() => void openPage(routes.orders)}
        onOpenPoints={() => void openPage(routes.points)}
      />
      {(categories.length > 0 || items.filter) && (
        <CategoryTabs categories={categories} value={items.filter} onChange={items.setFilter} />
      )}
      <MallGrid list={items} onOpen={openItem} />
    </View>
  );
}
