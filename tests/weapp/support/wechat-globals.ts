import { type WxWorld, wxStandIns } from './wx-stand-ins';

interface Globals {
  App: (config: Record<string, any>) => void;
  getApp: () => Record<string, any>;
  getCurrentPages: () => unknown[];
  Page: (config: Record<string, any>) => void;
  Component: (options: Record<string, any>) => void;
  wx: Record<string, unknown>;
}

/**
 * What WeChat's base library gives every mini-program, on top of miniprogram-simulate (which brings `Component`
 * and its own `wx`): `App` / `getApp`, `getCurrentPages`, `Page` (a page is a component whose methods are its
 * lifecycle and event handlers; the page stack calls onLoad/onShow/onReady), and the wx stand-ins. Classes are
 * rendered as the app wrote them (simulate would prefix them), so tests select by the app's own class names.
 * console.error output (React errors, uncaught exceptions reported by jsdom) is kept in `errors`.
 */
export function installWechatGlobals(
  world: WxWorld,
  currentPages: () => unknown[],
  errors: string[],
): { app: () => Record<string, any> } {
  require('miniprogram-simulate');
  const g = globalThis as unknown as Globals;
  let app: Record<string, any> | undefined;
  const getApp = () => {
    if (!app) throw new Error('app.js has not called App()');
    return app;
  };
  g.App = (config) => (app = config);
  g.getApp = getApp;
  g.getCurrentPages = currentPages;
  const component = g.Component;
  g.Component = (options) => component({ ...options, options: { ...options.options, classPrefix: '' } });
  g.Page = (config) => {
    const methods = Object.fromEntries(Object.entries(config).filter(([, value]) => typeof value === 'function'));
    g.Component({ data: config.data, methods });
  };
  Object.assign(g.wx, wxStandIns(world));

  const originalError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' '));
    originalError(...args);
  };
  return { app: getApp };
}
