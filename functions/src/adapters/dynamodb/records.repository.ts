import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { auditItem, entitlementItem, type AuditRecord, type EntitlementRecord } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import type { TxWrite } from './transactions';

/** Audit entries of marketer actions and entitlements recorded for later issue (upgrade gift coupons). */
export function recordsRepository(db: DocumentClient, tableName: string) {
  return {
    auditWrite(entry: AuditRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: { ...keys.audit(entry.at, entry.auditId), entity: 'Audit', ...entry }, ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: 'audit-exists',
      };
    },

    async auditMonth(month: string, limit: number, cursor?: string): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `AUDIT#${month}` },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      return { items: (page.Items ?? []).map((item) => auditItem.parse(item)), nextCursor: encodeCursor(page.LastEvaluatedKey) };
    },

    /** A coupon owed to a member (the coupons issue issues it); pending ones are listed by a sparse index. */
    entitlementWrite(entitlement: EntitlementRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.entitlement(entitlement.memberId, entitlement.entitlementId), ...keys.pendingEntitlementIndex(entitlement.at, entitlement.entitlementId), entity: 'Entitlement', ...entitlement },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: 'entitlement-exists',
      };
    },

    /** Revokes a still-pending entitlement (an upgrade reverted before its coupon was issued). */
    entitlementRevokeWrite(memberId: string, entitlementId: string): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.entitlement(memberId, entitlementId),
            UpdateExpression: 'SET #status = :revoked REMOVE gsi2pk, gsi2sk',
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':revoked': 'revoked', ':pending': 'pending' },
          },
        },
        onConditionFailed: 'entitlement-not-pending',
      };
    },

    async entitlements(memberId: string): Promise<EntitlementRecord[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': `MEMBER#${memberId}`, ':prefix': 'ENTITLEMENT#' },
          ConsistentRead: true,
        }),
      );
      return (Items ?? []).map((item) => entitlementItem.parse(item));
    },
  };
}

export type RecordsRepository = ReturnType<typeof recordsRepository>;
