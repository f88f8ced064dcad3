import { Image, Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { qrDataUri } from '../../../lib/qr';
import { formatMoment, pickupDigits } from '../order-words';
import './PickupCode.scss';

/**
 * The pickup code as a QR (black on white, 4-module quiet zone, like the member code) and its 8 digits, large,
 * for the staff to scan or type; until when it is good, where to take it. An overdue code is greyed out.
 */
export function PickupCode({ code, pickupBy, overdue }: { code: string; pickupBy: string | null; overdue: boolean }) {
  const src = useMemo(() => qrDataUri(code), [code]);
  return (
    <View className={`pickup-code${overdue ? ' pickup-code--overdue' : ''}`}>
      <Text className="pickup-code__title">提货码</Text>
      <View className="pickup-code__frame">
        <Image className="pickup-qr" src={src} mode="aspectFit" />
        {overdue && (
          <View className="pickup-code__overlay">
            <Text>提货码已过期</Text>
          </View>
        )}
      </View>
      <Text className="pickup-code__digits pickup-code-digits">{pickupDigits(code)}</Text>
      <Text className="pickup-code__where">到任意门店出示提货码领取</Text>
      {pickupBy && (
        <Text className="pickup-code__until pickup-by">
          {overdue ? `已于 ${formatMoment(pickupBy)} 过期` : `有效期至 ${formatMoment(pickupBy)}`}
        </Text>
      )}
    </View>
  );
}
