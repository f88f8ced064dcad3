import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { isWeapp } from '../../../config/env';
import { formatNumber } from '../../../lib/format';
import { referralRulesText } from '../share';
import './InviteCard.scss';

export interface Referrals {
  referralCode: string;
  invited: number;
  rewarded: number;
  pointsEarned: number;
  rules: { referrerPoints: number; secondLevelPoints: number; maxRewardedPerYear: number };
}

async function copy(text: string, done: string) {
  try {
    await Taro.setClipboardData({ data: text });
    void Taro.showToast({ title: done, icon: 'none' });
  } catch {
    void Taro.showToast({ title: '复制失败，请长按手动复制', icon: 'none' });
  }
}

/** 邀请好友: the code big, the share action (WeChat card or H5 link), what the member earned, the rules. */
export function InviteCard({ referrals, link }: { referrals: Referrals; link: string | null }) {
  const { referralCode, rules } = referrals;
  return (
    <>
      <View className="invite-hero">
        <Text className="invite-hero__title">邀请好友，一起喝咖啡</Text>
        <Text className="invite-hero__sub">好友首次消费后，你得 {rules.referrerPoints} 积分</Text>
        <View className="invite-hero__ticket">
          <Text className="invite-hero__label">我的邀请码</Text>
          <Text className="invite-code" userSelect>
            {referralCode}
          </Text>
          <View className="invite-hero__copy invite-copy-code" onClick={() => void copy(referralCode, '邀请码已复制')}>
            <Text>复制邀请码</Text>
          </View>
        </View>
        {isWeapp ? (
          <Button className="btn invite-share" openType="share">
            分享给微信好友
          </Button>
        ) : (
          link && (
            <View className="invite-link">
              <Text className="invite-link__text" userSelect>
                {link}
              </Text>
              <View
                className="btn invite-copy-link"
                hoverClass="btn--pressed"
                onClick={() => void copy(link, '链接已复制，发给好友吧')}
              >
                复制链接
              </View>
            </View>
          )
        )}
      </View>

      <View className="panel invite-stats">
        <View className="invite-stat">
          <Text className="invite-stat__value invite-invited">{formatNumber(referrals.invited)}</Text>
          <Text className="invite-stat__label">已邀请</Text>
        </View>
        <View className="invite-stat">
          <Text className="invite-stat__value invite-rewarded">{formatNumber(referrals.rewarded)}</Text>
          <Text className="invite-stat__label">已奖励</Text>
        </View>
        <View className="invite-stat">
          <Text className="invite-stat__value invite-stat__value--gain invite-points">
            {formatNumber(referrals.pointsEarned)}
          </Text>
          <Text className="invite-stat__label">获得积分</Text>
        </View>
      </View>

      <View className="panel invite-rules">
        <View className="panel__title">邀请规则</View>
        {referralRulesText(rules).map((line, i) => (
          <View key={line} className="invite-rules__line">
            <Text className="invite-rules__num">{i + 1}</Text>
            <Text className="invite-rules__text">{line}</Text>
          </View>
        ))}
      </View>
    </>
  );
}
