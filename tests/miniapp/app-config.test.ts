import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { taskAction } from '../../miniapp/src/features/tasks/task-actions';
import { routes, tabRoutes } from '../../miniapp/src/lib/routes';

interface AppConfig {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar: { list: { pagePath: string; text: string; iconPath: string; selectedIconPath: string }[] };
}

/** app.config.ts calls the global `defineAppConfig` of the Taro build. */
function loadAppConfig(): AppConfig {
  (globalThis as unknown as { defineAppConfig: (config: AppConfig) => AppConfig }).defineAppConfig = (config) => config;
  return require('../../miniapp/src/app.config').default as AppConfig;
}

describe('the app config', () => {
  const config = loadAppConfig();
  const src = join(__dirname, '../../miniapp/src');

  it('has four tabs, 积分商城 third, each with drawn icons', () => {
    expect(config.tabBar.list.map((tab) => tab.text)).toEqual(['会员卡', '签到', '积分商城', '我的']);
    expect(config.tabBar.list[2]!.pagePath).toBe('pages/mall/index');
    for (const tab of config.tabBar.list) {
      expect(existsSync(join(src, tab.iconPath))).toBe(true);
      expect(existsSync(join(src, tab.selectedIconPath))).toBe(true);
    }
    expect(tabRoutes).toEqual(config.tabBar.list.map((tab) => `/${tab.pagePath}`));
  });

  it('keeps the member pages of the mall in the main package, and every route a page', () => {
    for (const page of ['pages/mall/index', 'pages/mall-item/index', 'pages/order/index', 'pages/orders/index'])
      expect(config.pages).toContain(page);
    const all = [
      ...config.pages,
      ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
    ].map((page) => `/${page}`);
    for (const route of Object.values(routes)) expect(all).toContain(route);
  });

  it('sends the first-redemption task to the mall', () => {
    expect(taskAction('first-redemption')).toEqual({ kind: 'open', url: routes.mall });
  });
});
