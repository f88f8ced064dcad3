import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageStack } from './page-stack';
import { waitUntil } from './wait';
import type { WeappPage } from './weapp-page';
import { installWechatGlobals } from './wechat-globals';
import { type AppJson, type Modal, type Navigation, newWorld, tabPages, type WxWorld } from './wx-stand-ins';

/** The real build output, as `taro build --type weapp` (or `npm run build:weapp`) leaves it. */
export const WEAPP_DIST = join(__dirname, '..', '..', '..', 'miniapp', 'dist', 'weapp');
/** The API URL the build was made with: miniapp/src/config/env.ts's default unless TARO_APP_API_URL was set. */
const BUILD_API_URL = process.env.TARO_APP_API_URL || 'http://127.0.0.1:3000';

/** app.js runs once in a JavaScript realm, as in WeChat; jest gives each test file its own realm. */
let launched = false;

/**
 * The driver: the WeChat build on one phone, in WeChat's test runtime (miniprogram-simulate renders the build's
 * WXML with WeChat's compiler, j-component runs the components). `launch` runs app.js; pages are opened, found
 * and tapped through `WeappPage`; navigation the app asks for is recorded (and checked against app.json by the
 * wx stand-in) and carried out by `follow()`; `world` is the phone around it (storage, requests, toasts…).
 */
export class MiniProgram {
  readonly world: WxWorld;
  /** console.error output while the app ran: React errors and uncaught exceptions land here. */
  readonly errors: string[] = [];
  private readonly pages: PageStack;
  private followed = 0;

  private constructor(
    readonly dist: string,
    apiUrl: string,
  ) {
    this.pages = new PageStack(dist);
    const appJson = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as AppJson;
    this.world = newWorld(
      appJson,
      { buildOrigin: BUILD_API_URL, target: apiUrl },
      { pageRoot: () => this.pages.top?.container ?? null, pageCount: () => this.pages.instances.length },
    );
  }

  /** Runs app.js and launches the app, as WeChat does when the mini-program starts. `apiUrl`: the test stack. */
  static async launch(options: { apiUrl: string; dist?: string }): Promise<MiniProgram> {
    if (launched) throw new Error('one mini-program per test file (jest gives each its own)');
    launched = true;
    const program = new MiniProgram(options.dist ?? WEAPP_DIST, options.apiUrl);
    const { app } = installWechatGlobals(program.world, () => program.pages.instances, program.errors);
    require(join(program.dist, 'app.js'));
    const launch = { path: program.world.appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} };
    app().onLaunch(launch);
    app().onShow(launch);
    await settle();
    return program;
  }

  /** The page on top of the stack. */
  get current(): WeappPage {
    const page = this.pages.top;
    if (!page) throw new Error('no page is open');
    return page;
  }

  /**
   * A WeChat user opens the mini-program: a fresh phone (no storage, no pages), `wx.login` answers
   * `dev:<openid>` (the local stage's login code), and the login page takes them to their role's home.
   */
  async signIn(openid: string, query: Record<string, string> = {}): Promise<WeappPage> {
    await this.closeAll();
    this.world.storage.clear();
    this.world.loginCode = `dev:${openid}`;
    await this.open('pages/login/index', query);
    return this.follow();
  }

  /** Opens a page the way reLaunch does (everything else closed; storage, so the session, kept). */
  async open(route: string, query: Record<string, string> = {}): Promise<WeappPage> {
    this.followed = this.world.navigations.length;
    await this.carryOut({ kind: 'reLaunch', route, query, delta: 0 });
    return this.current;
  }

  /** Carries out the next navigation the app asked for (waiting for it); with `expected`, only if it goes there. */
  async follow(expected?: string, timeout = 30_000): Promise<WeappPage> {
    const navigation = await waitUntil(
      () => this.world.navigations[this.followed],
      timeout,
      () => `no navigation from ${this.pages.top?.route ?? '(nothing)'}\n${this.pages.top?.outline() ?? ''}`,
    );
    this.followed++;
    if (expected !== undefined && navigation.route !== expected.replace(/^\//, ''))
      throw new Error(`expected ${navigation.kind} to ${expected}, got ${describeNavigation(navigation)}`);
    await this.carryOut(navigation);
    return this.current;
  }

  /** A tap on WeChat's own tab bar (drawn by WeChat, not by any page): switches to that tab. */
  async tapTabBar(route: string): Promise<WeappPage> {
    if (!tabPages(this.world.appJson).includes(route)) throw new Error(`${route} is not in the tab bar`);
    await this.carryOut({ kind: 'switchTab', route, query: {}, delta: 0 });
    return this.current;
  }

  /** The navigations asked for and not yet followed. */
  get pendingNavigations(): Navigation[] {
    return this.world.navigations.slice(this.followed);
  }

  /** Waits for the next modal (`wx.showModal`) and answers it as the person would. */
  async answerModal(confirm: boolean, timeout = 30_000): Promise<Omit<Modal, 'answer'>> {
    const modal = await waitUntil(
      () => this.world.modals[0],
      timeout,
      () => 'no modal was shown',
    );
    this.world.modals.shift();
    modal.answer(confirm);
    await settle();
    return { title: modal.title, content: modal.content };
  }

  /** The camera reads this code on the next `wx.scanCode`. */
  willScan(code: string): void {
    this.world.scans.push(code);
  }

  /** Waits until no request is in flight, and none starts for a few ticks after. */
  async settled(timeout = 30_000): Promise<void> {
    let quiet = 0;
    await waitUntil(
      () => {
        quiet = this.world.inFlight === 0 ? quiet + 1 : 0;
        return quiet >= 4;
      },
      timeout,
      () => `${this.world.inFlight} request(s) still in flight`,
    );
  }

  /** Closes every page (their timers stop), as leaving the mini-program does. */
  async closeAll(): Promise<void> {
    this.pages.closeAll();
    await settle();
  }

  private async carryOut(navigation: Navigation): Promise<void> {
    await this.pages.navigate(navigation);
    await settle();
  }
}

const describeNavigation = ({ kind, route, query }: Navigation) =>
  `${kind} ${route}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;

/** Lets Taro's batched setData and React's effects run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
