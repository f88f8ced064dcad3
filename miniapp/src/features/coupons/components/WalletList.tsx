import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import type { PagedList } from '../../../lib/use-paged-list';
import { WALLET_TABS, type WalletTab } from '../wallet-tabs';
import { CouponCard } from './CouponCard';
import './WalletList.scss';

export function CouponListSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <View className="coupon-skeleton">
      {Array.from({ length: rows }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: skeleton rows have no identity but their place
        <View className="coupon-skeleton__row" key={row}>
          <Skeleton width={96} height={104} radius={0} />
          <View className="coupon-skeleton__text">
            <Skeleton width={48} height={14} />
            <View className="coupon-skeleton__gap" />
            <Skeleton width="75%" height={16} />
            <View className="coupon-skeleton__gap" />
            <Skeleton width="55%" height={12} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** The coupons of the chosen tab, with what the bottom says; nothing usable → a way to 领券中心. */
export function WalletList({
  list,
  onOpen,
  onOpenCenter,
}: {
  list: PagedList<CouponView, WalletTab>;
  onOpen: (coupon: CouponView) => void;
  onOpenCenter: () => void;
}) {
  const { items, loading, loadingMore, hasMore, error, moreError } = list;
  if (loading) return <CouponListSkeleton />;
  if (error)
    return <ErrorState compact title="优惠券加载失败" message={error.message} onRetry={() => void list.refresh()} />;
  if (items.length === 0) {
    const tab = WALLET_TABS.find((candidate) => candidate.key === list.filter) ?? WALLET_TABS[0]!;
    return (
      <View className="panel coupons-empty">
        <EmptyState
          compact
          message={tab.empty}
          hint={tab.key === 'available' ? '去领券中心看看有没有新券' : undefined}
        />
        <View
          className="btn btn--primary btn--small coupons-empty__go coupons-empty-center"
          hoverClass="btn--pressed"
          onClick={onOpenCenter}
        >
          <Text>去领券中心</Text>
        </View>
      </View>
    );
  }
  const now = Date.now();
  return (
    <View className="coupon-list">
      {items.map((coupon) => (
        <CouponCard coupon={coupon} now={now} key={coupon.couponId} onOpen={onOpen} />
      ))}
      <View className="coupon-list__footer">
        {loadingMore ? (
          <Text>加载中…</Text>
        ) : moreError ? (
          <Text className="coupon-list__retry" onClick={() => void list.loadMore()}>
            {moreError.message}，点此重试
          </Text>
        ) : hasMore ? (
          <Text className="coupon-list__more" onClick={() => void list.loadMore()}>
            上拉加载更多
          </Text>
        ) : (
          <Text>没有更多优惠券了</Text>
        )}
      </View>
    </View>
  );
}
