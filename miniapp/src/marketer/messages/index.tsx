import { Input, Text, View } from '@tarojs/components';
import { addDaysToDate, type OutboxMessageView } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { Chips } from '../../features/campaigns/components/FormParts';
import { ListFooter } from '../../features/campaigns/components/ListFooter';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useMarketerList } from '../../features/campaigns/hooks/use-marketer-list';
import { listOutbox } from '../../features/console/api/console';
import {
  NOTICE_FILTERS,
  noticeTitle,
  OUTBOX_STATUS_WORDS,
  reasonWords,
  STATUS_FILTERS,
} from '../../features/console/outbox-words';
import { formatDateTime, formatDayLabel, todayInProgram } from '../../lib/format';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';

const messageId = (message: OutboxMessageView) => message.messageId;

/** 消息: the subscribe messages written on a day, whether each reached the member's phone, and why not. */
export default function MessagesPage() {
  useRoleGuard('marketer');
  const [date, setDate] = useState(todayInProgram());
  const [status, setStatus] = useState('all');
  const [notice, setNotice] = useState('all');
  const [memberText, setMemberText] = useState('');
  const [memberNo, setMemberNo] = useState('');
  const filters = {
    date,
    status: status === 'all' ? undefined : status,
    templateKey: notice === 'all' ? undefined : notice,
    memberNo: memberNo || undefined,
  };
  const list = useMarketerList((cursor) => listOutbox(filters, cursor), messageId);
  const first = useRef(true);
  const key = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again whenever a filter changes
  useEffect(() => {
    if (first.current) first.current = false;
    else void list.refresh();
  }, [key]);
  const applyMember = () => setMemberNo(/^\d{8}$/.test(memberText.trim()) ? memberText.trim() : '');
  const memberHint = memberText.trim() && !/^\d{8}$/.test(memberText.trim()) ? '会员号是 8 位数字' : null;

  return (
    <MarketerPage className="messages-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">消息</Text>
          <Text className="marketer-head__sub">发给会员的订阅消息：是否送达，没送达的原因</Text>
        </View>
      </View>
      <View className="panel messages-filters">
        <View className="messages-day">
          <Text className="messages-day__step messages-prev-day" onClick={() => setDate(addDaysToDate(date, -1))}>
            ‹ 前一天
          </Text>
          <Text className="messages-day__label">{formatDayLabel(date)}</Text>
          <Text
            className={`messages-day__step messages-next-day${date >= todayInProgram() ? ' messages-day__step--off' : ''}`}
            onClick={() => date < todayInProgram() && setDate(addDaysToDate(date, 1))}
          >
            后一天 ›
          </Text>
        </View>
        <Chips prefix="messages-status" options={STATUS_FILTERS} chosen={[status]} onToggle={setStatus} />
        <Chips prefix="messages-notice" options={NOTICE_FILTERS} chosen={[notice]} onToggle={setNotice} />
        <View className="search-bar">
          <Input
            className="field search-bar__input messages-member"
            value={memberText}
            placeholder="按会员号筛选，如 10000001"
            type="number"
            maxlength={8}
            onInput={(event) => setMemberText(event.detail.value)}
            onConfirm={applyMember}
          />
          <View className="btn btn--small search-bar__button messages-member-apply" onClick={applyMember}>
            <Text>{memberNo && memberNo === memberText.trim() ? '已筛选' : '筛选'}</Text>
          </View>
        </View>
        {memberHint && <Text className="form-field__error">{memberHint}</Text>}
      </View>
      <View className="panel messages-list">
        {list.loading ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={64} className="marketer-skeleton-row" />)
        ) : list.error ? (
          <ErrorState compact title="消息加载失败" message={list.error.message} onRetry={() => void list.refresh()} />
        ) : list.items.length === 0 ? (
          <EmptyState
            compact
            message="这一天没有符合条件的消息"
            hint="换一天或放宽筛选试试"
            className="messages-empty"
          />
        ) : (
          <>
            {list.items.map((message) => (
              <View key={message.messageId} className={`message-row message-row--${message.status}`}>
                <View className="message-row__head">
                  <Text className="message-row__title">{noticeTitle(message.templateKey)}</Text>
                  <Text className={`message-status message-status--${message.status}`}>
                    {OUTBOX_STATUS_WORDS[message.status]}
                  </Text>
                </View>
                <Text className="message-row__body">{message.body}</Text>
                <Text className="message-row__meta">
                  会员 {message.memberNo ?? '已注销'} · 写入 {formatDateTime(message.createdAt)}
                  {message.sentAt ? ` · 送达 ${formatDateTime(message.sentAt)}` : ''}
                </Text>
                {message.reason && message.status !== 'sent' && (
                  <Text className="message-row__reason">{reasonWords(message.reason)}</Text>
                )}
              </View>
            ))}
            <ListFooter
              loadingMore={list.loadingMore}
              moreError={list.moreError}
              hasMore={list.hasMore}
              onMore={() => void list.loadMore()}
              end="没有更多消息了"
            />
          </>
        )}
      </View>
    </MarketerPage>
  );
}
