import { BatchGetCommand, BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { keys } from './keys';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { memberNoOfMarkerKey, queries, tagOfSortKey } from './queries';

export const TAG_CHANGED = 'tag-changed';

export type TagKind = 'manual' | 'segment';
export const SEGMENT_TAG_PREFIX = 'segment:';

/** Who and when a tag was given (kept on the tag item, for the member 360 and for support questions). */
export interface TagStamp {
  at: string;
  by: string;
}

const kindOf = (tag: string): TagKind => (tag.startsWith(SEGMENT_TAG_PREFIX) ? 'segment' : 'manual');

/**
 * Manual tags and automatic segments: one item per (member, tag) — `MEMBER#id / TAG#<tag>`, indexed by gsi1
 * `TAG#<tag>` / `<memberId>` (what audiences read) — and a small registry of manual tag names (`TAGS`), so the
 * tag list needs no scan. Bulk changes read the tag items themselves (consistently) to write only differences.
 */
export function tagsRepository(db: DocumentClient, tableName: string) {
  const tagItem = (memberId: string, tag: string, stamp: TagStamp) => ({
    ...keys.memberTag(memberId, tag),
    ...keys.tagIndex(tag, memberId),
    entity: 'Tag',
    memberId,
    tag,
    kind: kindOf(tag),
    ...stamp,
  });

  return {
    /** The tags a member holds, read from the member's own partition (consistent, unlike the index). */
    async ofMember(memberId: string): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberTags(memberId),
        ProjectionExpression: 'sk',
        ConsistentRead: true,
      });
      return items.map((item) => tagOfSortKey(item.sk as string));
    },

    /** Gives a tag once: a second add of the same tag fails its condition (the caller re-reads). */
    addWrite(memberId: string, tag: string, stamp: TagStamp): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: tagItem(memberId, tag, stamp),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: TAG_CHANGED,
      };
    },

    removeWrite(memberId: string, tag: string): TxWrite {
      return {
        item: {
          Delete: {
            TableName: tableName,
            Key: keys.memberTag(memberId, tag),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        onConditionFailed: TAG_CHANGED,
      };
    },

    /** Records a manual tag's name the first time it is given; later writes keep who created it and when. */
    registryWrite(tag: string, stamp: TagStamp): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.tagRegistry(tag),
            UpdateExpression:
              'SET entity = :entity, tag = :tag, createdAt = if_not_exists(createdAt, :at), createdBy = if_not_exists(createdBy, :by), lastUsedAt = :at',
            ExpressionAttributeValues: { ':entity': 'TagName', ':tag': tag, ':at': stamp.at, ':by': stamp.by },
          },
        },
        onConditionFailed: TAG_CHANGED,
      };
    },

    /** The manual tags ever given, by name. */
    async registry(): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.tagRegistry(),
        ProjectionExpression: 'tag',
      });
      return items.map((item) => item.tag as string);
    },

    /** How many members hold a tag: Select COUNT over its index partition, page by page (no items travel). */
    async count(tag: string): Promise<number> {
      let total = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...queries.tagHolders(tag),
            Select: 'COUNT',
            ExclusiveStartKey: startKey,
          }),
        );
        total += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return total;
    },

    /** Every member holding a tag (the index partition; for the segment job, which compares it with what should be). */
    async holders(tag: string): Promise<Set<string>> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.tagHolders(tag),
        ProjectionExpression: 'gsi1sk',
      });
      return new Set(items.map((item) => item.gsi1sk as string));
    },

    /** memberNo → memberId for the numbers that exist (through the memberNo markers, 100 per request). */
    async memberIdsByNo(memberNos: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      await inBatches(memberNos, 100, async (batch) => {
        for (const item of await batchGet(
          batch.map((memberNo) => keys.memberNoMarker(memberNo)),
          'pk, memberId',
        ))
          found.set(memberNoOfMarkerKey(item.pk as string), item.memberId as string);
      });
      return found;
    },

    /** Which of the members hold the tag, read from the tag items themselves (consistent). */
    async holding(tag: string, memberIds: readonly string[]): Promise<Set<string>> {
      const held = new Set<string>();
      await inBatches(memberIds, 100, async (batch) => {
        for (const item of await batchGet(
          batch.map((memberId) => keys.memberTag(memberId, tag)),
          'memberId',
        ))
          held.add(item.memberId as string);
      });
      return held;
    },

    /** Gives a tag to many members (25 per request); callers pass only members found not to hold it. */
    async putMany(tag: string, memberIds: readonly string[], stamp: TagStamp): Promise<void> {
      await inBatches(memberIds, 25, (batch) =>
        batchWrite(batch.map((memberId) => ({ PutRequest: { Item: tagItem(memberId, tag, stamp) } }))),
      );
    },

    async deleteMany(tag: string, memberIds: readonly string[]): Promise<void> {
      await inBatches(memberIds, 25, (batch) =>
        batchWrite(batch.map((memberId) => ({ DeleteRequest: { Key: keys.memberTag(memberId, tag) } }))),
      );
    },
  };

  async function batchGet(keyList: Record<string, string>[], projection: string): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    let request:
      | Record<string, { Keys: Record<string, unknown>[]; ProjectionExpression: string; ConsistentRead: boolean }>
      | undefined = {
      [tableName]: { Keys: keyList, ProjectionExpression: projection, ConsistentRead: true },
    };
    for (let attempt = 0; request && Object.keys(request).length; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const answer = await db.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...(answer.Responses?.[tableName] ?? []));
      request = answer.UnprocessedKeys as typeof request;
    }
    return found;
  }

  async function batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    let pending: Record<string, Record<string, unknown>[]> | undefined = { [tableName]: requests };
    for (let attempt = 0; pending && Object.keys(pending).length && (pending[tableName]?.length ?? 0) > 0; attempt++) {
      if (attempt > 0) await backoff(attempt);
      const answer = await db.send(new BatchWriteCommand({ RequestItems: pending as never }));
      pending = answer.UnprocessedItems as typeof pending;
    }
  }
}

/** Runs `work` over slices of `size`, four slices in flight: a 10,000-member upload stays within a request's time. */
async function inBatches<T>(items: readonly T[], size: number, work: (batch: T[]) => Promise<void>): Promise<void> {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await work(batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(4, batches.length) }, worker));
}

const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt) * Math.random()));

export type TagsRepository = ReturnType<typeof tagsRepository>;
