/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    TARO_APP_ID: string;
    /** API base URL, e.g. http://127.0.0.1:3000 (set at build time). */
    TARO_APP_API_URL?: string;
    /** Stage name; 'local' turns on the demo login screen in H5. */
    TARO_APP_STAGE?: string;
  }
}

/** react-dom's portal (the H5 renderer; in WeChat builds Taro's own, which has it too): only what the app uses. */
declare module 'react-dom' {
  import type { ReactNode, ReactPortal } from 'react';
  export function createPortal(children: ReactNode, container: Element | DocumentFragment): ReactPortal;
}
