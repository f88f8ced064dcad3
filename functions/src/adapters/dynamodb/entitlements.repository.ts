import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { entitlementItem, type EntitlementRecord } from './items';
import { keys } from './keys';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { queries } from './queries';

/** Entitlements: coupons owed to members, recorded to be issued later (upgrade gift coupons). */
export function entitlementsRepository(db: DocumentClient, tableName: string) {
  return {
    /** A coupon owed to a member (the coupons issue issues it); pending ones are listed by a sparse index. */
    write(entitlement: EntitlementRecord): TxWrite {
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
    issuedWrite(entitlement: EntitlementRecord, couponId: string): TxWrite {
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

    async pending(): Promise<EntitlementRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.pendingEntitlements(),
      });
      return items.map((item) => entitlementItem.parse(item));
    },

    /** Revokes an entitlement whose upgrade was reverted: a pending one, or an issued one whose coupon is revoked with it. */
    revokedWrite(memberId: string, entitlementId: string, from: 'pending' | 'issued'): TxWrite {
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

    /** The member's entitlements, read consistently. */
    async ofMember(memberId: string): Promise<EntitlementRecord[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.memberEntitlements(memberId),
          ConsistentRead: true,
        }),
      );
      return (Items ?? []).map((item) => entitlementItem.parse(item));
    },
  };
}

export type EntitlementsRepository = ReturnType<typeof entitlementsRepository>;
