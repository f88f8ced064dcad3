import { Text, View } from '@tarojs/components';
import type { CouponTemplateView } from '@app/shared';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import type { Resource } from '../../../lib/use-resource';
import type { ConsoleNames } from '../../marketer/hooks/use-console-names';
import type { AudienceDraft, AudienceErrors } from '../audience-form';
import type { CampaignDraft, CampaignErrors } from '../campaign-form';
import type { AudiencePreviewState } from '../hooks/use-audience-preview';
import { AudienceBuilder } from './AudienceBuilder';
import { DateField, FormField, Segments, TextField, Toggle } from './FormParts';
import { TemplateRow } from './TemplateRow';
import './CampaignForm.scss';

const KINDS = [
  { key: 'push', label: '定向发券' },
  { key: 'claim', label: '领券中心' },
] as const;

const SEND = [
  { key: 'now', label: '启动后立即发送' },
  { key: 'schedule', label: '定时发送' },
] as const;

export interface CampaignFormProps {
  draft: CampaignDraft;
  errors: CampaignErrors;
  audienceDraft: AudienceDraft;
  audienceErrors: AudienceErrors;
  audienceInvalid: boolean;
  preview: AudiencePreviewState;
  templates: Resource<{ items: CouponTemplateView[] }>;
  names: ConsoleNames;
  pending: boolean;
  problem: string | null;
  canRetry: boolean;
  onChange: (patch: Partial<CampaignDraft>) => void;
  onAudienceChange: (patch: Partial<AudienceDraft>) => void;
  onNewTemplate: () => void;
  onSubmit: () => void;
}

function TemplatePicker({
  templates,
  storeNames,
  picked,
  error,
  onPick,
  onNew,
}: {
  templates: CampaignFormProps['templates'];
  storeNames: ConsoleNames['storeNames'];
  picked: string | null;
  error?: string;
  onPick: (templateId: string) => void;
  onNew: () => void;
}) {
  const items = templates.data?.items ?? [];
  return (
    <FormField prefix="campaign" name="template" label="发放的优惠券" error={error}>
      {!templates.data && templates.error ? (
        <ErrorState compact message={templates.error.message} onRetry={() => void templates.reload()} />
      ) : !templates.data ? (
        <Skeleton height={56} radius={12} />
      ) : items.length === 0 ? (
        <Text className="campaign-form__none">还没有优惠券模板，先新建一个</Text>
      ) : (
        <View className="campaign-form__templates">
          {items.map((template) => (
            <View
              key={template.templateId}
              className={`campaign-template campaign-template-${template.templateId}`}
              data-template-id={template.templateId}
            >
              <TemplateRow
                template={template}
                storeNames={storeNames}
                picked={template.templateId === picked}
                onPick={(one) => onPick(one.templateId)}
              />
            </View>
          ))}
        </View>
      )}
      <Text className="campaign-form__link campaign-new-template" onClick={onNew}>
        ＋ 新建优惠券模板
      </Text>
    </FormField>
  );
}

/**
 * 新建营销活动: name and kind (定向发券 pushes coupons to an audience, now or at a moment, 券到账 optional; 领券中心
 * offers them to claim, with stock, a per-member limit, a window and a budget), the coupon template, the audience
 * with its live count, and 创建 (a draft, launched from its page).
 */
