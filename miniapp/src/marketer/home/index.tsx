import { Text, View } from '@tarojs/components';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { listStores } from '../../features/marketer/api/accounts';
import { InviteStaffForm } from '../../features/staff-invite/components/InviteStaffForm';
import { formatDateZh } from '../../lib/format';
import { openPage, relaunch, routes } from '../../lib/routes';
import { clearSession, loadSession } from '../../lib/session';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

const ENTRIES = [
  { key: 'dashboard', route: routes.marketerDashboard, icon: '数', title: '数据看板', hint: '会员、消费、积分、流失' },
  { key: 'members', route: routes.marketerMembers, icon: '查', title: '会员查询', hint: '会员 360、调整积分' },
  { key: 'templates', route: routes.marketerTemplates, icon: '券', title: '优惠券模板', hint: '面额、门槛、有效期' },
  {
    key: 'campaigns',
    route: routes.marketerCampaigns,
    icon: '营',
    title: '营销活动',
    hint: '定向发券、领券中心、效果',
  },
  { key: 'tags', route: routes.marketerTags, icon: '签', title: '标签', hint: '分群人数、批量打标签' },
  { key: 'settings', route: routes.marketerSettings, icon: '规', title: '规则设置', hint: '等级、积分、签到、有效期' },
  { key: 'mall', route: routes.marketerMall, icon: '商', title: '积分商城管理', hint: '商品、库存、上下架' },
  { key: 'promotions', route: routes.marketerPromotions, icon: '倍', title: '积分活动', hint: '周末双倍、提前结束' },
  { key: 'stores', route: routes.marketerStores, icon: '店', title: '门店', hint: '开设、关闭门店' },
  { key: 'staff', route: routes.marketerStaff, icon: '员', title: '员工', hint: '按门店查看、停用账号' },
  { key: 'audit', route: routes.marketerAudit, icon: '志', title: '操作日志', hint: '谁在何时改了什么' },
  { key: 'messages', route: routes.marketerMessages, icon: '信', title: '消息', hint: '订阅消息是否送达、原因' },
  { key: 'products', route: routes.marketerProducts, icon: '品', title: '商品', hint: '商品列表、价格、导入 CSV' },
  { key: 'plans', route: routes.marketerPlans, icon: 'P', title: '付费会员', hint: '月卡/季卡/年卡、兑换码' },
  {
    key: 'punch-cards',
    route: routes.marketerPunchCards,
    icon: '次',
    title: '次卡商品',
    hint: '计次卡、限时卡、上下架',
  },
  { key: 'packages', route: routes.marketerWalletPackages, icon: '储', title: '储值套餐', hint: '充值送、上下架' },
  {
    key: 'topups',
    route: routes.marketerWalletTopups,
    icon: '充',
    title: '充值记录',
    hint: '按门店和渠道查、导出、退款',
  },
] as const;

/** Head-office home: who is logged in, the ways to the console (看板, 会员, 券, 活动, 标签, 规则, 日志), and 邀请店员 (a one-time QR for a store; provisioning by openid stays an API for integrations). */
export default function MarketerHomePage() {
  useRoleGuard('marketer');
  const session = loadSession();
  const stores = useResource(listStores);

  return (
    <MarketerPage className="marketer-home">
      <View className="marketer-account">
        <View className="marketer-account__avatar">
          <Text>营</Text>
        </View>
        <View className="marketer-account__text">
          <Text className="marketer-account__name">总部营销账号</Text>
          <Text className="marketer-account__meta marketer-openid">
            {session?.openid ? `openid：${session.openid}` : '微信登录'}
          </Text>
          {session && <Text className="marketer-account__meta">登录有效期至 {formatDateZh(session.expiresAt)}</Text>}
        </View>
        <Text
          className="marketer-account__logout"
          onClick={() => {
            clearSession();
            void relaunch(routes.login);
          }}
        >
          退出
        </Text>
      </View>

      <View className="marketer-entries">
        {ENTRIES.map((entry) => (
          <View
            key={entry.key}
            className={`marketer-entry marketer-open-${entry.key}`}
            hoverClass="marketer-entry--pressed"
            onClick={() => void openPage(entry.route)}
          >
            <View className={`marketer-entry__icon marketer-entry__icon--${entry.key}`}>
              <Text>{entry.icon}</Text>
            </View>
            <View className="marketer-entry__text">
              <Text className="marketer-entry__title">{entry.title}</Text>
              <Text className="marketer-entry__hint">{entry.hint}</Text>
            </View>
            <Text className="marketer-entry__arrow">›</Text>
          </View>
        ))}
      </View>

      <InviteStaffForm stores={stores.data ?? []} />
    </MarketerPage>
  );
}
