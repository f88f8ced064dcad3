import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { AdjustPanel, TagsPanel } from '../../features/console/components/MemberEdits';
import { MemberHistory, MemberProfile } from '../../features/console/components/MemberParts';
import { useMember360 } from '../../features/console/hooks/use-member-360';
import { MEMBER_TABS, type MemberTab, tabCount } from '../../features/console/member-words';
import { MemberPlanPanel } from '../../features/plan-admin/components/MemberPlanPanel';
import { useRoleGuard } from '../../lib/use-role-guard';
import { MemberWalletPanel } from '../../features/wallet/components/MemberWalletPanel';
import '../../features/console/components/Console.scss';
import '../../features/plan-admin/components/plan-admin.scss';
import '../../features/marketer/components/AdminRows.scss';

/** 会员 360: profile, 调整积分, tags and segments, and the histories (ledger, coupons, purchases, orders, levels, badges). */
export default function MemberPage() {
  useRoleGuard('marketer');
  const { params } = useRouter();
  const memberId = params.memberId ?? '';
  const view = useMember360(memberId);
  const [tab, setTab] = useState<MemberTab>('ledger');
  const { data, error } = view.member;

  if (!data) {
    return (
      <MarketerPage className="member-page">
        {error ? (
          <View className="panel">
            <ErrorState title="会员信息加载失败" message={error.message} onRetry={() => void view.member.reload()} />
          </View>
        ) : (
          <View className="panel">
            <Skeleton height={56} />
            <Skeleton height={80} className="marketer-skeleton-row" />
          </View>
        )}
      </MarketerPage>
    );
  }

  return (
    <MarketerPage className="member-page">
      <View className="member-360">
        <View className="member-360__main">
          <MemberProfile member={data} />
          <View className="panel member-history">
            <View className="member-tabs">
              {MEMBER_TABS.map((one) => (
                <View
                  key={one.key}
                  className={`member-tab member-tab-${one.key}${tab === one.key ? ' member-tab--on' : ''}`}
                  onClick={() => setTab(one.key)}
                >
                  <Text>{one.label}</Text>
                  <Text className="member-tab__count">{tabCount(data, one.key)}</Text>
                </View>
              ))}
            </View>
            <MemberHistory member={data} tab={tab} />
          </View>
        </View>
        <View className="member-360__side">
          <MemberWalletPanel wallet={data.wallet} />
          <AdjustPanel
            draft={view.adjust.draft}
            errors={view.adjust.errors}
            pending={view.adjust.pending}
            problem={view.adjust.problem}
            canRetry={view.adjust.canRetry}
            done={view.adjust.done}
            outcome={view.adjust.outcome}
            debtBefore={data.profile.pointsDebt}
            onChange={view.adjust.change}
            onSubmit={() => void view.adjust.submit()}
          />
          <TagsPanel
            tags={view.tags.list}
            segments={data.segments}
            text={view.tags.text}
            error={view.tags.error}
            busy={view.tags.busy}
            onText={view.tags.setText}
            onAdd={view.tags.add}
            onRemove={view.tags.remove}
          />
          <MemberPlanPanel member={data} />
        </View>
      </View>
    </MarketerPage>
  );
}
