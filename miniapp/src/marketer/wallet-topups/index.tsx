import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { DateField, Segments, TextField } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { saveCsv } from '../../features/console/csv-export';
import { quickRange } from '../../features/console/dashboard-words';
import { useConsoleNames } from '../../features/marketer/hooks/use-console-names';
import { fetchTopupsCsv, listTopups, refundTopup, type TopupFilters } from '../../features/wallet/api/wallet-admin';
import { type AdminTopup, CHANNEL_LABELS, refundDone, refundTerms } from '../../features/wallet/topup-refund-words';
import { toApiError } from '../../lib/api-error';
import { formatTime, shortStoreName } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { usePagedList } from '../../lib/use-paged-list';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';
import '../../features/wallet/components/console-wallet.scss';

type Refunding = { topupId: string; step: 'reason' | 'confirm'; reason: string; error: string | null; busy: boolean };

/** 充值记录: paid top-ups by date, store and channel (newest first, page by page), CSV, and a refund with a reason. */
export default function WalletTopupsPage() {
  useRoleGuard('marketer');
  const names = useConsoleNames();
  const [filters, setFilters] = useState<TopupFilters>(() => ({ ...quickRange(30), storeId: null, channel: null }));
  const list = usePagedList<AdminTopup, string>(
    useCallback((key: string, cursor: string | null) => listTopups(JSON.parse(key) as TopupFilters, cursor), []),
    (topup) => topup.topupId,
    JSON.stringify(filters),
  );
  const [refunding, setRefunding] = useState<Refunding | null>(null);
  const keys = useRef(new Map<string, string>());
  const [exporting, setExporting] = useState(false);

  const filter = (patch: Partial<TopupFilters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    list.setFilter(JSON.stringify(next));
  };
  const exportCsv = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      const text = await fetchTopupsCsv(filters);
      const how = await saveCsv(
        text,
        `充值记录_${filters.from}_${filters.to}.csv`,
        `topups-${filters.from}-${filters.to}.csv`,
      );
      void Taro.showToast({ title: how === 'copied' ? '已复制 CSV 内容' : '已导出', icon: 'none' });
    } catch (caught) {
      void Taro.showToast({ title: toApiError(caught).message || '导出失败', icon: 'none' });
    } finally {
      setExporting(false);
    }
  };
  const refund = async (topup: AdminTopup) => {
    if (!refunding || refunding.busy) return;
    const key = keys.current.get(topup.topupId) ?? newIdempotencyKey('topup-refund');
    keys.current.set(topup.topupId, key);
    setRefunding({ ...refunding, busy: true, error: null });
    try {
      await refundTopup(topup.topupId, refunding.reason.trim(), key);
      setRefunding(null);
      await list.refresh();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) keys.current.delete(topup.topupId);
      setRefunding({ ...refunding, busy: false, error: error.message });
    }
  };

  const storeOptions = [
    { key: '', label: '全部门店' },
    ...names.stores.map((s) => ({ key: s.storeId, label: shortStoreName(s.name) })),
  ];
  return (
    <MarketerPage className="wallet-topups-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">充值记录</Text>
          <Text className="marketer-head__sub">已到账的充值，按到账时间从新到旧</Text>
        </View>
        <View
          className={`btn btn--ghost btn--small topups-export${exporting ? ' btn--disabled' : ''}`}
          onClick={() => void exportCsv()}
        >
          <Text>{exporting ? '导出中…' : '导出 CSV'}</Text>
        </View>
      </View>

      <View className="panel topup-filters">
        <DateField
          className="topup-filters__date topups-from"
          value={filters.from}
          placeholder="开始日期"
          onChange={(from) => filter({ from })}
        />
        <Text>至</Text>
        <DateField
          className="topup-filters__date topups-to"
          value={filters.to}
          placeholder="结束日期"
          onChange={(to) => filter({ to })}
        />
        <Segments
          prefix="topups-channel"
          options={[
            { key: '', label: '全部渠道' },
            { key: 'wechat', label: '微信支付' },
            { key: 'counter', label: '门店收银' },
          ]}
          value={filters.channel ?? ''}
          onChange={(channel) => filter({ channel: (channel || null) as TopupFilters['channel'] })}
        />
        <Segments
          prefix="topups-store"
          options={storeOptions}
          value={filters.storeId ?? ''}
          onChange={(storeId) => filter({ storeId: storeId || null })}
        />
      </View>

      <View className="panel topups-list">
        {list.loading ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={56} className="marketer-skeleton-row" />)
        ) : list.error ? (
          <ErrorState
            compact
            title="充值记录加载失败"
            message={list.error.message}
            onRetry={() => void list.refresh()}
          />
        ) : list.items.length === 0 ? (
          <EmptyState compact message="这段时间没有充值" hint="换个日期、门店或渠道试试" />
        ) : (
          list.items.map((topup) => {
            const open = refunding?.topupId === topup.topupId ? refunding : null;
            return (
              <View key={topup.topupId} className={`admin-row topup-row topup-row-${topup.topupId}`}>
                <View className="admin-row__text">
                  <Text className="admin-row__title">
                    {topup.nickname} · {topup.memberNo}
                  </Text>
                  <Text className="admin-row__meta">
                    {topup.title} · 实付 {formatFen(topup.payFen)}
                    {topup.bonusFen > 0 ? ` · 赠送 ${formatFen(topup.bonusFen)}` : ''}
                  </Text>
                  <Text className="admin-row__meta">
                    {CHANNEL_LABELS[topup.channel]}
                    {topup.storeId ? ` · ${names.storeNames[topup.storeId] ?? topup.storeId}` : ''}
                    {topup.receiptNo ? ` · 小票 ${topup.receiptNo}` : ''} ·{' '}
                    {topup.paidAt ? formatTime(topup.paidAt) : ''}
                  </Text>
                  {topup.remaining && (
                    <Text className="admin-row__meta topup-remaining">
                      剩余本金 {formatFen(topup.remaining.principalFen)} · 剩余赠送{' '}
                      {formatFen(topup.remaining.bonusFen)}
                    </Text>
                  )}
                  {topup.refund && <Text className="admin-row__meta topup-refunded">{refundDone(topup)}</Text>}
                  {open && (
                    <View className="topup-refund">
                      {open.step === 'reason' ? (
                        <TextField
                          className="topup-refund-reason"
                          value={open.reason}
                          placeholder="退款原因（必填），如 顾客要求退款"
                          maxlength={80}
                          onChange={(reason) => setRefunding({ ...open, reason, error: null })}
                        />
                      ) : (
                        <Text className="topup-refund__terms topup-refund-terms">{refundTerms(topup)}</Text>
                      )}
                      {open.error && <Text className="admin-error topup-refund-error">{open.error}</Text>}
                      <View className="topup-refund__actions">
                        <View
                          className={`btn btn--primary btn--small topup-refund-next${open.busy ? ' btn--disabled' : ''}`}
                          onClick={() =>
                            open.step === 'reason'
                              ? open.reason.trim()
                                ? setRefunding({ ...open, step: 'confirm' })
                                : setRefunding({ ...open, error: '请填写退款原因' })
                              : void refund(topup)
                          }
                        >
                          <Text>{open.step === 'reason' ? '下一步' : open.busy ? '退款中…' : '确认退款'}</Text>
                        </View>
                        <View
                          className="btn btn--ghost btn--small topup-refund-cancel"
                          onClick={() => setRefunding(null)}
                        >
                          <Text>取消</Text>
                        </View>
                      </View>
                    </View>
                  )}
                </View>
                <View className="admin-row__side">
                  <Text className={`admin-state topup-state${topup.status === 'refunded' ? ' admin-state--off' : ''}`}>
                    {topup.status === 'refunded' ? '已退款' : '已到账'}
                  </Text>
                  {topup.status === 'paid' && !open && (
                    <Text
                      className="admin-action admin-action--danger topup-refund-open"
                      onClick={() =>
                        setRefunding({ topupId: topup.topupId, step: 'reason', reason: '', error: null, busy: false })
                      }
                    >
                      退款
                    </Text>
                  )}
                </View>
              </View>
            );
          })
        )}
        {list.hasMore && !list.loading && (
          <Text className="topups-more" onClick={() => void list.loadMore()}>
            {list.loadingMore ? '加载中…' : list.moreError ? '加载失败，点此重试' : '加载更多'}
          </Text>
        )}
      </View>
    </MarketerPage>
  );
}
