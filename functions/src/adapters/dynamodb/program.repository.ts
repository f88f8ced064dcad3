import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ProgramSettings } from '@app/shared';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { programVersionItem, type ProgramVersionRecord } from './items';
import { keys } from './keys';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const PROGRAM_HEAD_MOVED = 'program-head-moved';

/**
 * Program settings are versioned by effective time: the version in force at an instant is the latest one
 * whose effectiveAt (UTC ISO, so it sorts) is not after it. Records keep the version they were made under.
 */
export function programRepository(db: DocumentClient, tableName: string) {
  async function allVersions(): Promise<ProgramVersionRecord[]> {
    const items = await queryAll(db, {
      TableName: tableName,
      ...queries.programVersions(),
      ConsistentRead: true,
    });
    return items.map((item) => programVersionItem.parse(item));
  }

  return {
    async versionAt(instantIso: string): Promise<ProgramVersionRecord | undefined> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          // Bounded below as well: the partition also holds the HEAD item, which sorts before the versions.
          ...queries.programVersionsUntil(instantIso),
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      return Items?.[0] ? programVersionItem.parse(Items[0]) : undefined;
    },

    /** The first version taking effect strictly after the instant (a scheduled one), if any. */
    async versionAfter(instantIso: string): Promise<ProgramVersionRecord | undefined> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.programVersionsAfter(instantIso),
          Limit: 1,
        }),
      );
      return Items?.[0] ? programVersionItem.parse(Items[0]) : undefined;
    },

    /** Every version, oldest effective time first (a program has few: one per settings change). */
    versions: allVersions,

    /**
     * The latest version number allocated. Programs seeded before the head item existed have none: their latest
     * number is the highest among the versions (and the first save writes the head, on its absence).
     */
    async head(): Promise<{ latest: number; exists: boolean }> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.programHead(), ConsistentRead: true }),
      );
      if (Item) return { latest: Item.latest as number, exists: true };
      const versions = await allVersions();
      return { latest: Math.max(0, ...versions.map((version) => version.version)), exists: false };
    },

    /**
     * Saving version n+1: the head moves from n to n+1 on the condition that it still says n, so two marketers
     * saving at once get distinct numbers (the loser re-reads the head and tries n+2).
     */
    versionWrites(record: ProgramVersionRecord, head: { latest: number; exists: boolean }): TxWrite[] {
      return [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: keys.programHead(),
              UpdateExpression: 'SET latest = :next, entity = :entity, updatedAt = :at',
              ConditionExpression: head.exists ? 'latest = :latest' : 'attribute_not_exists(pk)',
              ExpressionAttributeValues: {
                ':next': record.version,
                ':entity': 'ProgramHead',
                ':at': new Date().toISOString(),
                ...(head.exists ? { ':latest': head.latest } : {}),
              },
            },
          },
          onConditionFailed: PROGRAM_HEAD_MOVED,
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: { ...keys.programVersion(record.effectiveAt, record.version), entity: 'ProgramVersion', ...record },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: PROGRAM_HEAD_MOVED,
        },
      ];
    },

    async putVersion(
      settings: ProgramSettings,
      effectiveAt: string,
      version: number,
      createdBy: string,
    ): Promise<'created' | 'exists'> {
      const record: ProgramVersionRecord = { version, effectiveAt, settings, createdBy };
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.programVersion(effectiveAt, version), entity: 'ProgramVersion', ...record },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return 'created';
      } catch (error) {
        if (isConditionFailed(error)) return 'exists';
        throw error;
      }
    },
  };
}

export type ProgramRepository = ReturnType<typeof programRepository>;
