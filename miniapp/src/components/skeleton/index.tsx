import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import './index.scss';

export interface SkeletonProps {
  /** Width in design px (375-wide design), or a CSS length such as '60%'. */
  width?: number | string;
  height?: number;
  radius?: number;
  className?: string;
}

const length = (value: number | string) => (typeof value === 'number' ? Taro.pxTransform(value) : value);

/** A shimmering placeholder block shown while data loads. */
export function Skeleton({ width = '100%', height = 16, radius = 8, className = '' }: SkeletonProps) {
  return (
    <View
      className={`skeleton ${className}`}
      style={{ width: length(width), height: length(height), borderRadius: length(radius) }}
    />
  );
}
