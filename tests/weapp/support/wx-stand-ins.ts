import { testEnv } from '../../support/env';
import { REQUEST_PAYMENT_PATH } from '../../../infra/local/wechat-pay-stand-in/control-client';
import { SelectorQuery } from './selector-query';
import { forwardRequest, type RecordedRequest, type WxRequestOptions, WxRequestError } from './wx-request';

export type NavigationKind = 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack';
export interface Navigation {
  kind: NavigationKind;
  /** Page path without the leading slash, e.g. `pages/order/index`; empty for navigateBack. */
  route: string;
  query: Record<string, string>;
  delta: number;
}

export interface Modal {
  title?: string;
  content?: string;
  answer: (confirm: boolean) => void;
}

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
}

/** The phone around the mini-program: what the stand-ins remember, and what a test sets up or reads. */
export interface WxWorld {
  appJson: AppJson;
  api: { buildOrigin: string; target: string };
  storage: Map<string, unknown>;
  requests: RecordedRequest[];
  inFlight: number;
  navigations: Navigation[];
  /** Navigations WeChat would refuse: always a bug in the app. */
  refusedNavigations: string[];
  toasts: string[];
  /** Modals wait for an answer (the driver's `answerModal`), as they wait for a person in WeChat. */
  modals: Modal[];
  /** The code `wx.login` hands out next: on the local stage the API takes `dev:<openid>`. */
  loginCode: string | null;
  /** What the camera reads on the next `wx.scanCode`; none means the person closes the camera. */
  scans: string[];
  subscribeRequests: string[][];
  /**
   * How the person answers the next subscribe prompts: accept or reject each template, ban (never ask again, which
   * WeChat reports per template as 'ban'), or the prompt never opens because subscribe messages are switched off
   * for the app (errCode 20004).
   */
  subscribeAnswer: 'accept' | 'reject' | 'ban' | 'switched-off';
  clipboard: string;
  /** The arguments of each `wx.requestPayment`, and how the person answers WeChat's payment sheet. */
  payments: Record<string, unknown>[];
  paymentAnswer: 'pay' | 'cancel';
  /** The rendered page on top, where `wx.createSelectorQuery()` looks, and how many pages are open. */
  pageRoot: () => Element | null;
  pageCount: () => number;
}

/** A phone with nothing on it yet: the starting state of every stand-in below. */
export function newWorld(
  appJson: AppJson,
  api: WxWorld['api'],
  pages: Pick<WxWorld, 'pageRoot' | 'pageCount'>,
): WxWorld {
  return {
    appJson,
    api,
    storage: new Map(),
    requests: [],
    inFlight: 0,
    navigations: [],
    refusedNavigations: [],
    toasts: [],
    modals: [],
    loginCode: null,
    scans: [],
    subscribeRequests: [],
    subscribeAnswer: 'accept',
    clipboard: '',
    payments: [],
    paymentAnswer: 'pay',
    ...pages,
  };
}

type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void };
type AsyncOptions = Callbacks & Record<string, any>;

/**
 * The one place where wx APIs are stood in for (this file). Each entry is WeChat's API as the app calls it;
 * anything not here is miniprogram-simulate's own stand-in. A new one (e.g. `requestPayment`) is one more entry,
 * with any state it needs added to WxWorld and newWorld above.
 */
