import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import { createDocumentClient } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import type { AppConfig } from '../../functions/src/config';
import { sendFromStream, sendNotifications } from '../../functions/src/jobs/send-notifications';

const SWEEP_MS = 30_000;

/**
 * The local stand-in for the two deployed senders (serverless.yml): new outbox items, taken from the stream the
 * local aggregator reads, are sent at once; a sweep every 30 s does what the 10-minute schedule does (messages
 * back to pending after WeChat was busy, interrupted sends). Messages land on the WeChat API stand-in's page.
 */
export function startNotificationSender(config: AppConfig, onError: (error: unknown) => void) {
  const db = createDocumentClient();
  const deps = createAppDeps(config, db);
  const sweep = setInterval(() => {
    sendNotifications(Date.now(), deps).catch(onError);
  }, SWEEP_MS);
  return {
    async feed(records: readonly _Record[]) {
      const inserts = records.filter(
        (record) => record.eventName === 'INSERT' && record.dynamodb?.NewImage?.entity?.S === 'Outbox',
      );
      if (inserts.length === 0) return;
      try {
        await sendFromStream(inserts as Parameters<typeof sendFromStream>[0], Date.now(), deps);
      } catch (error) {
        onError(error);
      }
    },
    stop() {
      clearInterval(sweep);
      db.destroy();
    },
  };
}
