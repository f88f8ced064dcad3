import { join } from 'node:path';
import { type RenderedPage, WeappPage } from './weapp-page';
import type { Navigation } from './wx-stand-ins';

/**
 * WeChat's page stack over miniprogram-simulate: a page's script runs once (its `Page()` registers a component)
 * and is rendered anew on each visit, with WeChat's lifecycle — onLoad(query) → onShow → onReady when opened,
 * onHide when covered, onShow when uncovered, onUnload when closed (Taro unmounts the React tree and its timers).
 * Tab pages are not kept alive between visits: a switch opens the tab page again unless it is the one on the bottom.
 */
export class PageStack {
  private readonly stack: WeappPage[] = [];
  private readonly loaded = new Map<string, string>();
  private readonly simulate = require('miniprogram-simulate') as {
    load: (path: string, tagName: string, options: { rootPath: string }) => unknown;
    render: (componentId: string) => unknown;
  };

  constructor(private readonly dist: string) {}

  get top(): WeappPage | undefined {
    return this.stack.at(-1);
  }

  get instances(): unknown[] {
    return this.stack.map((page) => page.rendered.instance);
  }

  /** Does what WeChat does for a navigation (already validated by the wx stand-in). */
  async navigate({ kind, route, query, delta }: Navigation): Promise<void> {
    if (kind === 'navigateBack') {
      for (let i = 0; i < delta && this.stack.length > 1; i++) this.unload();
      this.top?.rendered.instance.onShow?.();
      return;
    }
    if (kind === 'navigateTo') this.top?.rendered.instance.onHide?.();
    if (kind === 'redirectTo') this.unload();
    if (kind === 'reLaunch') this.closeAll();
    if (kind === 'switchTab') {
      const bottom = this.stack[0];
      while (this.stack.length > (bottom?.route === route ? 1 : 0)) this.unload();
      if (this.stack.length) {
        this.top?.rendered.instance.onShow?.();
        return;
      }
    }
    this.open(route, query);
  }

  closeAll(): void {
    while (this.stack.length) this.unload();
  }

  private open(route: string, query: Record<string, string>): void {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const rendered = this.simulate.render(this.componentOf(route)) as RenderedPage;
    rendered.attach(container);
    const instance = rendered.instance;
    Object.assign(instance, { route, __route__: route, options: query });
    this.stack.push(new WeappPage(route, query, rendered, container));
    instance.onLoad?.({ ...query });
    instance.onShow?.();
    instance.onReady?.();
  }

  private componentOf(route: string): string {
    let id = this.loaded.get(route);
    if (!id) {
      id = this.simulate.load(join(this.dist, route), 'page', { rootPath: this.dist }) as string;
      this.loaded.set(route, id);
    }
    return id;
  }

  private unload(): void {
    const page = this.stack.pop();
    if (!page) return;
    page.rendered.instance.onUnload?.();
    page.rendered.detach();
    page.container.remove();
  }
}
