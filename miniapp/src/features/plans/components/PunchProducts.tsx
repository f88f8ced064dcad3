import { Button, Text, View } from '@tarojs/components';
import type { PunchProductView } from '@app/shared';
import { useState } from 'react';
import { formatFen } from '../../../lib/money';
import type { PayWith } from './PlanChooser';

/** 次卡 on sale (10次卡, 限时卡) with what they cover; pay with 微信支付 or 钱包余额. */
export function PunchProducts({
  products,
  busy,
  onBuy,
}: {
  products: PunchProductView[];
  busy: boolean;
  onBuy: (productId: string, payWith: PayWith) => void;
}) {
  const [payWith, setPayWith] = useState<PayWith>('wechat');
  return (
    <View className="punch-products">
      <View className="pay-with">
        {(['wechat', 'wallet'] as const).map((way) => (
          <View
            key={way}
            className={`pay-with__way pay-with-${way}${payWith === way ? ' pay-with__way--chosen' : ''}`}
            onClick={() => setPayWith(way)}
          >
            <Text>{way === 'wechat' ? '微信支付' : '钱包余额'}</Text>
          </View>
        ))}
      </View>
      {products.map((product) => (
        <View key={product.productId} className={`punch-product punch-product-${product.productId}`}>
          <View className="punch-product__text">
            <Text className="punch-product__name">{product.name}</Text>
            <Text className="punch-product__terms">
              {product.uses === null ? '有效期内不限次' : `${product.uses} 次`} · 购买后 {product.validDays} 天内有效
            </Text>
            {product.covers ? <Text className="punch-product__covers">{product.covers}</Text> : null}
          </View>
          <Button className="punch-product__buy" disabled={busy} onClick={() => onBuy(product.productId, payWith)}>
            {formatFen(product.priceFen)} 购买
          </Button>
        </View>
      ))}
    </View>
  );
}
