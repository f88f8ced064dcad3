import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { campaignRecord, couponRecord, couponTemplateRecord, directoryEntry, dispatchRecord, type CampaignRecord, type CouponRecord, type CouponTemplateRecord, type DirectoryEntry, type DispatchRecord } from './items';
import type { OutboxRecord } from './engagement.repository';
import { GSI1, GSI2, GSI3, keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';

export const COUPON_EXISTS = 'coupon-exists';
export const COUPON_TAKEN = 'coupon-taken';
export const CLAIM_REFUSED = 'claim-refused';
export const CAMPAIGN_CHANGED = 'campaign-changed';
export const DISPATCH_MOVED = 'dispatch-moved';

export interface StatsDelta {
  redeemed: number;
  discountFen: number;
  salesFen: number;
}

/**
 * Coupon templates, members' coupons, campaigns with their dispatch state and sharded statistics, and the member
 * directory that audiences are evaluated over. Templates never change once created, so a container keeps them.
 */
export function couponsRepository(db: DocumentClient, tableName: string) {
  const templateCache = new Map<string, CouponTemplateRecord>();

  return {
    templateWrite(template: CouponTemplateRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: { ...keys.couponTemplate(template.templateId), ...keys.couponTemplateIndex(template.createdAt, template.templateId), entity: 'CouponTemplate', ...template }, ConditionExpression: 'attribute_not_exists(pk)' } },
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

    async templates(limit: number, cursor?: string): Promise<{ items: CouponTemplateRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({ TableName: tableName, IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': 'TEMPLATES' }, ScanIndexForward: false, Limit: limit, ExclusiveStartKey: decodeCursor(cursor) }),
      );
      return { items: (page.Items ?? []).map((item) => couponTemplateRecord.parse(item)), nextCursor: encodeCursor(page.LastEvaluatedKey) };
    },

    /** Issues a coupon once: its id is fixed by the occasion, so a second attempt fails with COUPON_EXISTS. */
    issueWrite(coupon: CouponRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: { ...keys.coupon(coupon.memberId, coupon.couponId), entity: 'Coupon', ...coupon }, ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: COUPON_EXISTS,
      };
    },

    async coupon(memberId: string, couponId: string, consistent = false): Promise<CouponRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.coupon(memberId, couponId), ConsistentRead: consistent }));
      return Item ? couponRecord.parse(Item) : undefined;
    },

    /** Which of these coupons exist already (a resumed dispatch skips them). */
    async existingCoupons(refs: readonly { memberId: string; couponId: string }[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < refs.length; i += 100) {
        let request: Record<string, { Keys: Record<string, unknown>[]; ProjectionExpression: string; ConsistentRead: boolean }> | undefined = {
          [tableName]: { Keys: refs.slice(i, i + 100).map((ref) => keys.coupon(ref.memberId, ref.couponId)), ProjectionExpression: 'memberId, couponId', ConsistentRead: true },
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
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `MEMBER#${memberId}`, ':prefix': `COUPON#${idPrefix}` },
        ConsistentRead: idPrefix !== '',
      });
      return items.map((item) => couponRecord.parse(item));
    },

    /** Uses the coupon once: only from `available` and before its end (the compare-and-set of product.md). */
    useWrite(coupon: CouponRecord, use: { at: string; purchaseId: string; storeId: string; discountFen: number }): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.coupon(coupon.memberId, coupon.couponId),
            UpdateExpression: 'SET #status = :used, usedAt = :at, usedPurchaseId = :purchase, usedStoreId = :store, discountFen = :discount',
            ConditionExpression: '#status = :available AND validUntil > :at',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':used': 'used', ':available': 'available', ':at': use.at, ':purchase': use.purchaseId, ':store': use.storeId, ':discount': use.discountFen },
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
            UpdateExpression: 'SET #status = :available, usedAt = :null, usedPurchaseId = :null, usedStoreId = :null, discountFen = :null',
            ConditionExpression: '#status = :used AND usedPurchaseId = :purchase',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':available': 'available', ':used': 'used', ':purchase': purchaseId, ':null': null },
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
            ExpressionAttributeValues: { ':entity': 'CampaignStats', ':r': delta.redeemed, ':d': delta.discountFen, ':s': delta.salesFen },
          },
        },
        onConditionFailed: 'stats',
      };
    },

    async stats(campaignId: string): Promise<StatsDelta> {
      const items = await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': `CAMPAIGN#${campaignId}`, ':prefix': 'STATS#' } });
      const total: StatsDelta = { redeemed: 0, discountFen: 0, salesFen: 0 };
      for (const item of items) {
        total.redeemed += Number(item.redeemed ?? 0);
        total.discountFen += Number(item.discountFen ?? 0);
        total.salesFen += Number(item.salesFen ?? 0);
      }
      return total;
    },

    outboxWrite(date: string, message: OutboxRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: { ...keys.outbox(date, message.messageId), entity: 'Outbox', date, ...message }, ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: COUPON_EXISTS,
      };
    },

    // —— campaigns ——

    campaignWrite(campaign: CampaignRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: { ...keys.campaign(campaign.campaignId), ...keys.campaignIndex(campaign.createdAt, campaign.campaignId), entity: 'Campaign', ...campaign }, ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: CAMPAIGN_CHANGED,
      };
    },

    async campaign(campaignId: string, consistent = false): Promise<CampaignRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.campaign(campaignId), ConsistentRead: consistent }));
      return Item ? campaignRecord.parse(Item) : undefined;
    },

    async campaigns(limit: number, cursor?: string): Promise<{ items: CampaignRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({ TableName: tableName, IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': 'CAMPAIGNS' }, ScanIndexForward: false, Limit: limit, ExclusiveStartKey: decodeCursor(cursor) }),
      );
      return { items: (page.Items ?? []).map((item) => campaignRecord.parse(item)), nextCursor: encodeCursor(page.LastEvaluatedKey) };
    },

    /**
     * Moves a campaign from the status it was read in to another, setting fields; the sparse index follows: open
     * claim campaigns carry `CLAIMS#open`, push campaigns waiting for dispatch `DISPATCH#due`, others neither.
     */
    statusWrite(campaign: CampaignRecord, to: CampaignRecord['status'], fields: Partial<CampaignRecord> = {}): TxWrite {
      const values: Record<string, unknown> = { ':from': campaign.status, ':to': to };
      const names: Record<string, string> = { '#status': 'status' };
      const sets = ['#status = :to'];
      for (const [field, value] of Object.entries(fields)) {
        names[`#${field}`] = field;
        values[`:${field}`] = value;
        sets.push(`#${field} = :${field}`);
      }
      let index: Record<string, string> | null = null;
      if (to === 'active' && campaign.kind === 'claim') index = keys.openClaimIndex(campaign.campaignId);
      if ((to === 'scheduled' || to === 'dispatching') && campaign.kind === 'push') index = keys.dueDispatchIndex(fields.scheduleAt ?? campaign.scheduleAt ?? fields.launchedAt ?? campaign.createdAt, campaign.campaignId);
      for (const [name, value] of Object.entries(index ?? {})) {
        values[`:${name}`] = value;
        sets.push(`${name} = :${name}`);
      }
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.campaign(campaign.campaignId),
            UpdateExpression: `SET ${sets.join(', ')}${index ? '' : ' REMOVE gsi2pk, gsi2sk'}`,
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: CAMPAIGN_CHANGED,
      };
    },

    async openClaimCampaigns(): Promise<CampaignRecord[]> {
      const items = await queryAll(db, { TableName: tableName, IndexName: GSI2, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': 'CLAIMS#open' } });
      return items.map((item) => campaignRecord.parse(item));
    },

    async dueDispatches(nowIso: string): Promise<CampaignRecord[]> {
      const items = await queryAll(db, { TableName: tableName, IndexName: GSI2, KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :now', ExpressionAttributeValues: { ':pk': 'DISPATCH#due', ':now': `${nowIso}#~` } });
      return items.map((item) => campaignRecord.parse(item));
    },

    /**
     * One claim: the campaign's count and spend move only while `claimed < stock`, the budget holds and the
     * campaign is open — one conditional write, so stock is never oversold however many claim at once.
     */
    claimWrite(campaign: CampaignRecord, faceValueFen: number, nowIso: string): TxWrite {
      const conditions = ['#status = :active'];
      const values: Record<string, unknown> = { ':one': 1, ':value': faceValueFen, ':active': 'active' };
      if (campaign.stock !== null) {
        conditions.push('claimed < :stock');
        values[':stock'] = campaign.stock;
      }
      if (campaign.budgetFen !== null) {
        conditions.push('spentFen <= :room');
        values[':room'] = campaign.budgetFen - faceValueFen;
      }
      if (campaign.claimUntil) {
        conditions.push('claimUntil > :now');
        values[':now'] = nowIso;
      }
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.campaign(campaign.campaignId),
            UpdateExpression: 'ADD claimed :one, spentFen :value',
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: CLAIM_REFUSED,
      };
    },

    // —— push dispatch ——

    async dispatch(campaignId: string): Promise<DispatchRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.campaignDispatch(campaignId), ConsistentRead: true }));
      return Item ? dispatchRecord.parse(Item) : undefined;
    },

    /** Creates the dispatch state once (a second launch or job run finds it and goes on from its cursors). */
    async startDispatch(campaignId: string, shards: number): Promise<void> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.campaignDispatch(campaignId), entity: 'Dispatch', campaignId, shards: Object.fromEntries(Array.from({ length: shards }, (_, i) => [String(i), ''])), targeted: 0, issued: 0 },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    },

    /**
     * Records one page of a shard as done with its counts, conditional on the shard's cursor being where it was
     * read: written in the same transaction as the page's coupons, so a count is never added twice.
     */
    progressWrite(campaignId: string, shard: number, from: string, to: string, counts: { targeted: number; issued: number }): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.campaignDispatch(campaignId),
            UpdateExpression: 'SET shards.#shard = :to ADD targeted :targeted, issued :issued',
            ConditionExpression: 'shards.#shard = :from',
            ExpressionAttributeNames: { '#shard': String(shard) },
            ExpressionAttributeValues: { ':from': from, ':to': to, ':targeted': counts.targeted, ':issued': counts.issued },
          },
        },
        onConditionFailed: DISPATCH_MOVED,
      };
    },

    /** One page of the member directory's shard, after `cursor` (an encoded key, '' = from the start). */
    async directoryPage(shard: number, cursor: string, limit: number): Promise<{ entries: DirectoryEntry[]; next: string | null }> {
      const page = await db.send(
        new QueryCommand({ TableName: tableName, IndexName: GSI3, KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': `MEMBERS#${shard}` }, Limit: limit, ExclusiveStartKey: decodeCursor(cursor || undefined) }),
      );
      return { entries: (page.Items ?? []).map((item) => directoryEntry.parse(item)), next: encodeCursor(page.LastEvaluatedKey) };
    },

    /** Members of one shard born on `MM-DD`. */
    async directoryBirthdays(shard: number, monthDay: string): Promise<DirectoryEntry[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        IndexName: GSI3,
        KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :day)',
        ExpressionAttributeValues: { ':pk': `MEMBERS#${shard}`, ':day': `${monthDay}#` },
      });
      return items.map((item) => directoryEntry.parse(item));
    },

    /** Directory entries of the given members (explicit audiences). */
    async directoryEntries(memberIds: readonly string[]): Promise<DirectoryEntry[]> {
      const found: DirectoryEntry[] = [];
      for (let i = 0; i < memberIds.length; i += 100) {
        let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = { [tableName]: { Keys: memberIds.slice(i, i + 100).map((id) => keys.member(id)) } };
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
      const items = await queryAll(db, { TableName: tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': `MEMBER#${memberId}`, ':prefix': 'TAG#' }, ProjectionExpression: 'sk' });
      return items.map((item) => (item.sk as string).slice('TAG#'.length));
    },

    /** Members holding a tag (manual tags and segments share the index: `TAG#<tag>`). */
    async taggedMemberIds(tag: string): Promise<Set<string>> {
      const items = await queryAll(db, { TableName: tableName, IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': `TAG#${tag}` }, ProjectionExpression: 'memberId' });
      return new Set(items.map((item) => item.memberId as string));
    },
  };
}

export type CouponsRepository = ReturnType<typeof couponsRepository>;
