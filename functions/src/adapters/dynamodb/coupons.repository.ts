import { BatchGetCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { audienceStore } from './audience.repository';
import { campaignStore } from './campaigns.repository';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { couponRecord, couponTemplateRecord, type CouponRecord, type CouponTemplateRecord } from './items';
import { keys, P } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const COUPON_EXISTS = 'coupon-exists';
export const COUPON_TAKEN = 'coupon-taken';

export interface StatsDelta {
  redeemed: number;
  discountFen: number;
  salesFen: number;
}

/**
 * Coupon templates, members' coupons and campaigns' sharded statistics; with the campaigns (campaigns.repository)
 * and the audiences they reach (audience.repository), the one `coupons` store of the use cases. Templates never
 * change once created, so a container keeps them.
 */
export function couponsRepository(db: DocumentClient, tableName: string) {
  const templateCache = new Map<string, CouponTemplateRecord>();

  return {
    templateWrite(template: CouponTemplateRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.couponTemplate(template.templateId),
              ...keys.couponTemplateIndex(template.createdAt, template.templateId),
              entity: 'CouponTemplate',
              ...template,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: 'template-exists',
      };
    },

    async putTemplateIfAbsent(template: CouponTemplateRecord): Promise<void> {
      try {
        await db.send(new PutCommand(this.templateWrite(template).item.Put!));
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    },

    async template(templateId: string): Promise<CouponTemplateRecord | undefined> {
      const cached = templateCache.get(templateId);
      if (cached) return cached;
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.couponTemplate(templateId) }));
      if (!Item) return undefined;
      const template = couponTemplateRecord.parse(Item);
      templateCache.set(templateId, template);
      return template;
    },

    async templates(
      limit: number,
      cursor?: string,
    ): Promise<{ items: CouponTemplateRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.templates(),
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => couponTemplateRecord.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
    },

    /** Issues a coupon once: its id is fixed by the occasion, so a second attempt fails with COUPON_EXISTS. */
    issueWrite(coupon: CouponRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.coupon(coupon.memberId, coupon.couponId),
              ...keys.heldByMemberNoIndex(coupon.memberNo, `${P.coupon}${coupon.couponId}`),
              entity: 'Coupon',
              ...coupon,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: COUPON_EXISTS,
      };
    },

    async coupon(memberId: string, couponId: string, consistent = false): Promise<CouponRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.coupon(memberId, couponId), ConsistentRead: consistent }),
      );
      return Item ? couponRecord.parse(Item) : undefined;
    },

    /** Which of these coupons exist already (a resumed dispatch skips them). */
    async existingCoupons(refs: readonly { memberId: string; couponId: string }[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < refs.length; i += 100) {
        let request:
          | Record<string, { Keys: Record<string, unknown>[]; ProjectionExpression: string; ConsistentRead: boolean }>
          | undefined = {
          [tableName]: {
            Keys: refs.slice(i, i + 100).map((ref) => keys.coupon(ref.memberId, ref.couponId)),
            ProjectionExpression: 'memberId, couponId',
            ConsistentRead: true,
          },
        };
        while (request && Object.keys(request).length) {
          const answer = await db.send(new BatchGetCommand({ RequestItems: request }));
          for (const item of answer.Responses?.[tableName] ?? []) found.add(`${item.memberId}/${item.couponId}`);
          request = answer.UnprocessedKeys as typeof request;
        }
      }
      return found;
    },

    /** Every coupon of a member (a wallet holds tens, not thousands). */
    async memberCoupons(memberId: string, idPrefix = ''): Promise<CouponRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberCoupons(memberId, idPrefix),
        ConsistentRead: idPrefix !== '',
      });
      return items.map((item) => couponRecord.parse(item));
    },

    /** Uses the coupon once: only from `available` and before its end (the compare-and-set of product.md). */
    useWrite(
      coupon: CouponRecord,
      use: { at: string; purchaseId: string; storeId: string; discountFen: number },
    ): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.coupon(coupon.memberId, coupon.couponId),
            UpdateExpression:
              'SET #status = :used, usedAt = :at, usedPurchaseId = :purchase, usedStoreId = :store, discountFen = :discount',
            ConditionExpression: '#status = :available AND validUntil > :at',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':used': 'used',
              ':available': 'available',
              ':at': use.at,
              ':purchase': use.purchaseId,
              ':store': use.storeId,
              ':discount': use.discountFen,
            },
          },
        },
        onConditionFailed: COUPON_TAKEN,
      };
    },

    /** Gives a used coupon back after its purchase was refunded (the caller checked it is still valid). */
    restoreWrite(coupon: CouponRecord, purchaseId: string): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.coupon(coupon.memberId, coupon.couponId),
            UpdateExpression:
              'SET #status = :available, usedAt = :null, usedPurchaseId = :null, usedStoreId = :null, discountFen = :null',
            ConditionExpression: '#status = :used AND usedPurchaseId = :purchase',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':available': 'available',
              ':used': 'used',
              ':purchase': purchaseId,
              ':null': null,
            },
          },
        },
        onConditionFailed: COUPON_TAKEN,
      };
    },

    revokeWrite(coupon: CouponRecord): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.coupon(coupon.memberId, coupon.couponId),
            UpdateExpression: 'SET #status = :revoked',
            ConditionExpression: '#status = :available',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':revoked': 'revoked', ':available': 'available' },
          },
        },
        onConditionFailed: COUPON_TAKEN,
      };
    },

    statsWrite(campaignId: string, couponId: string, delta: StatsDelta): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.campaignStats(campaignId, couponId),
            UpdateExpression: 'SET entity = :entity ADD redeemed :r, discountFen :d, salesFen :s',
            ExpressionAttributeValues: {
              ':entity': 'CampaignStats',
              ':r': delta.redeemed,
              ':d': delta.discountFen,
              ':s': delta.salesFen,
            },
          },
        },
        onConditionFailed: 'stats',
      };
    },

    async stats(campaignId: string): Promise<StatsDelta> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.campaignStats(campaignId),
      });
      const total: StatsDelta = { redeemed: 0, discountFen: 0, salesFen: 0 };
      for (const item of items) {
        total.redeemed += Number(item.redeemed ?? 0);
        total.discountFen += Number(item.discountFen ?? 0);
        total.salesFen += Number(item.salesFen ?? 0);
      }
      return total;
    },

    ...campaignStore(db, tableName),
    ...audienceStore(db, tableName),
  };
}

export type CouponsRepository = ReturnType<typeof couponsRepository>;
