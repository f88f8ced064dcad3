import { type KeyObject, randomUUID } from 'node:crypto';
import { chinaTime } from '../stand-in-http';
import { encryptResource, platformSignatureHeaders } from './platform-crypto';

/**
 * Delivers notifications the way WeChat Pay does: POST to the order's notify_url, signed with the platform key,
 * resource encrypted with the APIv3 key; anything but 200/204 within 5 s is tried again on the platform's
 * schedule (15 s, 15 s, 30 s, 3 min, 10 min, 20 min, 30 min ×3, 60 min, 3 h ×3, 6 h ×2). Tests shorten the
 * schedule and may make a notification late, doubled or lost.
 */
export const PLATFORM_RETRY_SCHEDULE_MS = [
  15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600,
].map((s) => s * 1000);
const ANSWER_WITHIN_MS = 5_000;

export interface NotifyBehaviour {
  /** 1 as the platform normally does; 2 sends two copies at once (a repeat racing the first); 0 never notifies. */
  copies: 0 | 1 | 2;
  /** Wait this long before the first attempt (a late notification). */
  delayMs: number;
}

export interface Delivery {
  notificationId: string;
  eventType: string;
  outTradeNo: string;
  url: string;
  attempt: number;
  at: string;
  /** The HTTP status the merchant answered, or why there was none. */
  result: number | string;
  accepted: boolean;
}

export class Notifier {
  readonly deliveries: Delivery[] = [];
  retryScheduleMs = PLATFORM_RETRY_SCHEDULE_MS;
  /** Attempts waiting or under way: 0 when the platform has nothing more to send. */
  pending = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Bumped by stop(): attempts of an earlier epoch neither record nor retry. */
  private epoch = 0;

  constructor(private readonly keys: { platformKey: KeyObject; keyId: string; apiV3Key: string }) {}

  notify(
    event: {
      url: string;
      eventType: string;
      summary: string;
      originalType: 'transaction' | 'refund';
      outTradeNo: string;
    },
    resource: Record<string, unknown>,
    behaviour: NotifyBehaviour,
  ): void {
    if (behaviour.copies === 0) return;
    const id = randomUUID();
    const body = JSON.stringify({
      id,
      create_time: chinaTime(Date.now()),
      resource_type: 'encrypt-resource',
      event_type: event.eventType,
      summary: event.summary,
      resource: encryptResource(JSON.stringify(resource), this.keys.apiV3Key, event.originalType),
    });
    for (let copy = 0; copy < behaviour.copies; copy++)
      this.later(behaviour.delayMs, () => this.attempt(event, id, body, 1));
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    this.epoch++;
  }

  private later(ms: number, run: () => Promise<void>) {
    const epoch = this.epoch;
    this.pending++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void run().finally(() => {
        if (epoch === this.epoch) this.pending--;
      });
    }, ms);
    this.timers.add(timer);
  }

  private async attempt(
    event: { url: string; eventType: string; outTradeNo: string },
    id: string,
    body: string,
    attempt: number,
  ) {
    const epoch = this.epoch;
    let result: number | string;
    try {
      const response = await fetch(event.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Mozilla/4.0',
          ...platformSignatureHeaders(body, { privateKey: this.keys.platformKey, keyId: this.keys.keyId }, Date.now()),
        },
        body,
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      });
      await response.arrayBuffer();
      result = response.status;
    } catch (error) {
      result =
        (error as Error).name === 'TimeoutError'
          ? 'no answer within 5 s'
          : `no connection (${(error as Error).message})`;
    }
    if (epoch !== this.epoch) return;
    const accepted = result === 200 || result === 204;
    this.deliveries.push({
      notificationId: id,
      eventType: event.eventType,
      outTradeNo: event.outTradeNo,
      url: event.url,
      attempt,
      at: new Date().toISOString(),
      result,
      accepted,
    });
    const wait = this.retryScheduleMs[attempt - 1];
    if (!accepted && wait !== undefined) this.later(wait, () => this.attempt(event, id, body, attempt + 1));
  }
}
