// A stand-in for @tarojs/taro in jsdom: storage in memory, network and UI calls as jest mocks, page
// lifecycle hooks that run on mount (and can be fired again by tests through `lifecycle`).
import { useEffect, useRef } from 'react';

const storage = new Map<string, unknown>();

type Handler = () => void;
const handlers: Record<'didShow' | 'didHide' | 'pullDownRefresh' | 'reachBottom', Set<Handler>> = {
  didShow: new Set(),
  didHide: new Set(),
  pullDownRefresh: new Set(),
  reachBottom: new Set(),
};

function useLifecycle(kind: keyof typeof handlers, callback: Handler, runOnMount: boolean) {
  const ref = useRef(callback);
  ref.current = callback;
  useEffect(() => {
    const handler = () => ref.current();
    handlers[kind].add(handler);
    if (runOnMount) handler();
    return () => {
      handlers[kind].delete(handler);
    };
  }, [kind, runOnMount]);
}

/** Fire a page lifecycle event in a test, e.g. `lifecycle.fire('pullDownRefresh')`. */
export const lifecycle = {
  fire(kind: keyof typeof handlers) {
    for (const handler of [...handlers[kind]]) handler();
  },
  reset() {
    for (const set of Object.values(handlers)) set.clear();
    router.params = {};
  },
};

/** What `useRouter()` answers: tests set `router.params` before rendering a page that reads its query. */
export const router: { params: Record<string, string> } = { params: {} };

export const useDidShow = (callback: Handler) => useLifecycle('didShow', callback, true);
export const useDidHide = (callback: Handler) => useLifecycle('didHide', callback, false);
export const usePullDownRefresh = (callback: Handler) => useLifecycle('pullDownRefresh', callback, false);
export const useReachBottom = (callback: Handler) => useLifecycle('reachBottom', callback, false);
// biome-ignore lint/correctness/useExhaustiveDependencies: Taro's onLoad runs once, on mount
export const useLoad = (callback: Handler) => useEffect(() => callback(), []);
// biome-ignore lint/correctness/useExhaustiveDependencies: Taro's onLaunch runs once, on mount
export const useLaunch = (callback: Handler) => useEffect(() => callback(), []);
export const useRouter = () => ({ params: router.params, path: '' });
/** The last share handler a page registered (tests call it to read the share card). */
export const share: { handler: null | (() => unknown) } = { handler: null };
export const useShareAppMessage = (callback: () => unknown) => {
  share.handler = callback;
};

const Taro = {
  request: jest.fn(),
  login: jest.fn(async () => ({ code: 'wx-code', errMsg: 'login:ok' })),
  scanCode: jest.fn(),
  chooseImage: jest.fn(),
  uploadFile: jest.fn(),
  requestPayment: jest.fn(async () => ({ errMsg: 'requestPayment:ok' })),
  reLaunch: jest.fn(async () => ({ errMsg: 'reLaunch:ok' })),
  navigateTo: jest.fn(async () => ({ errMsg: 'navigateTo:ok' })),
  navigateBack: jest.fn(async () => ({ errMsg: 'navigateBack:ok' })),
  redirectTo: jest.fn(async () => ({ errMsg: 'redirectTo:ok' })),
  switchTab: jest.fn(async () => ({ errMsg: 'switchTab:ok' })),
  setClipboardData: jest.fn(async () => ({ errMsg: 'setClipboardData:ok' })),
  requestSubscribeMessage: jest.fn(async () => {
    throw new Error('requestSubscribeMessage:fail');
  }),
  getCurrentPages: jest.fn(() => [] as unknown[]),
  nextTick: (callback: () => void) => void Promise.resolve().then(callback),
  /** No nodes in jsdom: every query answers null, so a canvas chart stays blank. */
  createSelectorQuery: () => {
    const query = {
      select: () => query,
      fields: () => query,
      boundingClientRect: () => query,
      exec: (callback?: (result: unknown[]) => void) => callback?.([null]),
    };
    return query;
  },
  showToast: jest.fn(async () => ({ errMsg: 'showToast:ok' })),
  showModal: jest.fn(async () => ({ confirm: true, cancel: false })),
  stopPullDownRefresh: jest.fn(),
  pxTransform: (value: number) => `${value}px`,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
};

export default Taro;
