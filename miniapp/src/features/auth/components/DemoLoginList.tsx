import { Text, View } from '@tarojs/components';
import { demoGroups, demoIdentities, newMemberOpenid } from '../demo-identities';
import './DemoLoginList.scss';

export interface DemoLoginListProps {
  pending: string | null;
  onLogin: (openid: string) => void;
}

const AVATAR: Record<string, string> = { member: '会', staff: '店', marketer: '营' };

/** Local-stage H5 only: log in as one of the seeded identities, or as a brand-new member. */
export function DemoLoginList({ pending, onLogin }: DemoLoginListProps) {
  const busy = pending !== null;
  return (
    <View className="demo-login">
      {demoGroups.map(({ group, label }) => (
        <View className="demo-login__group" key={group}>
          <Text className="demo-login__group-title">{label}</Text>
          <View className="demo-login__list">
            {demoIdentities
              .filter((identity) => identity.group === group)
              .map((identity) => (
                <View
                  key={identity.openid}
                  className={`demo-login__item demo-login-${identity.openid}${busy ? ' demo-login__item--busy' : ''}`}
                  hoverClass="demo-login__item--pressed"
                  onClick={() => !busy && onLogin(identity.openid)}
                >
                  <View className={`demo-login__avatar demo-login__avatar--${group}`}>
                    <Text>{AVATAR[group]}</Text>
                  </View>
                  <View className="demo-login__text">
                    <Text className="demo-login__title">{identity.title}</Text>
                    <Text className="demo-login__subtitle">{identity.subtitle}</Text>
                  </View>
                  <Text className="demo-login__arrow">{pending === identity.openid ? '登录中…' : '›'}</Text>
                </View>
              ))}
          </View>
        </View>
      ))}
      <View
        className={`btn btn--primary demo-login__new demo-login-new${busy ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => !busy && onLogin(newMemberOpenid())}
      >
        {pending?.startsWith('new-') ? '正在注册…' : '新会员 · 随机身份体验'}
      </View>
    </View>
  );
}
