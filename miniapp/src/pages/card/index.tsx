import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { CardSkeleton } from '../../features/member-card/components/CardSkeleton';
import { GrowthProgress } from '../../features/member-card/components/GrowthProgress';
import { LevelCard } from '../../features/member-card/components/LevelCard';
import { MemberCodePanel } from '../../features/member-card/components/MemberCodePanel';
import { RightsList } from '../../features/member-card/components/RightsList';
import { useMemberCard } from '../../features/member-card/hooks/use-member-card';
import { couponCountText, useAvailableCouponCount } from '../../features/coupons/hooks/use-coupon-count';
import { CardWallet } from '../../features/wallet/components/CardWallet';
import { CardPlus } from '../../features/plans/components/CardPlus';
import '../../features/plans/components/plans.scss';
import '../../features/wallet/components/wallet.scss';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 会员卡 tab: card face, 签到 and 任务 tiles, 优惠券 (how many can be used) and 领券中心, member code, growth, the level's rights. */
export default function CardPage() {
  useRoleGuard('member');
  const { me, code, reloadAll } = useMemberCard();
  const coupons = useAvailableCouponCount();

  if (!me.data) {
    return (
      <View className="page card-page">
        {me.error ? (
          <ErrorState title="会员卡加载失败" message={me.error.message} onRetry={() => void reloadAll()} />
        ) : (
          <CardSkeleton />
        )}
      </View>
    );
  }

  const member = me.data;
  return (
    <View className="page card-page">
      <LevelCard
        me={member}
        onOpenPoints={() => void openPage(routes.points)}
        onOpenLevels={() => void openPage(routes.levels)}
      />
      <View className="card-shortcuts">
        <View
          className="card-shortcut card-open-checkin"
          hoverClass="card-shortcut--pressed"
          onClick={() => void openPage(routes.checkin)}
        >
          <View className="card-shortcut__icon card-shortcut__icon--checkin">
            <Text>签</Text>
          </View>
          <View className="card-shortcut__text">
            <Text className="card-shortcut__title">每日签到</Text>
            <Text className="card-shortcut__sub">天天领积分</Text>
          </View>
        </View>
        <View
          className="card-shortcut card-open-tasks"
          hoverClass="card-shortcut--pressed"
          onClick={() => void openPage(routes.tasks)}
        >
          <View className="card-shortcut__icon card-shortcut__icon--tasks">
            <Text>任</Text>
          </View>
          <View className="card-shortcut__text">
            <Text className="card-shortcut__title">任务中心</Text>
            <Text className="card-shortcut__sub">做任务得奖励</Text>
          </View>
        </View>
      </View>
      <View className="card-coupons">
        <View
          className="card-coupons__wallet card-open-coupons"
          hoverClass="card-shortcut--pressed"
          onClick={() => void openPage(routes.coupons)}
        >
          <View className="card-coupons__icon">
            <Text>券</Text>
          </View>
          <Text className="card-coupons__title">优惠券</Text>
          <Text className={`card-coupons__count card-coupon-count${coupons.count ? ' card-coupons__count--some' : ''}`}>
            {couponCountText(coupons)}
          </Text>
          <Text className="card-coupons__arrow">›</Text>
        </View>
        <View
          className="card-coupons__center card-open-coupon-center"
          hoverClass="card-shortcut--pressed"
          onClick={() => void openPage(routes.couponCenter)}
        >
          <Text>领券中心</Text>
        </View>
      </View>
      <CardWallet />
      <CardPlus />
      <MemberCodePanel state={code} />
      <GrowthProgress me={member} />
      <RightsList levelCode={member.level.code} levelName={member.level.name} rights={member.rights} />
    </View>
  );
}
