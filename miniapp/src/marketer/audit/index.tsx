import { Text, View } from '@tarojs/components';
import type { auditEntryView } from '@app/shared';
import type * as z from 'zod';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { ListFooter } from '../../features/campaigns/components/ListFooter';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useMarketerList } from '../../features/campaigns/hooks/use-marketer-list';
import { listAudit } from '../../features/console/api/console';
import { actionName, actorName, changeLines, targetName } from '../../features/console/audit-words';
import { formatDateTime } from '../../lib/format';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';

type AuditEntry = z.infer<typeof auditEntryView>;
const auditId = (entry: AuditEntry) => entry.auditId;

/** 操作日志: every marketer action, newest first — who, what, on what, when, and before → after in a few words. */
export default function AuditPage() {
  useRoleGuard('marketer');
  const list = useMarketerList(listAudit, auditId);

  return (
    <MarketerPage className="audit-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">操作日志</Text>
          <Text className="marketer-head__sub">营销账号的每一次操作</Text>
        </View>
      </View>
      <View className="panel audit-list">
        {list.loading ? (
          [0, 1, 2, 3].map((row) => <Skeleton key={row} height={52} className="marketer-skeleton-row" />)
        ) : list.error ? (
          <ErrorState compact title="日志加载失败" message={list.error.message} onRetry={() => void list.refresh()} />
        ) : list.items.length === 0 ? (
          <EmptyState compact message="暂无数据" hint="还没有操作记录" className="audit-empty" />
        ) : (
          <>
            {list.items.map((entry) => (
              <View
                key={entry.auditId}
                className={`audit-row audit-row--${entry.action.replace(/\./g, '-')}`}
                data-action={entry.action}
                data-target-id={entry.target.id}
              >
                <View className="audit-row__head">
                  <Text className="audit-row__action">{actionName(entry.action)}</Text>
                  <Text className="audit-row__time">{formatDateTime(entry.at)}</Text>
                </View>
                <View className="audit-row__meta">
                  <Text>{actorName(entry.actor, entry.actorLabel)} · </Text>
                  {entry.target.kind === 'member' ? (
                    <Text
                      className="audit-row__target audit-open-member"
                      onClick={() => void openPage(routes.marketerMember, { memberId: entry.target.id })}
                    >
                      {targetName(entry.target, entry.targetLabel)} ›
                    </Text>
                  ) : (
                    <Text>{targetName(entry.target, entry.targetLabel)}</Text>
                  )}
                </View>
                {changeLines(entry.before, entry.after).map((line) => (
                  <Text key={line} className="audit-row__change">
                    {line}
                  </Text>
                ))}
              </View>
            ))}
            <ListFooter
              loadingMore={list.loadingMore}
              moreError={list.moreError}
              hasMore={list.hasMore}
              onMore={() => void list.loadMore()}
              end="没有更多记录了"
            />
          </>
        )}
      </View>
    </MarketerPage>
  );
}
