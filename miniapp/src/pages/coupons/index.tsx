import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import { SubscribeNudge } from '../../components/subscribe-nudge';
import { WalletList } from '../../features/coupons/components/WalletList';
import { WalletTabs } from '../../features/coupons/components/WalletTabs';
import { useWalletPage } from '../../features/coupons/hooks/use-wallet-page';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

const openCoupon = (coupon: CouponView) => void openPage(routes.coupon, { couponId: coupon.couponId });
const openCenter = () => void openPage(routes.couponCenter);

/** 我的优惠券: 可使用 (ending soonest first) / 已使用 / 已过期 (with 已作废), a coupon opens its QR; 领券中心 on top. */
export default function CouponsPage() {
  useRoleGuard('member');
  const list = useWalletPage();
  return (
    <View className="page coupons-page">
      <View className="coupons-head">
        <WalletTabs value={list.filter} onChange={list.setFilter} />
        <View className="coupons-head__center coupons-open-center" hoverClass="btn--pressed" onClick={openCenter}>
          <Text>领券中心</Text>
        </View>
      </View>
      {list.filter === 'available' && <SubscribeNudge notice="coupon-arrived" label="有新券时提醒我" />}
      <WalletList list={list} onOpen={openCoupon} onOpenCenter={openCenter} />
    </View>
  );
}
