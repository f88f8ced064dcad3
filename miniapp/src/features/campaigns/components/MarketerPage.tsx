import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { env } from '../../../config/env';
import { goBack, routes } from '../../../lib/routes';
import { useDesktopLayout } from '../../../lib/use-desktop-layout';
import './MarketerPage.scss';

/**
 * A marketer screen: a phone column in WeChat, a centred desk-width column (and wider grids) in a laptop browser.
 * At a desk the browser shows no navigation bar, so every console page but the home gets a 返回 link of its own
 * (shown from 768 px; on a phone WeChat's bar, or the browser's, does it).
 */
export function MarketerPage({ className = '', children }: { className?: string; children: ReactNode }) {
  useDesktopLayout();
  const onHome = (useRouter().path ?? '').includes(routes.marketerHome.slice(1));
  return (
    <View className={`page marketer-page ${className}`}>
      {env.platform === 'h5' && !onHome && (
        <View className="marketer-back marketer-page-back" onClick={() => void goBack(routes.marketerHome)}>
          <Text>‹ 返回</Text>
        </View>
      )}
      {children}
    </View>
  );
}
