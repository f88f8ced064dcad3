import { loadOnce } from '../../load-once';

/** A unit of push dispatch: one campaign, one shard of the member directory. */
export interface DispatchTask {
  campaignId: string;
  shard: number;
}

/**
 * The production fan-out of a push campaign: one message per directory shard, consumed by `dispatchWorker`.
 * The SQS client (the one the Node.js runtime ships, never bundled) is loaded only by a function that sends:
 * every other function's cold start skips it.
 */
export function sqsDispatchQueue(queueUrl: string) {
  const sqs = loadOnce(async () => {
    const { SQSClient, SendMessageBatchCommand } = await import('@aws-sdk/client-sqs');
    return { client: new SQSClient({}), SendMessageBatchCommand };
  });
  return {
    async enqueue(tasks: readonly DispatchTask[]): Promise<void> {
      const { client, SendMessageBatchCommand } = await sqs();
      for (let i = 0; i < tasks.length; i += 10) {
        const batch = tasks.slice(i, i + 10);
        const answer = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map((task, index) => ({ Id: String(index), MessageBody: JSON.stringify(task) })),
          }),
        );
        if (answer.Failed?.length)
          throw new Error(
            `could not enqueue ${answer.Failed.length} dispatch tasks: ${answer.Failed.map((failure) => failure.Message).join('; ')}`,
          );
      }
    },
  };
}

export type DispatchQueue = ReturnType<typeof sqsDispatchQueue>;
