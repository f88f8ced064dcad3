import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { badgeCatalog, type CalendarResponse, type CheckinResult } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, toApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { openPage, routes } from '../../../lib/routes';
import { askToSubscribe, loadSubscribeTemplates, subscribeToast } from '../../../lib/subscribe-messages';
import { useResource } from '../../../lib/use-resource';
import { getMe } from '../../member-card/api/member';
import { checkInToday, getCheckinCalendar, makeupCheckin, setCheckinReminder } from '../api/checkin';
import { type CalendarCell, makeupConfirmText } from '../calendar';

export const ALREADY_CHECKED_MESSAGE = '今天已经签到过了';

/** What the points animation shows; `key` restarts the CSS animation on every new check-in. */
export interface PointsBurst {
  key: number;
  points: number;
  taskPoints: number;
}

const badgeName = (code: string) => badgeCatalog.find((badge) => badge.code === code)?.name ?? code;

/** After a check-in or 补签 that earned badges: a small dialog that leads to the badge wall. */
export async function announceBadges(codes: readonly string[] | undefined): Promise<void> {
  if (!codes || codes.length === 0) return;
  const { confirm } = await Taro.showModal({
    title: '获得新勋章',
    content: `恭喜获得「${codes.map(badgeName).join('」「')}」勋章`,
    confirmText: '去看看',
    cancelText: '知道了',
    confirmColor: '#6f4e37',
  });
  if (confirm) await openPage(routes.badges);
}

/**
 * The 签到 page: the viewed month's calendar (with streak, rules and next bonus), today's check-in with its
 * points burst, 补签 of missed days, the reminder switch. Reloads on show and on pull-down.
 */
export function useCheckin() {
  const [month, setMonth] = useState<string | undefined>(undefined);
  const monthRef = useRef(month);
  monthRef.current = month;
  const calendar = useResource(() => getCheckinCalendar(monthRef.current), { immediate: false });
  const me = useResource(getMe, { immediate: false });
  const [shown, setShown] = useState<CalendarResponse | null>(null);
  const [pending, setPending] = useState<'checkin' | 'makeup' | 'reminder' | null>(null);
  const [burst, setBurst] = useState<PointsBurst | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reminder, setReminder] = useState<boolean | null>(null);
  const burstKey = useRef(0);

  useEffect(() => {
    if (calendar.data) setShown(calendar.data);
  }, [calendar.data]);

  const reload = useCallback(() => Promise.all([calendar.reload(), me.reload()]).then(() => undefined), [calendar, me]);

  useDidShow(() => {
    void reload();
    void loadSubscribeTemplates().catch(() => undefined);
  });
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const showMonth = useCallback(
    (next: string) => {
      monthRef.current = next;
      setMonth(next);
      void calendar.reload();
    },
    [calendar],
  );

  const checkIn = useCallback(async () => {
    if (pending) return;
    if (shown?.todayChecked) {
      setMessage(ALREADY_CHECKED_MESSAGE);
      return;
    }
    setPending('checkin');
    setMessage(null);
    let result: CheckinResult | null = null;
    try {
      result = await checkInToday();
      burstKey.current += 1;
      setBurst({ key: burstKey.current, points: result.points, taskPoints: result.taskPoints ?? 0 });
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code === 'CHECKIN_ALREADY_DONE') setMessage(ALREADY_CHECKED_MESSAGE);
      else void Taro.showToast({ title: error.message, icon: 'none', duration: 2500 });
    } finally {
      setPending(null);
    }
    // Back to today's month so the new tick is visible.
    if (shown && shown.month !== shown.today.slice(0, 7)) {
      monthRef.current = undefined;
      setMonth(undefined);
    }
    await Promise.all([calendar.reload(), me.reload()]);
    if (result?.badges?.length) setTimeout(() => void announceBadges(result?.badges), 1200);
  }, [calendar, me, pending, shown]);

  const makeup = useCallback(
    async (cell: CalendarCell) => {
      if (!shown || pending || !cell.canMakeup) return;
      if (shown.makeupsLeft <= 0) {
        void Taro.showToast({ title: '本月补签次数已用完', icon: 'none' });
        return;
      }
      const { confirm } = await Taro.showModal({
        title: `补签 ${Number(cell.date.slice(5, 7))}月${cell.day}日`,
        content: makeupConfirmText(shown.rules, shown.makeupsLeft),
        confirmText: '确认补签',
        confirmColor: '#6f4e37',
      });
      if (!confirm) return;
      setPending('makeup');
      try {
        const result = await makeupCheckin(cell.date);
        void Taro.showToast({ title: `补签成功 +${result.points} 积分`, icon: 'none' });
        await Promise.all([calendar.reload(), me.reload()]);
        if (result.badges?.length) setTimeout(() => void announceBadges(result.badges), 1200);
      } catch (caught) {
        const error = toApiError(caught);
        await Taro.showModal({ title: '无法补签', content: error.message, showCancel: false, confirmColor: '#6f4e37' });
        if (error instanceof ApiError && error.status === 409) void calendar.reload();
      } finally {
        setPending(null);
      }
    },
    [calendar, me, pending, shown],
  );

  const reminderOn = reminder ?? shown?.reminder ?? false;
  const toggleReminder = useCallback(async () => {
    if (pending === 'reminder') return;
    const next = !reminderOn;
    // WeChat only lets a page ask for subscribe messages inside a tap, so ask first, then store the choice.
    // Each acceptance allows one reminder: the switch stays on either way, and a refusal is said plainly.
    const asked = next ? await askToSubscribe(['checkin-reminder']) : null;
    setPending('reminder');
    setReminder(next);
    try {
      const saved = await setCheckinReminder(next);
      setReminder(saved.checkin);
      const told = asked?.kind === 'rejected' || asked?.kind === 'off' ? subscribeToast(asked) : null;
      void Taro.showToast({
        title: told ?? (saved.checkin ? '已开启签到提醒' : '已关闭签到提醒'),
        icon: 'none',
        duration: told ? 3000 : 1500,
      });
    } catch (caught) {
      setReminder(!next);
      void Taro.showToast({ title: toApiError(caught).message, icon: 'none', duration: 2500 });
    } finally {
      setPending(null);
    }
  }, [pending, reminderOn]);

  const joinedOn = me.data ? formatDate(me.data.joinedAt) : null;
  const minMonth = joinedOn ? joinedOn.slice(0, 7) : null;

  return {
    calendar: { ...calendar, data: shown },
    me,
    joinedOn,
    minMonth,
    pending,
    burst,
    message,
    reminderOn,
    reload,
    showMonth,
    checkIn,
    makeup,
    toggleReminder,
  };
}
