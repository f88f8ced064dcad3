import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { CenterEntryCard } from '../../features/coupons/components/CenterEntryCard';
import { CouponListSkeleton } from '../../features/coupons/components/WalletList';
import { useCouponCenter } from '../../features/coupons/hooks/use-coupon-center';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

const openWallet = () => void openPage(routes.coupons);

/** 领券中心: the campaigns open for claiming, what is left of each and 领取; 我的优惠券 on top. */
export default function CouponCenterPage() {
  useRoleGuard('member');
  const { entries, error, reload, claim, claimState } = useCouponCenter();
  const now = Date.now();

  return (
    <View className="page coupon-center-page">
      <View className="center-hero">
        <View className="center-hero__text">
          <Text className="center-hero__title">领券中心</Text>
          <Text className="center-hero__sub">先领券，到店结账时出示券码即可使用</Text>
        </View>
        <View className="center-hero__wallet center-open-wallet" hoverClass="btn--pressed" onClick={openWallet}>
          <Text>我的优惠券 ›</Text>
        </View>
      </View>

      {entries ? (
        entries.length === 0 ? (
          <View className="panel center-empty">
            <EmptyState compact message="暂时没有可以领的券" hint="新活动上线会第一时间出现在这里" />
          </View>
        ) : (
          <View className="center-list">
            {entries.map((entry) => (
              <CenterEntryCard
                key={entry.campaignId}
                entry={entry}
                claim={claimState(entry.campaignId)}
                now={now}
                onClaim={(one) => void claim(one)}
                onOpenWallet={openWallet}
              />
            ))}
          </View>
        )
      ) : error ? (
        <ErrorState title="领券中心加载失败" message={error.message} onRetry={() => void reload()} />
      ) : (
        <CouponListSkeleton rows={3} />
      )}
    </View>
  );
}
