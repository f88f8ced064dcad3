import { Image, Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { qrDataUri } from '../../../lib/qr';
import { digitLines } from '../../member-card/components/MemberQrCode';

/** `4:10 后自动刷新` (a coupon code lives five minutes), `48 秒后自动刷新`, or a hint while a new code is on its way. */
export function couponCountdownLabel(seconds: number): string {
  if (seconds <= 0) return '正在刷新券码…';
  if (seconds < 60) return `${seconds} 秒后自动刷新`;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} 后自动刷新`;
}

export interface CouponQrCodeProps {
  code: string;
  /** The same code as digits (`2…`, 31), printed under the QR in groups of four for a clerk to type. */
  digits: string;
  /** Seconds until this code expires; at 0 the QR is greyed out. */
  secondsLeft: number;
  /** Seconds until a new code is fetched. */
  refreshIn: number;
  refreshing?: boolean;
  onRefresh?: () => void;
}

/**
 * The coupon code as a QR, drawn like the member code (black on white, 4-module quiet zone, 224 px), with the
 * countdown to the next code. The QR's code (`CPN.…`) is not meant to be typed: under it are its digits, grouped by
 * four like the member code's, which the counter takes typed as well. The code rides on `data-code` for the browser
 * tests. An expired code is greyed out with a tap-to-refresh overlay (and its digits with it).
 */
export function CouponQrCode({
  code,
  digits,
  secondsLeft,
  refreshIn,
  refreshing = false,
  onRefresh,
}: CouponQrCodeProps) {
  const src = useMemo(() => qrDataUri(code), [code]);
  const expired = secondsLeft <= 0;
  return (
    <View className="coupon-code" data-code={code}>
      <View className="coupon-code__frame" onClick={expired ? onRefresh : undefined}>
        <Image className={`coupon-qr${expired ? ' coupon-qr--expired' : ''}`} src={src} mode="aspectFit" />
        {expired && (
          <View className="coupon-code__overlay">
            <Text>{refreshing ? '正在刷新…' : '券码已失效，点击刷新'}</Text>
          </View>
        )}
      </View>
      <View className={`coupon-code-digits${expired ? ' coupon-code-digits--expired' : ''}`} data-digits={digits}>
        {digitLines(digits, 4).map((line, index, lines) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line of the digits is its place in the code
          <Text className="coupon-code-digits__line" key={index}>
            {index < lines.length - 1 ? `${line} ` : line}
          </Text>
        ))}
      </View>
      <View className="coupon-code__footer">
        <Text className="coupon-code-countdown">{couponCountdownLabel(Math.min(refreshIn, secondsLeft))}</Text>
        {onRefresh && (
          <Text className="coupon-code__refresh coupon-code-refresh" onClick={onRefresh}>
            刷新
          </Text>
        )}
      </View>
    </View>
  );
}
