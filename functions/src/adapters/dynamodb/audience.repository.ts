import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { directoryEntry, type DirectoryEntry } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queryAll } from './query-all';
import { queries, tagOfSortKey } from './queries';

/** What audiences are evaluated over: the sharded member directory (gsi3) and members' tags and segments. */
export function audienceStore(db: DocumentClient, tableName: string) {
  return {
    /** One page of the member directory's shard, after `cursor` (an encoded key, '' = from the start). */
    async directoryPage(
      shard: number,
      cursor: string,
      limit: number,
    ): Promise<{ entries: DirectoryEntry[]; next: string | null }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.directoryShard(shard),
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor || undefined),
        }),
      );
      return {
        entries: (page.Items ?? []).map((item) => directoryEntry.parse(item)),
        next: encodeCursor(page.LastEvaluatedKey),
      };
    },

    /** Members of one shard born on `MM-DD`. */
    async directoryBirthdays(shard: number, monthDay: string): Promise<DirectoryEntry[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.directoryBirthdays(shard, monthDay),
      });
      return items.map((item) => directoryEntry.parse(item));
    },

    /** Directory entries of the given members (explicit audiences). */
    async directoryEntries(memberIds: readonly string[]): Promise<DirectoryEntry[]> {
      const found: DirectoryEntry[] = [];
      for (let i = 0; i < memberIds.length; i += 100) {
        let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
          [tableName]: { Keys: memberIds.slice(i, i + 100).map((id) => keys.member(id)) },
        };
        while (request && Object.keys(request).length) {
          const answer = await db.send(new BatchGetCommand({ RequestItems: request }));
          for (const item of answer.Responses?.[tableName] ?? []) found.push(directoryEntry.parse(item));
          request = answer.UnprocessedKeys as typeof request;
        }
      }
      return found;
    },

    /** The tags and segments a member holds. */
    async memberTags(memberId: string): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberTags(memberId),
        ProjectionExpression: 'sk',
      });
      return items.map((item) => tagOfSortKey(item.sk as string));
    },

    /** Members holding a tag (manual tags and segments share the index: `TAG#<tag>`). */
    async taggedMemberIds(tag: string): Promise<Set<string>> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.tagHolders(tag),
        ProjectionExpression: 'memberId',
      });
      return new Set(items.map((item) => item.memberId as string));
    },
  };
}
