import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorState } from '../../components/error-state';
import { LevelBadge } from '../../components/level-badge';
import { Skeleton } from '../../components/skeleton';
import { BirthdayRow } from '../../features/profile/components/BirthdayRow';
import { NicknameRow } from '../../features/profile/components/NicknameRow';
import { BindPhoneButton } from '../../features/phone/components/BindPhoneButton';
import { useProfile } from '../../features/profile/hooks/use-profile';
import { couponCountText, useAvailableCouponCount } from '../../features/coupons/hooks/use-coupon-count';
import { formatDate, formatDateZh, formatNumber } from '../../lib/format';
import { openPage, relaunch, routes } from '../../lib/routes';
import { clearSession } from '../../lib/session';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

async function logout() {
  const { confirm } = await Taro.showModal({
    title: '退出登录',
    content: '确定要退出当前账号吗？',
    confirmColor: '#6f4e37',
  });
  if (!confirm) return;
  clearSession();
  await relaunch(routes.login);
}

/** 我的 tab: points, level, 我的优惠券, 领券中心, 我的兑换, tasks, badges, invite; profile, the once-only birthday, phone, membership facts, logout. */
export default function ProfilePage() {
  useRoleGuard('member');
  const { me, member, saving, saveNickname, saveBirthday } = useProfile();
  const coupons = useAvailableCouponCount();

  return (
    <View className="page profile-page">
      {member ? (
        <>
          <View className="profile-head">
            <View className="profile-head__avatar">
              <Text>{member.nickname.slice(0, 1)}</Text>
            </View>
            <View className="profile-head__text">
              <Text className="profile-head__name">{member.nickname}</Text>
              <LevelBadge code={member.level.code} name={member.level.name} size="small" />
            </View>
          </View>

          <View className="panel profile-list">
            <View
              className="profile-row profile-row--link profile-open-points"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.points)}
            >
              <Text className="profile-row__label">我的积分</Text>
              <Text className="profile-row__value">{formatNumber(member.points.balance)}</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
            <View
              className="profile-row profile-row--link profile-open-levels"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.levels)}
            >
              <Text className="profile-row__label">会员等级</Text>
              <Text className="profile-row__value">{member.level.name}</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
          </View>

          <View className="panel profile-list">
            <View
              className="profile-row profile-row--link profile-open-coupons"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.coupons)}
            >
              <Text className="profile-row__label">我的优惠券</Text>
              <Text
                className={`profile-row__value profile-coupon-count${coupons.count ? '' : ' profile-row__value--hint'}`}
              >
                {couponCountText(coupons)}
              </Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
            <View
              className="profile-row profile-row--link profile-open-coupon-center"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.couponCenter)}
            >
              <Text className="profile-row__label">领券中心</Text>
              <Text className="profile-row__value profile-row__value--hint">新券上线，先领再用</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
            <View
              className="profile-row profile-row--link profile-open-orders"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.orders)}
            >
              <Text className="profile-row__label">我的兑换</Text>
              <Text className="profile-row__value profile-row__value--hint">提货码、兑换记录</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
            <View
              className="profile-row profile-row--link profile-open-tasks"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.tasks)}
            >
              <Text className="profile-row__label">任务中心</Text>
              <Text className="profile-row__value profile-row__value--hint">做任务领积分</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
            <View
              className="profile-row profile-row--link profile-open-badges"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.badges)}
            >
              <Text className="profile-row__label">我的勋章</Text>
              <Text className="profile-row__value profile-row__value--hint">点亮你的咖啡成就</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
            <View
              className="profile-row profile-row--link profile-open-invite"
              hoverClass="profile-row--pressed"
              onClick={() => void openPage(routes.invite)}
            >
              <Text className="profile-row__label">邀请好友</Text>
              <Text className="profile-row__value profile-row__value--hint">好友消费你得积分</Text>
              <Text className="profile-row__arrow">›</Text>
            </View>
          </View>

          <View className="panel profile-list">
            <NicknameRow
              key={member.nickname}
              nickname={member.nickname}
              saving={saving === 'nickname'}
              onSave={saveNickname}
            />
            <BirthdayRow
              birthday={member.birthday}
              saving={saving === 'birthday'}
              today={formatDate(new Date().toISOString())}
              onPick={(birthday) => void saveBirthday(birthday)}
            />
            {!member.birthday && <Text className="profile-list__hint">生日设置后不可修改，生日当月可获赠生日礼</Text>}
            <View className="profile-row profile-phone">
              <Text className="profile-row__label">手机号</Text>
              <Text className={`profile-row__value${member.phoneMasked ? '' : ' profile-row__value--placeholder'}`}>
                {member.phoneMasked ?? '未绑定'}
              </Text>
              {!member.phoneMasked && (
                <BindPhoneButton label="绑定手机号" className="profile-bind-phone" onBound={() => void me.reload()} />
              )}
            </View>
          </View>

          <View className="panel profile-list">
            <View className="profile-row">
              <Text className="profile-row__label">会员号</Text>
              <Text className="profile-row__value profile-member-no">{member.memberNo}</Text>
            </View>
            <View className="profile-row">
              <Text className="profile-row__label">入会时间</Text>
              <Text className="profile-row__value profile-joined-at">{formatDateZh(member.joinedAt)}</Text>
            </View>
            <View className="profile-row">
              <Text className="profile-row__label">我的邀请码</Text>
              <Text className="profile-row__value profile-referral">{member.referralCode}</Text>
            </View>
          </View>
        </>
      ) : me.error ? (
        <ErrorState title="资料加载失败" message={me.error.message} onRetry={() => void me.reload()} />
      ) : (
        <View className="profile-skeleton">
          <Skeleton width={64} height={64} radius={32} />
          <View className="panel">
            <Skeleton height={18} />
            <View className="profile-skeleton__gap" />
            <Skeleton height={18} />
            <View className="profile-skeleton__gap" />
            <Skeleton height={18} width="60%" />
          </View>
        </View>
      )}

      <View className="btn btn--danger-ghost profile-logout" hoverClass="btn--pressed" onClick={() => void logout()}>
        退出登录
      </View>
    </View>
  );
}