export function CampaignForm(props: CampaignFormProps) {
  const { draft, errors, pending, problem, canRetry, onChange } = props;
  return (
    <View className="campaign-form">
      <View className="panel">
        <FormField prefix="campaign" name="name" label="活动名称" error={errors.name}>
          <TextField
            className="campaign-name"
            value={draft.name}
            placeholder="如 普通会员回馈"
            maxlength={40}
            onChange={(name) => onChange({ name })}
          />
        </FormField>
        <FormField
          prefix="campaign"
          name="kind"
          label="活动方式"
          hint={draft.kind === 'push' ? '直接发到会员券包' : '会员在领券中心自己领'}
        >
          <Segments prefix="campaign-kind" options={KINDS} value={draft.kind} onChange={(kind) => onChange({ kind })} />
        </FormField>
        <TemplatePicker
          templates={props.templates}
          storeNames={props.names.storeNames}
          picked={draft.templateId}
          error={errors.template}
          onPick={(templateId) => onChange({ templateId })}
          onNew={props.onNewTemplate}
        />
      </View>

      <View className="panel">
        <View className="panel__title">
          <Text>{draft.kind === 'push' ? '发给谁' : '谁可以领'}</Text>
          <Text className="panel__hint">所有条件同时满足；都不填为全部会员</Text>
        </View>
        <AudienceBuilder
          draft={props.audienceDraft}
          errors={props.audienceErrors}
          levels={props.names.levels}
          stores={props.names.stores}
          preview={props.preview}
          invalid={props.audienceInvalid}
          onChange={props.onAudienceChange}
        />
      </View>

      <View className="panel">
        <View className="panel__title">
          <Text>{draft.kind === 'push' ? '发送设置' : '领取设置'}</Text>
        </View>
        {draft.kind === 'push' ? (
          <>
            <FormField prefix="campaign" name="schedule" label="发送时间" error={errors.schedule}>
              <Segments
                prefix="campaign-send"
                options={SEND}
                value={draft.sendMode}
                onChange={(sendMode) => onChange({ sendMode })}
              />
              {draft.sendMode === 'schedule' && (
                <View className="form-row campaign-form__when">
                  <DateField
                    className="campaign-schedule-date"
                    value={draft.scheduleDate}
                    placeholder="如 2026-12-01"
                    onChange={(scheduleDate) => onChange({ scheduleDate })}
                  />
                  <DateField
                    className="campaign-schedule-time"
                    mode="time"
                    value={draft.scheduleTime}
                    placeholder="如 10:00"
                    onChange={(scheduleTime) => onChange({ scheduleTime })}
                  />
                </View>
              )}
            </FormField>
            <View className="form-field">
              <Toggle
                className="campaign-notify"
                on={draft.notify}
                label="券到账通知"
                hint="发放后通过服务通知告诉会员"
                onToggle={() => onChange({ notify: !draft.notify })}
              />
            </View>
          </>
        ) : (
          <>
            <View className="form-row">
              <FormField prefix="campaign" name="stock" label="发放总量（张）" optional error={errors.stock}>
                <TextField
                  className="campaign-stock"
                  value={draft.stock}
                  placeholder="不限量"
                  number
                  onChange={(stock) => onChange({ stock })}
                />
              </FormField>
              <FormField prefix="campaign" name="per-member-limit" label="每人限领（张）" error={errors.perMemberLimit}>
                <TextField
                  className="campaign-per-member"
                  value={draft.perMemberLimit}
                  placeholder="1"
                  number
                  onChange={(perMemberLimit) => onChange({ perMemberLimit })}
                />
              </FormField>
            </View>
            <View className="form-row">
              <FormField prefix="campaign" name="claim-from" label="领取开始" optional error={errors.claimFrom}>
                <DateField
                  className="campaign-claim-from"
                  value={draft.claimFrom}
                  placeholder="启动即开始"
                  onChange={(claimFrom) => onChange({ claimFrom })}
                />
              </FormField>
              <FormField
                prefix="campaign"
                name="claim-until"
                label="领取结束（含当天）"
                optional
                error={errors.claimUntil}
              >
                <DateField
                  className="campaign-claim-until"
                  value={draft.claimUntil}
                  placeholder="不限"
                  onChange={(claimUntil) => onChange({ claimUntil })}
                />
              </FormField>
            </View>
            <FormField
              prefix="campaign"
              name="budget"
              label="预算（元）"
              optional
              hint="按券面值计，发完即止"
              error={errors.budget}
            >
              <TextField
                className="campaign-budget"
                value={draft.budget}
                placeholder="不限"
                money
                onChange={(budget) => onChange({ budget })}
              />
            </FormField>
          </>
        )}
      </View>

      {problem && <Text className="form-error campaign-form-error">{problem}</Text>}
      <View
        className={`btn btn--primary form-submit campaign-create${pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={props.onSubmit}
      >
        <Text>{pending ? '创建中…' : canRetry ? '重试创建' : '创建活动'}</Text>
      </View>
      <Text className="campaign-form__after">创建后为草稿，确认无误再启动</Text>
    </View>
  );
}
