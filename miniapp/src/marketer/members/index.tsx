import { Input, Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { matchedByText, MemberRow } from '../../features/console/components/MemberParts';
import { RecentMembers } from '../../features/console/components/RecentMembers';
import { useMemberSearch } from '../../features/console/hooks/use-member-search';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';

/** 会员查询: who joined last until something is typed, then by member number, phone or nickname; a row opens the 360. */
export default function MembersPage() {
  useRoleGuard('marketer');
  const search = useMemberSearch();
  const { result } = search;
  const open = (member: { memberId: string }) => void openPage(routes.marketerMember, { memberId: member.memberId });
  const showRecent = search.searched === null || search.text.trim() === '';

  return (
    <MarketerPage className="members-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">会员查询</Text>
          <Text className="marketer-head__sub">会员号、手机号或昵称</Text>
        </View>
      </View>
      <View className="panel members-search-panel">
        <View className="search-bar">
          <Input
            className="field search-bar__input members-search"
            value={search.text}
            placeholder="如 10000001 / 13800138000 / 拿铁"
            confirmType="search"
            maxlength={40}
            onInput={(event) => search.setText(event.detail.value)}
            onConfirm={() => void search.search()}
          />
          <View
            className="btn btn--primary btn--small search-bar__button members-search-submit"
            hoverClass="btn--pressed"
            onClick={() => void search.search()}
          >
            <Text>查询</Text>
          </View>
        </View>
        {search.hint && <Text className="form-field__error members-search-hint">{search.hint}</Text>}
      </View>

      {showRecent && <RecentMembers onOpen={open} />}
      {!showRecent && (
        <View className="panel members-results">
          {search.loading && !result ? (
            [0, 1, 2].map((row) => <Skeleton key={row} height={52} className="marketer-skeleton-row" />)
          ) : search.error ? (
            <ErrorState
              compact
              title="查询失败"
              message={search.error.message}
              onRetry={() => void search.search(search.searched ?? undefined)}
            />
          ) : result && result.items.length === 0 ? (
            <EmptyState
              compact
              message="没有找到会员"
              hint={`没有与「${search.searched}」匹配的会员`}
              className="members-empty"
            />
          ) : result ? (
            <>
              <View className="panel__title">
                <Text>查询结果</Text>
                <Text className="panel__hint members-matched-by">
                  {matchedByText(result.matchedBy)} · {result.items.length} 位
                </Text>
              </View>
              {result.items.map((member) => (
                <MemberRow key={member.memberId} member={member} onOpen={open} />
              ))}
            </>
          ) : null}
        </View>
      )}
    </MarketerPage>
  );
}
