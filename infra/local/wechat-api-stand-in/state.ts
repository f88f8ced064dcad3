import { randomBytes } from 'node:crypto';

/** What the WeChat API stand-in remembers: tokens, one-time codes, the messages it took, its test switches. */

export interface ReceivedMessage {
  msgid: string | null;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, string>;
  miniprogramState: string;
  at: string;
  /** delivered: on the member's phone; refused: 43101 (no consent / no quota left). */
  result: 'delivered' | 'refused';
}

export interface ApiFault {
  /** Only calls whose path contains this (e.g. "subscribe/send", "stable_token"); any when absent. */
  match?: string;
  /** errcode: HTTP 200 with that errcode (−1 = system busy); http: that status; disconnect; delay then answer. */
  kind: 'errcode' | 'http' | 'disconnect' | 'delay';
  errcode?: number;
  status?: number;
  delayMs?: number;
  times?: number;
}

export class ApiState {
  tokenLifetimeS = 7200;
  /** Template ids WeChat knows for this app; empty: any id is taken. */
  templates: string[] = [];
  readonly tokens = new Map<string, { expiresAtMs: number; invalid: boolean }>();
  current: string | undefined;
  refusals: Array<{ openid: string; templateId?: string }> = [];
  faults: ApiFault[] = [];
  readonly messages: ReceivedMessage[] = [];
  readonly calls: Array<{ path: string; at: string; errcode: number }> = [];
  readonly loginCodes = new Map<string, { openid: string; used: boolean }>();
  readonly phoneCodes = new Map<string, { phone: string; used: boolean }>();
  private msgids = 0;

  /** stable_token in normal mode: the live token while it has more than 5 minutes left, else a new one. */
  stableToken(nowMs: number, forceRefresh: boolean): { access_token: string; expires_in: number } {
    const live = this.current ? this.tokens.get(this.current) : undefined;
    if (!forceRefresh && live && !live.invalid && live.expiresAtMs - nowMs > 300_000)
      return { access_token: this.current!, expires_in: Math.floor((live.expiresAtMs - nowMs) / 1000) };
    if (forceRefresh && live) live.invalid = true;
    const token = randomBytes(48).toString('base64url');
    this.tokens.set(token, { expiresAtMs: nowMs + this.tokenLifetimeS * 1000, invalid: false });
    this.current = token;
    return { access_token: token, expires_in: this.tokenLifetimeS };
  }

  /** 0 when the token may call, else 41001 (missing), 40001 (not valid or not the latest) or 42001 (expired). */
  tokenErrcode(token: string | null, nowMs: number): number {
    if (!token) return 41001;
    const known = this.tokens.get(token);
    if (!known || known.invalid) return 40001;
    return known.expiresAtMs <= nowMs ? 42001 : 0;
  }

  /** Every token expires now (42001 for their holders); stable_token hands out a new one. */
  expireTokens(nowMs: number): void {
    for (const token of this.tokens.values()) token.expiresAtMs = Math.min(token.expiresAtMs, nowMs - 1);
  }

  /** Every token stops being valid (40001), as when a force refresh happened elsewhere. */
  invalidateTokens(): void {
    for (const token of this.tokens.values()) token.invalid = true;
  }

  refuses(openid: string, templateId: string): boolean {
    return this.refusals.some((r) => r.openid === openid && (!r.templateId || r.templateId === templateId));
  }

  nextFault(path: string): ApiFault | undefined {
    const index = this.faults.findIndex((fault) => !fault.match || path.includes(fault.match));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  nextMsgid(): string {
    return String(2_000_000_000 + ++this.msgids);
  }

  mintCode(): string {
    return `0${randomBytes(16).toString('hex').slice(0, 31)}`;
  }

  reset(): void {
    this.tokenLifetimeS = 7200;
    this.templates = [];
    this.tokens.clear();
    this.current = undefined;
    this.refusals = [];
    this.faults = [];
    this.messages.length = 0;
    this.calls.length = 0;
    this.loginCodes.clear();
    this.phoneCodes.clear();
  }
}
