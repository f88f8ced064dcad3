import { Button, Input, Text, View } from '@tarojs/components';
import type { TopupRequest, WalletPackagesResponse } from '@app/shared';
import { useState } from 'react';
import { formatFen, parseYuan } from '../../../lib/money';

type Choice = { packageId: string } | { custom: string };

/** What a package gives beyond the money paid: 送 (bonus), points and coupons. */
export function packageGifts(pkg: WalletPackagesResponse['items'][number]): string {
  return [
    pkg.bonusFen > 0 ? `送${formatFen(pkg.bonusFen)}` : '',
    pkg.giftPoints > 0 ? `${pkg.giftPoints}积分` : '',
    pkg.giftTemplateIds.length > 0 ? `${pkg.giftTemplateIds.length}张券` : '',
  ]
    .filter(Boolean)
    .join(' + ');
}

/** The packages on offer and a custom amount within the program's bounds; 立即支付 with the chosen one. */
export function TopupChooser({
  offer,
  busy,
  onPay,
}: {
  offer: WalletPackagesResponse;
  busy: boolean;
  onPay: (request: TopupRequest) => void;
}) {
  const [choice, setChoice] = useState<Choice>(
    offer.items[0] ? { packageId: offer.items[0].packageId } : { custom: '' },
  );
  const custom = 'custom' in choice ? parseYuan(choice.custom, { max: offer.customMaxFen }) : null;
  const customError =
    custom && choice && 'custom' in choice && choice.custom !== ''
      ? !custom.ok
        ? custom.error
        : custom.fen < offer.customMinFen
          ? `最少充值 ${formatFen(offer.customMinFen)}`
          : ''
      : '';
  const payFen =
    'packageId' in choice
      ? (offer.items.find((pkg) => pkg.packageId === choice.packageId)?.payFen ?? 0)
      : custom?.ok && !customError
        ? custom.fen
        : 0;

  const pay = () => {
    if ('packageId' in choice) onPay({ packageId: choice.packageId });
    else if (payFen > 0) onPay({ amountFen: payFen });
  };

  return (
    <View className="topup-chooser">
      <View className="topup-packages">
        {offer.items.map((pkg) => {
          const chosen = 'packageId' in choice && choice.packageId === pkg.packageId;
          return (
            <View
              key={pkg.packageId}
              className={`topup-package topup-package-${pkg.packageId}${chosen ? ' topup-package--chosen' : ''}`}
              onClick={() => setChoice({ packageId: pkg.packageId })}
            >
              <Text className="topup-package__pay">{formatFen(pkg.payFen)}</Text>
              <Text className="topup-package__gifts">{packageGifts(pkg) || pkg.title}</Text>
            </View>
          );
        })}
      </View>
      <View className={`topup-custom${'custom' in choice ? ' topup-custom--chosen' : ''}`}>
        <Text className="topup-custom__label">其他金额</Text>
        <Input
          className="topup-custom__input"
          type="digit"
          placeholder={`${formatFen(offer.customMinFen)} – ${formatFen(offer.customMaxFen)}`}
          value={'custom' in choice ? choice.custom : ''}
          onFocus={() => !('custom' in choice) && setChoice({ custom: '' })}
          onInput={(event) => setChoice({ custom: event.detail.value })}
        />
      </View>
      {customError ? <Text className="topup-custom__error">{customError}</Text> : null}
      <Button className="topup-pay" disabled={busy || payFen === 0} loading={busy} onClick={pay}>
        {payFen > 0 ? `立即支付 ${formatFen(payFen)}` : '立即支付'}
      </Button>
      <Text className="topup-note">充值金额存入会员钱包，可在各门店消费时使用；赠送部分不可退。</Text>
    </View>
  );
}
