import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { CodeProblem } from '../../features/purchase/components/CodeProblem';
import { PurchaseForm } from '../../features/purchase/components/PurchaseForm';
import { PurchaseMember } from '../../features/purchase/components/PurchaseMember';
import { PurchasePreview } from '../../features/purchase/components/PurchasePreview';
import { PurchaseResult } from '../../features/purchase/components/PurchaseResult';
import { CouponChoice } from '../../features/purchase/components/CouponChoice';
import { PaymentChoice } from '../../features/purchase/components/PaymentChoice';
import { PaymentSplit } from '../../features/purchase/components/PaymentSplit';
import {
  useCouponParam,
  useMemberCodeParam,
  usePurchasePage,
  useTicketParam,
} from '../../features/purchase/hooks/use-purchase-page';
import { useStoreScan } from '../../features/store-scan/hooks/use-store-scan';
import { formatFen } from '../../lib/money';
import { goBack, openPage, relaunch, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 记录消费 for the member whose code was scanned: amount, receipt, optional SKU lines, a coupon → 预览 → 确认 → result. */
export default function StorePurchasePage() {
  useRoleGuard('staff');
  const code = useMemberCodeParam();
  const couponParam = useCouponParam();
  const ticketParam = useTicketParam();
  const scan = useStoreScan();
  const { flow, scanned, coupons, couponGone, rescan } = usePurchasePage(code, scan, couponParam, ticketParam);
  const { step, preview, result, problem } = flow;
  const locked = step === 'previewing' || step === 'confirming';

  if (!code) {
    return (
      <View className="page store-purchase">
        <ErrorState
          title="还没有扫描会员码"
          message="请先扫描顾客的会员码，再记录消费"
          retryText="去扫码"
          onRetry={() => void goBack(routes.storeScan)}
        />
      </View>
    );
  }

  const member = scanned ?? (preview ? preview.member : null);

  if (step === 'done' && result) {
    const after = result.memberAfter;
    return (
      <View className="page store-purchase">
        <PurchaseMember member={member && after ? { ...member, points: after.points, level: after.level } : member} />
        <PurchaseResult
          result={result}
          couponTitle={
            preview?.coupon?.title ?? coupons.find((coupon) => result.couponsUsed.includes(coupon.couponId))?.title
          }
        />
        <View
          className="btn btn--primary store-purchase__action purchase-next"
          hoverClass="btn--pressed"
          onClick={() => void relaunch(routes.storeScan)}
        >
          下一位顾客
        </View>
        <View
          className="btn btn--ghost store-purchase__action purchase-activity"
          hoverClass="btn--pressed"
          onClick={() => void openPage(routes.storeActivity)}
        >
          查看今日流水
        </View>
      </View>
    );
  }

  return (
    <View className="page store-purchase">
      <PurchaseMember member={member} pending={scan.pending} unreadable={!!scan.error} />
      {problem?.kind === 'code' && (
        <CodeProblem message={problem.message} onScan={() => void rescan()} onCode={flow.replaceCode} />
      )}
      <PurchaseForm flow={flow} />
      <CouponChoice
        coupons={coupons}
        selected={flow.draft.couponId}
        problem={problem}
        gone={couponGone}
        pending={scan.pending}
        disabled={locked}
        onSelect={flow.selectCoupon}
      />
      {problem && problem.kind !== 'code' && problem.kind !== 'coupon' && (
        <Text className="store-purchase__error purchase-error">{problem.message}</Text>
      )}

      {preview ? (
        <View className="panel store-purchase__preview">
          <View className="panel__title">
            <Text>核对本单</Text>
            <Text className="panel__hint">修改上方内容需重新预览</Text>
          </View>
          <PurchasePreview preview={preview} />
          <PaymentChoice
            preview={preview}
            chosen={flow.draft.payment ?? null}
            disabled={locked}
            onChoose={(choice) => void flow.choosePayment(choice)}
          />
          {flow.draft.payment && (
            <PaymentSplit
              walletFen={flow.draft.payment.walletFen}
              pointsUsed={flow.draft.payment.pointsToUse}
              pointsCashFen={preview.payableFen - flow.draft.payment.walletFen - preview.cashFen}
              cashFen={preview.cashFen}
              cashLabel="还需收现金"
            />
          )}
          <View
            className={`btn btn--primary store-purchase__confirm purchase-confirm${step === 'confirming' ? ' btn--disabled' : ''}`}
            hoverClass="btn--pressed"
            onClick={() => void flow.confirm()}
          >
            {step === 'confirming'
              ? '正在记录…'
              : problem?.kind === 'other'
                ? '重试确认'
                : flow.draft.payment
                  ? `确认记录 · 收现金 ${formatFen(preview.cashFen)}`
                  : `确认记录 · 应收 ${formatFen(preview.payableFen)}`}
          </View>
        </View>
      ) : (
        <View
          className={`btn btn--primary store-purchase__action purchase-preview-button${step === 'previewing' ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void flow.runPreview()}
        >
          {step === 'previewing' ? '正在计算…' : '预览'}
        </View>
      )}
    </View>
  );
}
