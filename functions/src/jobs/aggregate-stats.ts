import { toStreamChange } from '../adapters/dynamodb';
import { appDeps, type AppDeps } from '../composition';
import { aggregateChanges } from '../features/analytics/aggregate';

/** Lambda's DynamoDB stream event with a tumbling window, which names the shard the batch came from. */
interface StreamEvent {
  Records: Parameters<typeof toStreamChange>[0][];
  shardId?: string;
}

export const createHandler =
  (deps: () => AppDeps = appDeps) =>
  async (event: StreamEvent) => {
    if (!event.shardId) throw new Error('the aggregator needs the shard id of a tumbling-window event');
    if (event.Records.length)
      await aggregateChanges(event.shardId, event.Records.map(toStreamChange), Date.now(), deps());
    return { state: {} };
  };

export const handler = createHandler();
