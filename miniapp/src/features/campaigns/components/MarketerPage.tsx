import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useDesktopLayout } from '../../../lib/use-desktop-layout';
import './MarketerPage.scss';

/** A marketer screen: a phone column in WeChat, a centred desk-width column (and wider grids) in a laptop browser. */
export function MarketerPage({ className = '', children }: { className?: string; children: ReactNode }) {
  useDesktopLayout();
  return <View className={`page marketer-page ${className}`}>{children}</View>;
}
