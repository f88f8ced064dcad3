import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { heldInContainer } from './held-in-container';
import { campaignRecord, dispatchRecord, type CampaignRecord, type DispatchRecord } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const CLAIM_REFUSED = 'claim-refused';
export const CAMPAIGN_CHANGED = 'campaign-changed';
export const DISPATCH_MOVED = 'dispatch-moved';
const CLAIMABLE_CACHE_MS = 60_000;
const CLAIMABLE_CACHE_SIZE = 200;

/** Campaigns: their status with the sparse indexes that follow it, claims against stock and budget, and push dispatch state. */
export function campaignStore(db: DocumentClient, tableName: string) {
  // A launched claim campaign changes only in its status and its counters, which a claim's write checks: a container
  // keeps the ones it saw active, so a claim reads no campaign. A refused claim drops it (forgetClaimable).
  const claimable = heldInContainer<CampaignRecord>(CLAIMABLE_CACHE_MS, CLAIMABLE_CACHE_SIZE);
  return {
    /** The campaign as a claim's first attempt may take it: possibly behind on status and counters, never ahead. */
    async claimableCampaign(campaignId: string): Promise<CampaignRecord | undefined> {
      const held = claimable.get(campaignId);
      if (held) return held;
      const campaign = await this.campaign(campaignId);
      if (campaign?.kind === 'claim' && campaign.status === 'active') claimable.set(campaignId, campaign);
      return campaign;
    },
    forgetClaimable(campaignId: string) {
      claimable.forget(campaignId);
    },

    campaignWrite(campaign: CampaignRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.campaign(campaign.campaignId),
              ...keys.campaignIndex(campaign.createdAt, campaign.campaignId),
              entity: 'Campaign',
              ...campaign,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: CAMPAIGN_CHANGED,
      };
    },

    async campaign(campaignId: string, consistent = false): Promise<CampaignRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.campaign(campaignId), ConsistentRead: consistent }),
      );
      return Item ? campaignRecord.parse(Item) : undefined;
    },

    async campaigns(limit: number, cursor?: string): Promise<{ items: CampaignRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.campaigns(),
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => campaignRecord.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
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
      if ((to === 'scheduled' || to === 'dispatching') && campaign.kind === 'push')
        index = keys.dueDispatchIndex(
          fields.scheduleAt ?? campaign.scheduleAt ?? fields.launchedAt ?? campaign.createdAt,
          campaign.campaignId,
        );
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
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.openClaims(),
      });
      return items.map((item) => campaignRecord.parse(item));
    },

    async dueDispatches(nowIso: string): Promise<CampaignRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.dispatchesDueBy(nowIso),
      });
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
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.campaignDispatch(campaignId), ConsistentRead: true }),
      );
      return Item ? dispatchRecord.parse(Item) : undefined;
    },

    /** Creates the dispatch state once (a second launch or job run finds it and goes on from its cursors). */
    async startDispatch(campaignId: string, shards: number): Promise<void> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.campaignDispatch(campaignId),
              entity: 'Dispatch',
              campaignId,
              shards: Object.fromEntries(Array.from({ length: shards }, (_, i) => [String(i), ''])),
              targeted: 0,
              issued: 0,
            },
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
    progressWrite(
      campaignId: string,
      shard: number,
      from: string,
      to: string,
      counts: { targeted: number; issued: number },
    ): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.campaignDispatch(campaignId),
            UpdateExpression: 'SET shards.#shard = :to ADD targeted :targeted, issued :issued',
            ConditionExpression: 'shards.#shard = :from',
            ExpressionAttributeNames: { '#shard': String(shard) },
            ExpressionAttributeValues: {
              ':from': from,
              ':to': to,
              ':targeted': counts.targeted,
              ':issued': counts.issued,
            },
          },
        },
        onConditionFailed: DISPATCH_MOVED,
      };
    },
  };
}
