import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { auditItem, entitlementItem, type AuditRecord, type EntitlementRecord } from './items';
import { GSI2, keys } from './keys';
import { queryAll } from './query-all';
import { decodeCursor, encodeCursor } from './pagination';
import type { TxWrite } from './transactions';

/** Audit entries of marketer actions and entitlements recorded for later issue (upgrade gift coupons). */
export function recordsRepository(db: DocumentClient, tableName: string) {
  return {
    auditWrite(entry: AuditRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.audit(entry.at, entry.auditId), entity: 'Audit', ...entry },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: 'audit-exists',
      };
    },

    async auditMonth(
      month: string,
      limit: number,
      cursor?: string,
    ): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
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
      return {
        items: (page.Items ?? []).map((item) => auditItem.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
    },

    /** A coupon owed to a member (the coupons issue issues it); pending ones are listed by a sparse index. */
    entitlementWrite(entitlement: EntitlementRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.entitlement(entitlement.memberId, entitlement.entitlementId),
              ...(entitlement.status === 'pending'
                ? keys.pendingEntitlementIndex(entitlement.at, entitlement.entitlementId)
                : {}),
              entity: 'Entitlement',
              ...entitlement,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: 'entitlement-exists',
      };
    },

    /** Marks a pending entitlement issued with its coupon (the job that honours entitlements recorded earlier). */
    entitlementIssuedWrite(entitlement: EntitlementRecord, couponId: string): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.entitlement(entitlement.memberId, entitlement.entitlementId),
            UpdateExpression: 'SET #status = :issued, couponId = :couponId REMOVE gsi2pk, gsi2sk',
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':issued': 'issued', ':pending': 'pending', ':couponId': couponId },
          },
        },
        onConditionFailed: 'entitlement-not-pending',
      };
    },

    async pendingEntitlements(): Promise<EntitlementRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        IndexName: GSI2,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': 'ENTITLEMENTS#pending' },
      });
      return items.map((item) => entitlementItem.parse(item));
    },

    /** Revokes an entitlement whose upgrade was reverted: a pending one, or an issued one whose coupon is revoked with it. */
    entitlementRevokedWrite(memberId: string, entitlementId: string, from: 'pending' | 'issued'): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.entitlement(memberId, entitlementId),
            UpdateExpression: 'SET #status = :revoked REMOVE gsi2pk, gsi2sk',
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':revoked': 'revoked', ':from': from },
          },
        },
        onConditionFailed: 'entitlement-changed',
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
