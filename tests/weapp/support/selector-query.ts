/**
 * `wx.createSelectorQuery()` over the page on top, in WeChat's shape: `select(…)` gives a NodesRef whose
 * `fields` / `boundingClientRect` / `node` queue a result, and `exec(callback)` answers them all at once, later.
 * jsdom lays nothing out, so sizes come from the element's inline style (`100%` is the phone's width); a
 * `<canvas type="2d">` node is a canvas whose 2D context records what is drawn.
 */
const PHONE_WIDTH = 375;

type Fields = { id?: boolean; dataset?: boolean; rect?: boolean; size?: boolean; node?: boolean };
type Result = Record<string, unknown> | null;

export class SelectorQuery {
  private readonly queue: (() => Result | Result[])[] = [];

  constructor(private readonly root: () => Element | null) {}

  in(): SelectorQuery {
    return this;
  }

  select(selector: string): NodesRef {
    return new NodesRef(this, () => queryAll(this.root(), selector).slice(0, 1), true);
  }

  selectAll(selector: string): NodesRef {
    return new NodesRef(this, () => queryAll(this.root(), selector), false);
  }

  selectViewport(): NodesRef {
    return new NodesRef(this, () => [], true);
  }

  /** @internal */
  add(result: () => Result | Result[]): SelectorQuery {
    this.queue.push(result);
    return this;
  }

  exec(callback?: (results: (Result | Result[])[]) => void): void {
    setTimeout(() => callback?.(this.queue.map((result) => result())), 0);
  }
}

class NodesRef {
  constructor(
    private readonly query: SelectorQuery,
    private readonly elements: () => Element[],
    private readonly single: boolean,
  ) {}

  fields(fields: Fields, callback?: (result: unknown) => void): SelectorQuery {
    return this.answer((element) => describe(element, fields), callback);
  }

  boundingClientRect(callback?: (result: unknown) => void): SelectorQuery {
    return this.answer((element) => describe(element, { id: true, dataset: true, rect: true, size: true }), callback);
  }

  node(callback?: (result: unknown) => void): SelectorQuery {
    return this.answer((element) => describe(element, { node: true }), callback);
  }

  private answer(each: (element: Element) => Record<string, unknown>, callback?: (result: unknown) => void) {
    return this.query.add(() => {
      const results = this.elements().map(each);
      const result = this.single ? (results[0] ?? null) : results;
      callback?.(result);
      return result;
    });
  }
}

/**
 * Elements of a rendered page by selector. A component's `id` is WeChat's (exparser's), not a DOM attribute, so
 * `#id` is looked up there; anything else is CSS over the rendered DOM (classes, `[data-…]` attributes, tags).
 */
export function queryAll(root: Element | null, selector: string): Element[] {
  if (!root) return [];
  const byId = /^#([\w-]+)$/.exec(selector.trim());
  if (!byId) return Array.from(root.querySelectorAll(selector));
  return Array.from(root.querySelectorAll('*')).filter(
    (element) => (element as Element & { __wxElement?: { id?: string } }).__wxElement?.id === byId[1],
  );
}

/** The canvas a `<canvas type="2d">` element was given when the app queried its node, if it did. */
export const canvasOf = (element: Element | null): RecordingCanvas | undefined =>
  element ? canvases.get(element) : undefined;

const canvases = new WeakMap<Element, RecordingCanvas>();

function describe(element: Element, fields: Fields): Record<string, unknown> {
  const width = cssLength(element, 'width', PHONE_WIDTH);
  const height = cssLength(element, 'height', 0);
  const result: Record<string, unknown> = {};
  if (fields.id) result.id = element.id;
  if (fields.dataset) result.dataset = { ...(element as HTMLElement).dataset };
  if (fields.rect) Object.assign(result, { left: 0, top: 0, right: width, bottom: height });
  if (fields.size) Object.assign(result, { width, height });
  if (fields.node && element.tagName === 'WX-CANVAS') {
    if (!canvases.has(element)) canvases.set(element, new RecordingCanvas(width, height));
    result.node = canvases.get(element);
  }
  return result;
}

function cssLength(element: Element, property: 'width' | 'height', whole: number): number {
  const value = (element as HTMLElement).style?.[property] ?? '';
  if (value.endsWith('%')) return (whole * Number.parseFloat(value)) / 100;
  if (value.endsWith('px')) return Number.parseFloat(value);
  return property === 'width' ? whole : 0;
}

/** A canvas node of `type="2d"`: `getContext('2d')` gives a context that keeps every call, e.g. `fillText` '¥35'. */
export class RecordingCanvas {
  readonly calls: { method: string; args: unknown[] }[] = [];
  private readonly context: Record<string | symbol, unknown>;

  constructor(
    public width: number,
    public height: number,
  ) {
    const calls = this.calls;
    const state: Record<string | symbol, unknown> = {
      measureText: (text: string) => ({ width: String(text).length * 6 }),
      createLinearGradient: () => ({ addColorStop() {} }),
    };
    this.context = new Proxy(state, {
      get: (target, key) =>
        key in target
          ? target[key]
          : (...args: unknown[]) => {
              calls.push({ method: String(key), args });
            },
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    });
  }

  getContext(kind: string): unknown {
    return kind === '2d' ? this.context : null;
  }

  /** The text drawn so far, in order. */
  get texts(): string[] {
    return this.calls.filter((call) => call.method === 'fillText').map((call) => String(call.args[0]));
  }
}