export function wxStandIns(world: WxWorld): Record<string, unknown> {
  return {
    request: (options: WxRequestOptions & Callbacks) => sendRequest(world, options),

    login: asyncApi('login', () => {
      if (!world.loginCode) throw new Error('no WeChat user on this phone (driver.signIn sets one)');
      return { code: world.loginCode };
    }),

    getStorageSync: (key: string) => (world.storage.has(key) ? clone(world.storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void world.storage.set(key, clone(value)),
    removeStorageSync: (key: string) => void world.storage.delete(key),
    clearStorageSync: () => world.storage.clear(),
    getStorage: asyncApi('getStorage', ({ key }) => {
      if (!world.storage.has(key)) throw new Error('data not found');
      return { data: clone(world.storage.get(key)) };
    }),
    setStorage: asyncApi('setStorage', ({ key, data }) => void world.storage.set(key, clone(data))),
    removeStorage: asyncApi('removeStorage', ({ key }) => void world.storage.delete(key)),

    navigateTo: navigation(world, 'navigateTo'),
    redirectTo: navigation(world, 'redirectTo'),
    reLaunch: navigation(world, 'reLaunch'),
    switchTab: navigation(world, 'switchTab'),
    navigateBack: navigation(world, 'navigateBack'),

    showToast: asyncApi('showToast', ({ title }) => void world.toasts.push(String(title ?? ''))),
    showModal: asyncApi(
      'showModal',
      ({ title, content }) =>
        new Promise((resolve) =>
          world.modals.push({ title, content, answer: (confirm) => resolve({ confirm, cancel: !confirm }) }),
        ),
    ),

    scanCode: asyncApi('scanCode', () => {
      const result = world.scans.shift();
      if (result === undefined) throw new Error('cancel');
      return { result, scanType: 'QR_CODE', charSet: 'utf-8', path: '', rawData: '' };
    }),

    requestSubscribeMessage: asyncApi('requestSubscribeMessage', ({ tmplIds }) => {
      const ids: string[] = Array.isArray(tmplIds) ? tmplIds : [];
      world.subscribeRequests.push(ids);
      // WeChat refuses an empty list before asking anyone.
      if (ids.length === 0) throw Object.assign(new Error("TmplIds can't be empty"), { errCode: 10001 });
      if (ids.length > 3) throw Object.assign(new Error('TmplIds count exceeds'), { errCode: 20003 });
      if (world.subscribeAnswer === 'switched-off')
        throw Object.assign(new Error('the main switch is off'), { errCode: 20004 });
      return Object.fromEntries(ids.map((id) => [id, world.subscribeAnswer]));
    }),

    // WeChat's payment sheet: the run's WeChat Pay stand-in checks paySign and pays (then notifies our server) or
    // the person closes the sheet — 'requestPayment:fail cancel', as in WeChat.
    requestPayment: asyncApi('requestPayment', async ({ timeStamp, nonceStr, package: prepay, signType, paySign }) => {
      const args = { timeStamp, nonceStr, package: prepay, signType, paySign };
      world.payments.push(args);
      // Over node:http: the runtime's jsdom has no fetch (the control client's own transport).
      const standIn = testEnv.wechatPayUrl();
      const { done } = forwardRequest(
        { url: `${standIn}${REQUEST_PAYMENT_PATH}`, method: 'POST', data: { ...args, action: world.paymentAnswer } },
        standIn,
        standIn,
      );
      const answer = (await done).data as { errMsg: string };
      if (answer.errMsg !== 'requestPayment:ok') throw new Error(answer.errMsg.replace(/^requestPayment:fail ?/, ''));
      return {};
    }),

    setClipboardData: asyncApi('setClipboardData', ({ data }) => {
      world.clipboard = String(data);
    }),

    createSelectorQuery: () => new SelectorQuery(world.pageRoot),
  };
}

function sendRequest(world: WxWorld, options: WxRequestOptions & Callbacks) {
  const record: RecordedRequest = { method: options.method ?? 'GET', url: options.url, body: options.data };
  world.requests.push(record);
  world.inFlight++;
  const { done, abort } = forwardRequest(options, world.api.buildOrigin, world.api.target);
  done.then(
    (answer) => {
      record.status = answer.statusCode;
      record.response = answer.data;
      world.inFlight--;
      options.success?.(answer);
      options.complete?.(answer);
    },
    (error: unknown) => {
      const failure = { errMsg: error instanceof WxRequestError ? error.errMsg : `request:fail ${String(error)}` };
      record.error = failure.errMsg;
      world.inFlight--;
      options.fail?.(failure);
      options.complete?.(failure);
    },
  );
  return { abort, onHeadersReceived() {}, offHeadersReceived() {}, onChunkReceived() {}, offChunkReceived() {} };
}

/** WeChat's routing rules the app must keep: known pages only, tab pages only by switchTab, at most 10 deep. */
function navigation(world: WxWorld, kind: NavigationKind) {
  return asyncApi(kind, ({ url, delta }) => {
    if (kind === 'navigateBack') {
      world.navigations.push({ kind, route: '', query: {}, delta: Number(delta ?? 1) });
      return {};
    }
    const [path = '', search = ''] = String(url).split('?');
    const route = path.replace(/^\//, '');
    const isTab = tabPages(world.appJson).includes(route);
    const refusal = !allPages(world.appJson).includes(route)
      ? `page "${route}" is not found`
      : isTab && (kind === 'navigateTo' || kind === 'redirectTo')
        ? `can not ${kind} a tabbar page`
        : !isTab && kind === 'switchTab'
          ? 'can not switch to no-tabBar page'
          : kind === 'navigateTo' && world.pageCount() >= 10
            ? 'webview count limit exceed'
            : null;
    if (refusal) {
      world.refusedNavigations.push(`${kind} ${url}: ${refusal}`);
      throw new Error(refusal);
    }
    world.navigations.push({ kind, route, query: Object.fromEntries(new URLSearchParams(search)), delta: 0 });
    return {};
  });
}

export const allPages = (appJson: AppJson): string[] => [
  ...appJson.pages,
  ...(appJson.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
];
export const tabPages = (appJson: AppJson): string[] => (appJson.tabBar?.list ?? []).map((tab) => tab.pagePath);

/**
 * A wx API in WeChat's shape: callbacks success/fail/complete with `errMsg` `<name>:ok` or `<name>:fail <reason>`,
 * or a promise when no callback is given. Answers come asynchronously, as in WeChat.
 */
function asyncApi(name: string, run: (options: AsyncOptions) => unknown) {
  return (options: AsyncOptions = {}) => {
    const answer = Promise.resolve()
      .then(() => run(options))
      .then(
        (result) => ({ errMsg: `${name}:ok`, ...(result as object) }),
        (error: Error & { errCode?: number }) =>
          Promise.reject({
            errMsg: `${name}:fail ${error.message}`,
            ...(error.errCode ? { errCode: error.errCode } : {}),
          }),
      );
    if (!options.success && !options.fail && !options.complete) return answer;
    answer.then(
      (result) => {
        options.success?.(result);
        options.complete?.(result);
      },
      (failure) => {
        options.fail?.(failure);
        options.complete?.(failure);
      },
    );
    return undefined;
  };
}

/** WeChat storage keeps JSON, not the object itself. */
const clone = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
