import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ActiveLot, LedgerType } from '@app/shared';
import type { DocumentClient } from './client';
import { queryAll } from './query-all';
import { ledgerItem, lotItem, type LedgerRecord, type LotRecord } from './items';
import { decodeCursor, encodeCursor } from './pagination';
import type { TxWrite } from './transactions';
import { accountChangeWrites, type AccountChange } from './member-account-writes';
import { queries } from './queries';

export { LOTS_CHANGED, MEMBER_CHANGED, type AccountChange, type MemberUpdate } from './member-account-writes';

const toActiveLot = (lot: LotRecord): ActiveLot => ({
  lotId: lot.lotId,
  earnedAt: lot.earnedAt,
  expiresAt: lot.expiresAt,
  remaining: lot.remaining,
  source: lot.source,
});

/**
 * The member's points account: lots, ledger and the profile totals, written together. Every write of a change
 * is conditional: the profile on the version it was read at, each lot on the points it was read with, each
 * ledger entry on being new. So concurrent changes never lose or double an update; the loser retries.
 */
export function memberAccountRepository(db: DocumentClient, tableName: string) {
  return {
    /**
     * Lots with points left as stored, soonest expiry first (the sparse index), for the views that show when and how
     * they were earned; writes take the lots from the member item (`lotsOnSchedule`).
     */
    async activeLots(memberId: string): Promise<ActiveLot[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.activeLots(memberId),
      });
      return items.map((item) => toActiveLot(lotItem.parse(item)));
    },

    /** Members with lots that expire on a UTC date (one shard of the sparse expiry index). */
    async membersWithLotsExpiring(utcDate: string, shard: number): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.lotsExpiring(utcDate, shard),
        ProjectionExpression: 'memberId',
      });
      return [...new Set(items.map((item) => item.memberId as string))];
    },

    async ledger(
      memberId: string,
      options: { limit: number; cursor?: string; types?: LedgerType[] },
    ): Promise<{ items: LedgerRecord[]; nextCursor: string | null }> {
      const items: LedgerRecord[] = [];
      const ledger = queries.ledger(memberId);
      let startKey = decodeCursor(options.cursor);
      // A type filter may thin out a page: keep reading until the page is full or the ledger ends.
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...ledger,
            ...(options.types
              ? {
                  FilterExpression: `#type IN (${options.types.map((_, i) => `:t${i}`).join(', ')})`,
                  ExpressionAttributeNames: { '#type': 'type' },
                }
              : {}),
            ExpressionAttributeValues: {
              ...ledger.ExpressionAttributeValues,
              ...Object.fromEntries((options.types ?? []).map((type, i) => [`:t${i}`, type])),
            },
            ScanIndexForward: false,
            Limit: options.limit - items.length,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []).map((item) => ledgerItem.parse(item)));
        startKey = page.LastEvaluatedKey;
      } while (startKey && items.length < options.limit);
      return { items, nextCursor: encodeCursor(startKey) };
    },

    /** The writes of one account change, to be committed in one transaction with the use case's own writes. */
    writes: (change: AccountChange): TxWrite[] => accountChangeWrites(tableName, change),
  };
}

export type MemberAccountRepository = ReturnType<typeof memberAccountRepository>;
