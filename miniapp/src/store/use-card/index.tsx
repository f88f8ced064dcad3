import { Input, Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { usesLeftWords } from '../../features/plans/card-words';
import { useCardUsesPage } from '../../features/counter-cards/hooks/use-card-uses';
import { useStoreScan } from '../../features/store-scan/hooks/use-store-scan';
import { formatDate } from '../../lib/format';
import { goBack, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/counter-cards/components/counter-cards.scss';

/** 核销次卡: choose the member's card, how many uses, the receipt number; the result shows the uses left. */
export default function StoreUseCardPage() {
  useRoleGuard('staff');
  const scan = useStoreScan();
  const page = useCardUsesPage(scan);
  const back = () => void goBack(routes.storeScan);

  if (!page.hasMember)
    return (
      <View className="page store-use-card">
        <ErrorState title="还没有扫描会员码" message="请先扫描顾客的会员码" retryText="去扫码" onRetry={back} />
      </View>
    );
  if (page.done)
    return (
      <View className="page store-use-card">
        <View className="panel use-card__done use-card-done">
          <Text className="use-card__done-title">已核销 {page.done.uses} 次</Text>
          <Text className="use-card__done-left use-card-left">
            {page.done.card.name} ·{' '}
            {usesLeftWords({ usesLeft: page.done.usesLeft, usesTotal: page.done.card.usesTotal })}
          </Text>
        </View>
        <View className="btn btn--primary use-card-back" onClick={back}>
          返回收银台
        </View>
      </View>
    );
  if (!page.member)
    return (
      <View className="page store-use-card">
        {scan.error ? (
          <ErrorState title="会员信息加载失败" message={scan.error} retryText="返回重新扫码" onRetry={back} />
        ) : (
          <Text className="panel">加载中…</Text>
        )}
      </View>
    );

  return (
    <View className="page store-use-card">
      <View className="panel">
        <Text className="panel__title">{page.member.member.nickname} 的次卡</Text>
        {page.cards.length === 0 ? (
          <EmptyState compact message="这位会员没有可用的次卡" />
        ) : (
          <View className="use-card__cards">
            {page.cards.map((card) => (
              <View
                key={card.cardId}
                className={`use-card__card use-card-${card.cardId}${card.cardId === page.card?.cardId ? ' use-card__card--chosen' : ''}`}
                onClick={() => page.choose(card.cardId)}
              >
                <Text className="use-card__name">{card.name}</Text>
                <Text className="use-card__meta">
                  {usesLeftWords(card)} · {formatDate(card.validUntil)}到期
                </Text>
              </View>
            ))}
          </View>
        )}
      </View>
      {page.card ? (
        <View className="panel">
          <View className="use-card__uses">
            <Text>核销次数</Text>
            <View className="use-card__step use-card-minus" onClick={() => page.step(-1)}>
              −
            </View>
            <Text className="use-card__count use-card-count">{page.uses}</Text>
            <View className="use-card__step use-card-plus" onClick={() => page.step(1)}>
              +
            </View>
          </View>
          <Input
            className="field use-card-receipt"
            placeholder="小票号"
            placeholderClass="field__placeholder"
            value={page.receiptNo}
            onInput={(event) => page.setReceiptNo(event.detail.value)}
          />
          {page.error ? <Text className="use-card__error use-card-error">{page.error}</Text> : null}
          <View
            className={`btn btn--primary use-card__submit use-card-submit${page.busy ? ' btn--disabled' : ''}`}
            onClick={() => !page.busy && void page.submit()}
          >
            {page.busy ? '核销中' : `确认核销 ${page.uses} 次`}
          </View>
        </View>
      ) : null}
    </View>
  );
}
