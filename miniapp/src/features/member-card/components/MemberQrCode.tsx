import { Image, Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { groupDigits } from '../../../lib/format';
import { qrDataUri } from '../../../lib/qr';
import { countdownLabel } from '../hooks/code-timing';
import './MemberQrCode.scss';

export interface MemberQrCodeProps {
  code: string;
  /** Seconds until this code expires; at 0 the QR is greyed out. */
  secondsLeft: number;
  /** Seconds until a new code is fetched; defaults to secondsLeft. */
  refreshIn?: number;
  refreshing?: boolean;
  onRefresh?: () => void;
}

/** The code's digits in groups of four, at most five groups a line (a 35-digit code takes two lines). */
export function digitLines(code: string, groupsPerLine = 5): string[] {
  const groups = groupDigits(code).split(' ').filter(Boolean);
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += groupsPerLine) lines.push(groups.slice(i, i + groupsPerLine).join(' '));
  return lines;
}

/** The member code as a scannable QR (black on white, 4-module quiet zone), its digits and the countdown. */
export function MemberQrCode({
  code,
  secondsLeft,
  refreshIn = secondsLeft,
  refreshing = false,
  onRefresh,
}: MemberQrCodeProps) {
  const src = useMemo(() => qrDataUri(code), [code]);
  const expired = secondsLeft <= 0;
  return (
    <View className="member-code">
      <View className="member-code__frame" onClick={expired ? onRefresh : undefined}>
        <Image className={`member-qr${expired ? ' member-qr--expired' : ''}`} src={src} mode="aspectFit" />
        {expired && (
          <View className="member-code__overlay">
            <Text>{refreshing ? '正在刷新…' : '会员码已失效，点击刷新'}</Text>
          </View>
        )}
      </View>
      <View className="member-code-digits">
        {digitLines(code).map((line, index, lines) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line of the digits is its place in the code
          <Text className="member-code-digits__line" key={index}>
            {index < lines.length - 1 ? `${line} ` : line}
          </Text>
        ))}
      </View>
      <View className="member-code__footer">
        <Text className="member-code-countdown">{countdownLabel(Math.min(refreshIn, secondsLeft))}</Text>
        {onRefresh && (
          <Text className="member-code__refresh" onClick={onRefresh}>
            刷新
          </Text>
        )}
      </View>
    </View>
  );
}
