import { decodeImage, outboxItem } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { type Delivery, deliver } from '../features/notifications/deliver';
import { runPool } from './run-pool';

const PAGE = 100;

/**
 * Every 10 minutes (and locally every few seconds): each message still due — written while the stream could not
 * deliver it, back to pending after WeChat was busy, or left `sending` by a sender that stopped — is delivered or
 * ended. Idempotent and resumable: each message moves only by conditional writes (features/notifications/deliver.ts).
 */
export async function sendNotifications(nowMs: number, deps: AppDeps): Promise<Record<Delivery, number>> {
  const counts: Record<Delivery, number> = { sent: 0, skipped: 0, failed: 0, pending: 0, 'busy-elsewhere': 0 };
  const shards = Array.from({ length: deps.notifications.outboxDueShards }, (_, shard) => shard);
  await runPool(shards, 4, async (shard) => {
    let after: Record<string, unknown> | undefined;
    do {
      const page = await deps.notifications.dueMessages(shard, PAGE, after);
      await runPool(page.items, 4, async (message) => {
        counts[await deliver(message, nowMs, deps)]++;
        return true;
      });
      after = page.after;
    } while (after);
    return true;
  });
  return counts;
}

/** The stream's new outbox items (serverless.yml filters the stream to them), each delivered at once. */
export async function sendFromStream(
  records: readonly { dynamodb?: { NewImage?: Record<string, object> } }[],
  nowMs: number,
  deps: AppDeps,
): Promise<Record<Delivery, number>> {
  const counts: Record<Delivery, number> = { sent: 0, skipped: 0, failed: 0, pending: 0, 'busy-elsewhere': 0 };
  const messages = records.flatMap((record) => {
    const parsed = outboxItem.safeParse(decodeImage(record.dynamodb?.NewImage));
    return parsed.success ? [parsed.data] : [];
  });
  await runPool(messages, 4, async (message) => {
    counts[await deliver(message, nowMs, deps)]++;
    return true;
  });
  return counts;
}
