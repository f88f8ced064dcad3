import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { invitationCodeSchema } from '@app/shared';
import { BrandMark } from '../../components/brand-mark';
import { ErrorState } from '../../components/error-state';
import { useJoin } from '../../features/staff-invite/hooks/use-join';
import { groupedCode } from '../../features/staff-invite/invite-link';
import './index.scss';

/** What the invitation QR opens: the new employee logs in with WeChat and is bound to the invitation's store. */
export default function StoreJoinPage() {
  const { params } = useRouter();
  const parsed = invitationCodeSchema.safeParse(decodeURIComponent(params.invitation ?? '').replace(/\s+/g, ''));
  const invitation = parsed.success ? parsed.data : '';
  const { pending, error, join } = useJoin(invitation);

  if (!invitation) {
    return (
      <View className="page store-join">
        <ErrorState title="邀请无效" message="请让总部重新生成邀请二维码，再用微信扫码" />
      </View>
    );
  }
  return (
    <View className="page store-join">
      <View className="panel store-join__card">
        <BrandMark className="store-join__mark" />
        <Text className="store-join__title">加入门店，成为店员</Text>
        <Text className="store-join__text">总部邀请你在门店收银：记录消费、核销优惠券、办理退款。</Text>
        <Text className="store-join__code">邀请码 {groupedCode(invitation)}</Text>
        {error && <Text className="store-join__error join-error">{error.message}</Text>}
        <View
          className={`btn btn--primary store-join__button join-accept${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void join()}
        >
          {pending ? '正在加入…' : '微信登录并加入'}
        </View>
        <Text className="store-join__hint">邀请 24 小时内有效，只能使用一次；已是会员的微信号不能开通店员</Text>
      </View>
    </View>
  );
}
