import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ProgramSettings } from '@app/shared';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { programVersionItem, type ProgramVersionRecord } from './items';
import { keys } from './keys';

/**
 * Program settings are versioned by effective time: the version in force at an instant is the latest one
 * whose effectiveAt (UTC ISO, so it sorts) is not after it. Records keep the version they were made under.
 */
export function programRepository(db: DocumentClient, tableName: string) {
  return {
    async versionAt(instantIso: string): Promise<ProgramVersionRecord | undefined> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk <= :upper',
          ExpressionAttributeValues: { ':pk': keys.program().pk, ':upper': `VERSION#${instantIso}#~` },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      return Items?.[0] ? programVersionItem.parse(Items[0]) : undefined;
    },

    async putVersion(settings: ProgramSettings, effectiveAt: string, version: number, createdBy: string): Promise<'created' | 'exists'> {
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
