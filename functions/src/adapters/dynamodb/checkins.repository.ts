import type { DocumentClient } from './client';
import { keys } from './keys';
import type { TxWrite } from './transactions';

export const CHECKIN_TAKEN = 'checkin-taken';

export interface CheckinRecord {
  date: string;
  streak: number;
  cycleDay: number;
  points: number;
  growth: number;
  bonus: number;
  makeup: boolean;
  at: string;
  /** The program version the reward was computed under (absent on check-ins recorded before versions were kept). */
  programVersion?: number;
}

/** One marker item per member and business day: the check-in itself, written only if the day has none. */
export function checkinsRepository(_db: DocumentClient, tableName: string) {
  return {
    markerWrite(memberId: string, record: CheckinRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.checkin(memberId, record.date), entity: 'Checkin', memberId, ...record },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: CHECKIN_TAKEN,
      };
    },
  };
}

export type CheckinsRepository = ReturnType<typeof checkinsRepository>;
