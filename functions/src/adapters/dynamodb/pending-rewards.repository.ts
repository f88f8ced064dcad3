import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { pendingRewardItem, type PendingRewardRecord } from './items';
import { keys, P, PENDING_DUE_SHARDS } from './keys';
import { queries } from './queries';
import type { TxWrite } from './transactions';

export const PENDING_REWARD_SETTLED = 'pending-reward-settled';

/**
 * Rewards that wait for the refund window (待到账). Each is one item under its member, created with the change that
 * announced it (its ledger entry) and settled once — released by the job or cancelled by a refund — by a write
 * conditional on it still being pending with the points it was read with, so a release and a refund racing for the
 * same reward have exactly one winner. While pending it sits in a sparse index by the time it arrives.
 */
export function pendingRewardsRepository(db: DocumentClient, tableName: string) {
  return {
    /** Written with the change that announced the reward: its ledger entry (of the member version it was read at). */
    createWrite(
      reward: Omit<PendingRewardRecord, 'entrySk'>,
      entry: { at: string; entryId: string },
      memberVersion: number,
    ): TxWrite {
      const entrySk = keys.ledgerEntry(reward.memberId, entry.at, memberVersion, entry.entryId).sk;
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.pendingReward(reward.memberId, reward.rewardId),
              ...keys.pendingDueIndex(reward.releasesAt, reward.memberId, reward.rewardId),
              entity: 'PendingReward',
              ...reward,
              entrySk,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: PENDING_REWARD_SETTLED,
      };
    },

    async get(memberId: string, rewardId: string): Promise<PendingRewardRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.pendingReward(memberId, rewardId), ConsistentRead: true }),
      );
      return Item ? pendingRewardItem.parse(Item) : undefined;
    },

    /** The rewards a purchase caused for this member (its own points, the tasks it completed). */
    async ofPurchase(memberId: string, purchaseId: string): Promise<PendingRewardRecord[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.purchasePendingRewards(memberId, purchaseId),
          ConsistentRead: true,
        }),
      );
      return (Items ?? []).map((item) => pendingRewardItem.parse(item));
    },

    shards: PENDING_DUE_SHARDS,

    /** One page of the rewards of a shard whose time has come (`releasesAt <= now`), soonest first. */
    async due(
      shard: number,
      nowIso: string,
      limit: number,
      startKey?: Record<string, unknown>,
    ): Promise<{ items: { memberId: string; rewardId: string }[]; next?: Record<string, unknown> }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.pendingRewardsDueBy(shard, nowIso),
          ProjectionExpression: 'memberId, rewardId',
          Limit: limit,
          ExclusiveStartKey: startKey,
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => ({
          memberId: item.memberId as string,
          rewardId: item.rewardId as string,
        })),
        next: page.LastEvaluatedKey,
      };
    },

    /** Released or cancelled, once: the reward and the ledger entry that announced it say so from now on. */
    settleWrites(reward: PendingRewardRecord, outcome: 'released' | 'cancelled', at: string, by: string): TxWrite[] {
      return [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: keys.pendingReward(reward.memberId, reward.rewardId),
              UpdateExpression: 'SET #status = :outcome, settledAt = :at, settledBy = :by REMOVE gsi2pk, gsi2sk',
              ConditionExpression: '#status = :pending AND points = :points',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':outcome': outcome,
                ':at': at,
                ':by': by,
                ':pending': 'pending',
                ':points': reward.points,
              },
            },
          },
          onConditionFailed: PENDING_REWARD_SETTLED,
        },
        {
          item: {
            Update: {
              TableName: tableName,
              Key: { pk: `${P.member}${reward.memberId}`, sk: reward.entrySk },
              UpdateExpression: 'SET #status = :outcome',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':outcome': outcome },
            },
          },
          onConditionFailed: PENDING_REWARD_SETTLED,
        },
      ];
    },

    /** A partial refund lowers what a purchase's own waiting points will pay (the refund's entry says by how much). */
    reduceWrite(reward: PendingRewardRecord, points: number): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.pendingReward(reward.memberId, reward.rewardId),
            UpdateExpression: 'SET points = :points',
            ConditionExpression: '#status = :pending AND points = :read',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':points': points, ':pending': 'pending', ':read': reward.points },
          },
        },
        onConditionFailed: PENDING_REWARD_SETTLED,
      };
    },
  };
}

export type PendingRewardsRepository = ReturnType<typeof pendingRewardsRepository>;
