import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { WalletLot, WalletPosting } from '@app/shared';
import type { DocumentClient } from './client';
import { walletEntryItem, walletLotItem, type WalletEntryRecord, type WalletLotRecord } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queries } from './queries';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { MEMBER_CHANGED } from './member-account.repository';

export const WALLET_CHANGED = 'wallet-changed';

const toLot = (lot: WalletLotRecord): WalletLot => ({
  lotId: lot.lotId,
  principalFen: lot.principalFen,
  bonusFen: lot.bonusFen,
  at: lot.at,
  source: lot.source,
});

/**
 * The member's wallet: lots and entries in the member's partition. The totals live on the member item (written by
 * the account repository under its version condition); each lot is written conditional on what it held when read,
 * each entry on being new — so concurrent payments never lose or double a fen; the loser retries.
 */
export function walletRepository(db: DocumentClient, tableName: string) {
  return {
    /** Every lot of the member (empty ones too: a refund puts money back where it came from). */
    async lots(memberId: string): Promise<WalletLot[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.walletLots(memberId), ConsistentRead: true });
      return items.map((item) => toLot(walletLotItem.parse(item)));
    },

    async lotRecords(memberId: string): Promise<WalletLotRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.walletLots(memberId) });
      return items.map((item) => walletLotItem.parse(item));
    },

    async entries(
      memberId: string,
      options: { limit: number; cursor?: string },
    ): Promise<{ items: WalletEntryRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.walletEntries(memberId),
          ScanIndexForward: false,
          Limit: options.limit,
          ExclusiveStartKey: decodeCursor(options.cursor),
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => walletEntryItem.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
    },

    /** The writes of a wallet posting: entries, new lots, changed lots (the member item is the account's write). */
    writes(memberId: string, posting: WalletPosting): TxWrite[] {
      const writes: TxWrite[] = [];
      for (const entry of posting.entries) {
        writes.push({
          item: {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.walletEntry(memberId, entry.at, entry.entryId),
                entity: 'WalletEntry',
                memberId,
                ...entry,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: MEMBER_CHANGED,
        });
      }
      for (const lot of posting.newLots) {
        writes.push({
          item: {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.walletLot(memberId, lot.lotId),
                entity: 'WalletLot',
                memberId,
                ...lot,
                initialPrincipalFen: lot.principalFen,
                initialBonusFen: lot.bonusFen,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: WALLET_CHANGED,
        });
      }
      for (const lot of posting.lotUpdates) {
        writes.push({
          item: {
            Update: {
              TableName: tableName,
              Key: keys.walletLot(memberId, lot.lotId),
              UpdateExpression: 'SET principalFen = :principal, bonusFen = :bonus',
              ConditionExpression: 'principalFen = :expectedPrincipal AND bonusFen = :expectedBonus',
              ExpressionAttributeValues: {
                ':principal': lot.principalFen,
                ':bonus': lot.bonusFen,
                ':expectedPrincipal': lot.expected.principalFen,
                ':expectedBonus': lot.expected.bonusFen,
              },
            },
          },
          onConditionFailed: WALLET_CHANGED,
        });
      }
      return writes;
    },
  };
}

export type WalletRepository = ReturnType<typeof walletRepository>;
