import Taro, { useDidHide, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { CampaignView } from '@app/shared';
import { useCallback, useEffect, useState } from 'react';
import { unansweredMessage } from '../../../lib/api-error';
import { useOnceOnlyEach } from '../../../lib/use-once-only';
import { useResource } from '../../../lib/use-resource';
import { momentText } from '../../coupons/coupon-words';
import { cancelCampaign, getCampaign, launchCampaign } from '../api/campaigns';
import { recentCampaign, rememberCampaign } from '../campaign-cache';
import { CANCELLABLE } from '../campaign-words';

/** How often a campaign being sent (`dispatching`) is read again while its page is on screen. */
export const CAMPAIGN_POLL_MS = 2000;

export function useCampaignParams(): string {
  const { params } = useRouter();
  return decodeURIComponent(params.campaignId ?? '');
}

type Action = 'launch' | 'cancel';

/** Keys say what they are for: `launch-…`, `cancel-…`. */
const keyPrefix = (action: string) => action;

/** What 启动 / 取消 asks before it is done. */
function confirmation(campaign: CampaignView, action: Action): { title: string; content: string; confirmText: string } {
  if (action === 'cancel') {
    return {
      title: '取消活动',
      content: `确定取消「${campaign.name}」吗？${campaign.kind === 'claim' ? '领券中心将不再展示这个活动，' : '尚未发出的券将不再发放，'}取消后不能恢复。`,
      confirmText: '确定取消',
    };
  }
  const what = `「${campaign.template.title}」`;
  const content =
    campaign.kind === 'claim'
      ? `启动后，符合条件的会员即可在领券中心领取${what}。`
      : campaign.scheduleAt
        ? `启动后，将于 ${momentText(campaign.scheduleAt)} 向符合条件的会员发放${what}${campaign.notify ? '，并发送到账通知' : ''}。`
        : `启动后，将立即向符合条件的会员发放${what}${campaign.notify ? '，并发送到账通知' : ''}，发出的券不能撤回。`;
  return { title: `启动「${campaign.name}」`, content, confirmText: '确定启动' };
}

/**
 * One campaign: shown at once when this session just created it, read on show and on pull-down, and every 2 s while
 * it is being sent (the progress bar and the results move). 启动 and 取消活动 ask first; each makes its
 * Idempotency-Key on the confirmation and reuses it for 重试 after a try without an answer.
 */
export function useCampaign(campaignId: string) {
  const resource = useResource(() => getCampaign(campaignId), { immediate: false });
  const [campaign, setCampaign] = useState<CampaignView | null>(() => recentCampaign(campaignId));
  const [visible, setVisible] = useState(true);
  const [actionError, setActionError] = useState<string | null>(null);
  const once = useOnceOnlyEach(keyPrefix);
  const { submit: sendOnce, awaitsRetry, isBusy } = once;
  const { reload } = resource;

  useEffect(() => {
    if (resource.data) {
      setCampaign(resource.data);
      rememberCampaign(resource.data);
    }
  }, [resource.data]);

  useDidShow(() => {
    setVisible(true);
    if (campaignId) void reload();
  });
  useDidHide(() => setVisible(false));
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const dispatching = campaign?.status === 'dispatching';
  useEffect(() => {
    if (!dispatching || !visible) return undefined;
    const timer = setInterval(() => void reload(), CAMPAIGN_POLL_MS);
    return () => clearInterval(timer);
  }, [dispatching, visible, reload]);

  const act = useCallback(
    async (action: Action) => {
      if (isBusy('launch') || isBusy('cancel') || !campaign) return;
      if (action === 'launch' && campaign.status !== 'draft') return;
      if (action === 'cancel' && !CANCELLABLE.includes(campaign.status)) return;
      if (!awaitsRetry(action)) {
        const ask = confirmation(campaign, action);
        const { confirm } = await Taro.showModal({
          title: ask.title,
          content: ask.content,
          confirmText: ask.confirmText,
          cancelText: '再想想',
          confirmColor: action === 'cancel' ? '#b4432f' : '#6f4e37',
        });
        if (!confirm) return;
      }
      setActionError(null);
      const outcome = await sendOnce(action, action, (key) =>
        action === 'launch' ? launchCampaign(campaignId, key) : cancelCampaign(campaignId, key),
      );
      if (outcome.kind === 'done') {
        setCampaign(outcome.value);
        rememberCampaign(outcome.value);
        void Taro.showToast({
          title: action === 'launch' ? '活动已启动' : '活动已取消',
          icon: 'success',
          duration: 1500,
        });
      } else if (outcome.kind === 'no-answer') setActionError(unansweredMessage(outcome.error));
      else if (outcome.kind === 'refused') {
        setActionError(outcome.error.message);
        void reload();
      }
    },
    [awaitsRetry, campaign, campaignId, isBusy, reload, sendOnce],
  );

  const acting: Action | null = once.stateOf('launch').pending
    ? 'launch'
    : once.stateOf('cancel').pending
      ? 'cancel'
      : null;
  const retry: Action | null = once.stateOf('launch').canRetry
    ? 'launch'
    : once.stateOf('cancel').canRetry
      ? 'cancel'
      : null;

  return {
    campaign,
    error: campaign ? null : resource.error,
    reload,
    launch: () => act('launch'),
    cancel: () => act('cancel'),
    acting,
    actionError,
    retry,
  };
}
