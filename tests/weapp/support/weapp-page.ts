import { queryAll } from './selector-query';
import { waitUntil } from './wait';

/** The exparser tree behind j-component: a tap or an input is an exparser event, as WeChat delivers it. */
const exparser = require('miniprogram-exparser');

/** j-component's root component of one page (the parts the driver uses). */
export interface RenderedPage {
  instance: Record<string, any> & { data: { root: TaroNode } };
  attach(parent: Element): void;
  detach(): void;
}

/** Taro's page data: the React tree as WeChat renders it (`nn` node name, `cl` class, `sid` id, `v` text). */
export interface TaroNode {
  nn?: string;
  sid?: string;
  cl?: string;
  v?: string;
  cn?: TaroNode[];
  [attribute: string]: unknown;
}

/**
 * One open page of the mini-program, found and driven through what WeChat rendered from the build's templates:
 * elements by CSS selector (class names are the app's own), text as shown, taps and inputs as WeChat events.
 */
export class WeappPage {
  constructor(
    readonly route: string,
    readonly query: Record<string, string>,
    readonly rendered: RenderedPage,
    readonly container: Element,
  ) {}

  /** Taro's data of the page (what setData sent); e.g. attributes of built-in components such as an image `src`. */
  get data(): TaroNode {
    return this.rendered.instance.data.root;
  }

  /** By CSS selector over what was rendered (`.class`, `[data-…]`), or `#id` (a component's WeChat id). */
  find(selector: string): Element | null {
    return queryAll(this.container, selector)[0] ?? null;
  }

  findAll(selector: string): Element[] {
    return queryAll(this.container, selector);
  }

  /** The text of the first match, spaces collapsed; throws when there is none. */
  text(selector: string): string {
    const element = this.find(selector);
    if (!element) throw new Error(`${this.route}: no ${selector} on the page\n${this.outline()}`);
    return normalise(element.textContent);
  }

  /** Waits for an element (optionally with this text in it) and returns it. */
  async waitFor(selector: string, options: { text?: string | RegExp; timeout?: number } = {}): Promise<Element> {
    const { text, timeout = 30_000 } = options;
    const matches = (element: Element) =>
      text === undefined ||
      (typeof text === 'string' ? normalise(element.textContent).includes(text) : text.test(element.textContent ?? ''));
    return waitUntil(
      () => this.findAll(selector).find(matches),
      timeout,
      () => `${this.route}: no ${selector}${text ? ` with "${text}"` : ''}\n${this.outline()}`,
    );
  }

  /** Waits until the page shows this text anywhere. */
  async waitForText(text: string, timeout = 30_000): Promise<void> {
    await waitUntil(
      () => normalise(this.container.textContent).includes(text),
      timeout,
      () => `${this.route}: "${text}" never appeared\n${this.outline()}`,
    );
  }

  /** A tap as WeChat sends it (touchstart, touchend, tap), on the first match after it appears. */
  async tap(selector: string): Promise<void> {
    const element = await this.waitFor(selector);
    for (const type of ['touchstart', 'touchend', 'tap']) dispatch(element, type, { x: 0, y: 0 });
    await settle();
  }

  /** Types into an input (the match itself or the input inside it): WeChat's `input` event with the whole value. */
  async input(selector: string, value: string): Promise<void> {
    const found = await this.waitFor(selector);
    const input = isInput(found) ? found : found.querySelector('wx-input, wx-textarea');
    if (!input) throw new Error(`${this.route}: ${selector} holds no input`);
    dispatch(input, 'focus', { value: '', height: 0 });
    dispatch(input, 'input', { value, cursor: value.length, keyCode: 0 });
    dispatch(input, 'blur', { value });
    await settle();
  }

  /** The page's visible text, for failure messages. */
  outline(): string {
    return normalise(this.container.textContent).slice(0, 1200);
  }
}

function dispatch(element: Element, type: string, detail: Record<string, unknown>): void {
  const target = (element as Element & { __wxElement?: unknown }).__wxElement;
  if (!target) throw new Error(`<${element.tagName.toLowerCase()}> is not part of a rendered page`);
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(type, detail, { bubbles: true, composed: true, capturePhase: true }),
  );
}

const isInput = (element: Element) => ['WX-INPUT', 'WX-TEXTAREA'].includes(element.tagName);

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Lets Taro's batched setData and React's effects run after an event. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
