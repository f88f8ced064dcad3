import { useEffect } from 'react';
import { env } from '../config/env';

/** From this window width (CSS px) a screen is laid out for a desk. */
export const DESKTOP_MIN_WIDTH = 768;

/**
 * H5 only. Taro's H5 root font size follows the shorter side of the window (20 px at 375, capped at 40 px), which
 * draws a laptop screen at twice a phone's size. The marketer's screens are used at a desk, so in a window at least
 * 768 px wide they fix the root at 20 px (one design px = one CSS px) and their own styles lay them out wider
 * (`@media (min-width: 768px)`). Taro's resize handler runs first and again 500 ms later, so this one re-applies after
 * it; leaving the page hands the root back to Taro's handler.
 */
export function useDesktopLayout(): void {
  useEffect(() => {
    if (env.platform !== 'h5' || typeof window === 'undefined' || typeof document === 'undefined') return undefined;
    const root = document.documentElement;
    const apply = () => {
      if (window.innerWidth >= DESKTOP_MIN_WIDTH) root.style.fontSize = '20px';
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      apply();
      clearTimeout(timer);
      timer = setTimeout(apply, 600);
    };
    apply();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      clearTimeout(timer);
      window.dispatchEvent(new Event('resize'));
    };
  }, []);
}
