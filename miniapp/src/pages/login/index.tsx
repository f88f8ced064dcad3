import { Text, View } from '@tarojs/components';
import { useLoad, useRouter } from '@tarojs/taro';
import { referralCodeSchema } from '@app/shared';
import { BrandMark } from '../../components/brand-mark';
import { ErrorState } from '../../components/error-state';
import { isDemoLogin, isWeapp } from '../../config/env';
import { DemoLoginList } from '../../features/auth/components/DemoLoginList';
import { useLogin } from '../../features/auth/hooks/use-login';
import './index.scss';

/**
 * Entry page. In the mini-program it logs in with WeChat at once; in the H5 build of the local stage it offers
 * the seeded demo identities. Either way the user lands on their role's home page.
 */
export default function LoginPage() {
  const { params } = useRouter();
  const referral = referralCodeSchema.safeParse(params.ref);
  const { pending, error, loginAsDemo, loginWithWechat } = useLogin(referral.success ? referral.data : undefined);

  useLoad(() => {
    if (isWeapp) void loginWithWechat();
  });

  return (
    <View className="login">
      <View className="login__hero">
        <BrandMark className="login__mark" />
        <Text className="login__brand">啡常时光</Text>
        <Text className="login__slogan">会员卡 · 每一杯都有回馈</Text>
      </View>

      <View className="login__body">
        {isDemoLogin ? (
          <>
            <View className="login__notice">
              <Text className="login__notice-tag">本地演示</Text>
              <Text>选择一个身份登录，无需微信授权</Text>
            </View>
            {error && <Text className="login__error">{error.message}</Text>}
            <DemoLoginList pending={pending} onLogin={(openid) => void loginAsDemo(openid)} />
          </>
        ) : isWeapp ? (
          error ? (
            <ErrorState message={error.message} onRetry={() => void loginWithWechat()} retryText="重新登录" />
          ) : (
            <View className="login__pending">
              <View className="login__spinner" />
              <Text className="muted">正在登录…</Text>
            </View>
          )
        ) : (
          <View className="login__pending">
            <Text className="login__open-in-wechat">请在微信中打开「啡常时光」小程序使用会员卡</Text>
          </View>
        )}
      </View>
      <Text className="login__footer">登录即表示同意《会员服务协议》与《隐私政策》</Text>
    </View>
  );
}
