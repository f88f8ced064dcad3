import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { queryAll } from './query-all';
import { cancellationReasons, isTransactionConflict } from './errors';
import {
  couponRecord,
  levelChangeItem,
  memberItem,
  parseItem,
  punchCardItem,
  type CouponRecord,
  type LevelChangeRecord,
  type MemberRecord,
  type PunchCardRecord,
} from './items';
import { keys, P } from './keys';
import type { TxWrite } from './transactions';
import { joinedIndexItem, nicknameIndexItem } from './member-search.repository';
import { queries } from './queries';

/** `conflict`: another transaction was in the way; the same registration may simply be tried again. */
export type RegistrationOutcome =
  | 'created'
  | 'identity-exists'
  | 'member-no-taken'
  | 'referral-code-taken'
  | 'conflict';

/** What the member holds that the counter can use: coupons and punch cards, in any state. */
export interface MemberHoldings {
  member: MemberRecord;
  coupons: CouponRecord[];
  punchCards: PunchCardRecord[];
}

export function membersRepository(db: DocumentClient, tableName: string) {
  return {
    async getById(memberId: string, consistent = false): Promise<MemberRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.member(memberId), ConsistentRead: consistent }),
      );
      return parseItem(memberItem, Item);
    },

    async getByMemberNo(memberNo: string): Promise<MemberRecord | undefined> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.memberByNo(memberNo),
          Limit: 1,
        }),
      );
      return parseItem(memberItem, Items?.[0]);
    },

    /**
     * The member with its coupons and punch cards, as the counter's scan shows them: one Query of the memberNo
     * partition (eventually consistent, as the lookup by memberNo always was: each use is a conditional write).
     */
    async atCounter(memberNo: string): Promise<MemberHoldings | undefined> {
      const items = await queryAll(db, { TableName: tableName, ...queries.atCounter(memberNo) });
      const member = parseItem(
        memberItem,
        items.find((item) => item.gsi1sk === 'MEMBER'),
      );
      if (!member) return undefined;
      const held = (prefix: string) => items.filter((item) => String(item.gsi1sk).startsWith(prefix));
      return {
        member,
        coupons: held(P.coupon).map((item) => couponRecord.parse(item)),
        punchCards: held(P.punchCard).map((item) => punchCardItem.parse(item)),
      };
    },

    async memberIdForReferralCode(code: string): Promise<string | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.referralCodeMarker(code) }));
      return Item?.memberId as string | undefined;
    },

    /**
     * Registers a member in one transaction: the openid identity, the profile, and the uniqueness markers of
     * memberNo and referralCode, plus the first level-history entry. Whoever loses a race on the identity
     * learns `identity-exists` and simply logs in; a taken number is retried by the caller with a new one.
     */
    async register(
      member: MemberRecord,
      registeredAt: string,
      extra: readonly TxWrite[] = [],
    ): Promise<RegistrationOutcome> {
      const levelEntry: LevelChangeRecord = {
        memberId: member.memberId,
        at: registeredAt,
        from: null,
        to: member.levelCode,
        reason: 'registered',
      };
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              put(keys.identity(member.openid), {
                entity: 'Identity',
                role: 'member',
                openid: member.openid,
                memberId: member.memberId,
                createdAt: registeredAt,
              }),
              put(keys.member(member.memberId), {
                entity: 'Member',
                ...keys.memberByNoIndex(member.memberNo),
                ...keys.memberDirectoryIndex(member.memberId, member.birthday),
                ...member,
                createdAt: registeredAt,
                updatedAt: registeredAt,
              }),
              put(keys.memberNoMarker(member.memberNo), { entity: 'Unique', memberId: member.memberId }),
              put(keys.referralCodeMarker(member.referralCode), { entity: 'Unique', memberId: member.memberId }),
              put(keys.levelChange(member.memberId, registeredAt, '0'), { entity: 'LevelChange', ...levelEntry }),
              // Searchable by nickname from the first moment (the marketer's member search).
              put(
                keys.nicknameIndex(member.memberId, member.nickname),
                nicknameIndexItem(member.memberId, member.nickname),
              ),
              // Listed in 会员查询 before anything is typed, newest first.
              put(keys.joinedIndex(member.joinedAt, member.memberId), joinedIndexItem(member.memberId)),
              // The referrer's invitation count moves without touching their version: nothing else of theirs changes.
              ...(member.referrerId
                ? [
                    {
                      Update: {
                        TableName: tableName,
                        Key: keys.member(member.referrerId),
                        UpdateExpression: 'ADD referralsInvited :one',
                        ConditionExpression: 'attribute_exists(pk)',
                        ExpressionAttributeValues: { ':one': 1 },
                      },
                    },
                  ]
                : []),
              ...extra.map((write) => write.item),
            ],
          }),
        );
        return 'created';
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons?.[0] === 'ConditionalCheckFailed') return 'identity-exists';
        if (reasons?.[2] === 'ConditionalCheckFailed') return 'member-no-taken';
        if (reasons?.[3] === 'ConditionalCheckFailed') return 'referral-code-taken';
        if (isTransactionConflict(error)) return 'conflict';
        throw error;
      }
    },

    /** Members whose level review falls due in that month (the sparse review index). */
    async dueForReview(month: string): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.levelReviewsDue(month),
        ProjectionExpression: 'memberId',
      });
      return items.map((item) => item.memberId as string);
    },

    async levelHistory(memberId: string): Promise<LevelChangeRecord[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.levelHistory(memberId),
          ScanIndexForward: false,
        }),
      );
      return (Items ?? []).map((item) => levelChangeItem.parse(item));
    },
  };

  function put(key: { pk: string; sk: string }, attributes: Record<string, unknown>) {
    return {
      Put: {
        TableName: tableName,
        Item: { ...key, ...attributes },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }
}

export type MembersRepository = ReturnType<typeof membersRepository>;
