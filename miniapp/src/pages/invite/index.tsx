import { View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { isWeapp } from '../../config/env';
import { getReferrals } from '../../features/invite/api/referrals';
import { InviteCard } from '../../features/invite/components/InviteCard';
import { SHARE_TITLE, inviteLink, sharePath } from '../../features/invite/share';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** The H5 page's own address (origin + path), for the invitation link. */
const pageBase = () =>
  typeof window !== 'undefined' && window.location ? `${window.location.origin}${window.location.pathname}` : null;

/** 邀请好友: the referral code, the share card (WeChat) or link (H5), counts and the rules. */
export default function InvitePage() {
  useRoleGuard('member');
  const referrals = usePageResource(getReferrals);
  const code = referrals.data?.referralCode;

  useShareAppMessage(() => ({ title: SHARE_TITLE, path: code ? sharePath(code) : '/pages/login/index' }));

  const base = isWeapp ? null : pageBase();
  return (
    <View className="page invite-page">
      {referrals.data ? (
        <InviteCard referrals={referrals.data} link={base ? inviteLink(base, referrals.data.referralCode) : null} />
      ) : referrals.error ? (
        <ErrorState
          title="邀请信息加载失败"
          message={referrals.error.message}
          onRetry={() => void referrals.reload()}
        />
      ) : (
        <View>
          <Skeleton height={260} radius={18} />
          <View className="panel">
            <Skeleton height={48} />
          </View>
        </View>
      )}
    </View>
  );
}
