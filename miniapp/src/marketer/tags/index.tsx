import { Text, View } from '@tarojs/components';
import type { bulkTagResponse } from '@app/shared';
import { useState } from 'react';
import type * as z from 'zod';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { FormField, Segments, TextArea, TextField } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { bulkTag, listTags } from '../../features/console/api/console';
import { audienceParams } from '../../features/console/dashboard-words';
import { readMemberNos, readTag } from '../../features/console/member-words';
import { toApiError } from '../../lib/api-error';
import { formatNumber } from '../../lib/format';
import { openPage, routes } from '../../lib/routes';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';

type BulkResult = z.infer<typeof bulkTagResponse>;
const ACTIONS = [
  { key: 'add' as const, label: '添加标签' },
  { key: 'remove' as const, label: '移除标签' },
];

/** 标签: manual tags and automatic segments with their member counts (each can be targeted), and bulk tagging by pasted member numbers. */
export default function TagsPage() {
  useRoleGuard('marketer');
  const tags = usePageResource(listTags);
  const [tag, setTag] = useState('');
  const [action, setAction] = useState<'add' | 'remove'>('add');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ tag?: string; memberNos?: string }>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const nos = readMemberNos(text);

  const submit = async () => {
    if (pending) return;
    const readTagResult = readTag(tag);
    const next: typeof errors = {};
    if (!readTagResult.ok) next.tag = readTagResult.error;
    if (nos.valid.length === 0) next.memberNos = '请粘贴会员号，每行一个';
    else if (nos.valid.length > 10_000) next.memberNos = '一次最多 10,000 个会员号';
    setErrors(next);
    if (!readTagResult.ok || Object.keys(next).length > 0) return;
    setPending(true);
    setProblem(null);
    setResult(null);
    try {
      const answer = await bulkTag({ tag: readTagResult.tag, action, memberNos: nos.valid });
      setResult(answer);
      void tags.reload();
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setPending(false);
    }
  };

  const items = tags.data?.items ?? [];
  const segments = items.filter((item) => item.kind === 'segment');
  const manual = items.filter((item) => item.kind === 'manual');

  const list = (rows: typeof items, empty: string) =>
    rows.length === 0 ? (
      <Text className="member-history-empty muted">{empty}</Text>
    ) : (
      rows.map((item) => (
        <View key={item.tag} className={`tags-row tags-row--${item.kind}`} data-tag={item.tag}>
          <Text className="tags-row__name">{item.name}</Text>
          <Text className="tags-row__count">{formatNumber(item.count)} 人</Text>
          {item.count > 0 && (
            <Text
              className="tags-row__target tags-target"
              onClick={() =>
                void openPage(
                  routes.marketerCampaignNew,
                  audienceParams(
                    item.kind === 'segment' ? { segments: [item.tag.replace(/^segment:/, '')] } : { tags: [item.tag] },
                  ),
                )
              }
            >
              发券 ›
            </Text>
          )}
        </View>
      ))
    );

  return (
    <MarketerPage className="tags-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">标签</Text>
          <Text className="marketer-head__sub">自动分群每晚更新；手动标签可批量添加</Text>
        </View>
      </View>

      <View className="panel tags-list">
        {tags.loading && !tags.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={36} className="marketer-skeleton-row" />)
        ) : tags.error && !tags.data ? (
          <ErrorState compact title="标签加载失败" message={tags.error.message} onRetry={() => void tags.reload()} />
        ) : items.length === 0 ? (
          <EmptyState compact message="暂无数据" hint="还没有标签和分群" className="tags-empty" />
        ) : (
          <>
            <View className="panel__title">
              <Text>自动分群</Text>
              <Text className="panel__hint">RFM</Text>
            </View>
            {list(segments, '暂无分群')}
            <View className="panel__title tags-manual-title">
              <Text>手动标签</Text>
              <Text className="panel__hint">{manual.length} 个</Text>
            </View>
            {list(manual, '还没有手动标签')}
          </>
        )}
      </View>

      <View className="panel bulk-tag">
        <View className="panel__title">
          <Text>批量打标签</Text>
          <Text className="panel__hint">粘贴会员号</Text>
        </View>
        <Segments prefix="bulk-action" options={ACTIONS} value={action} onChange={setAction} />
        <FormField prefix="bulk" name="tag" label="标签" error={errors.tag}>
          <TextField
            className="bulk-tag-name"
            value={tag}
            placeholder="如 咖啡达人"
            maxlength={20}
            onChange={(value) => {
              setTag(value);
              setErrors((e) => ({ ...e, tag: undefined }));
            }}
          />
        </FormField>
        <FormField
          prefix="bulk"
          name="member-nos"
          label="会员号"
          hint={
            nos.valid.length > 0
              ? `已识别 ${formatNumber(nos.valid.length)} 个${nos.invalid.length > 0 ? `，${nos.invalid.length} 个格式不对` : ''}`
              : '每行一个，或用逗号分开'
          }
          error={errors.memberNos}
        >
          <TextArea
            className="bulk-member-nos"
            value={text}
            placeholder={'10000001\n10000002'}
            onChange={(value) => {
              setText(value);
              setErrors((e) => ({ ...e, memberNos: undefined }));
            }}
          />
        </FormField>
        {nos.invalid.length > 0 && (
          <Text className="form-field__error bulk-invalid">
            格式不对（不会提交）：{nos.invalid.slice(0, 5).join('、')}
            {nos.invalid.length > 5 ? ' 等' : ''}
          </Text>
        )}
        {problem && <Text className="form-error bulk-error">{problem}</Text>}
        {result && (
          <View className="bulk-result">
            <Text className="bulk-result__line bulk-matched">
              匹配 {formatNumber(result.matched)} 位会员，{result.action === 'add' ? '新打上' : '移除'}「{result.tag}」
              {formatNumber(result.changed)} 位
            </Text>
            {result.unknown.length > 0 ? (
              <Text className="bulk-unknown">
                未找到 {result.unknown.length} 个会员号：{result.unknown.slice(0, 20).join('、')}
                {result.unknown.length > 20 ? ' 等' : ''}
              </Text>
            ) : (
              <Text className="bulk-result__line muted">所有会员号都已找到</Text>
            )}
          </View>
        )}
        <View
          className={`btn btn--primary form-submit bulk-submit${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void submit()}
        >
          <Text>{pending ? '提交中…' : action === 'add' ? '批量添加' : '批量移除'}</Text>
        </View>
      </View>
    </MarketerPage>
  );
}
