import { BatchGetCommand, PutCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { memberItem, type MemberRecord } from './items';
import { keys, NICKNAME_SHARDS, searchableNickname } from './keys';
import type { TxWrite } from './transactions';
import { decodeCursor, encodeCursor } from './pagination';
import { queries } from './queries';

type Indexed = Pick<MemberRecord, 'memberId' | 'nickname' | 'phone'>;

/**
 * The writes that keep a member's search items in step with a profile change (nickname, phone): the old item
 * goes, the new one comes, in the transaction of the change itself — whose condition on the member's version
 * makes a lost race write none of them.
 */
export function searchIndexWrites(
  tableName: string,
  member: Indexed,
  next: Partial<Pick<MemberRecord, 'nickname' | 'phone'>>,
): TxWrite[] {
  const writes: TxWrite[] = [];
  const tag = 'search-index';
  const put = (key: { pk: string; sk: string }, attributes: Record<string, unknown>): TxWrite => ({
    item: { Put: { TableName: tableName, Item: { ...key, memberId: member.memberId, ...attributes } } },
    onConditionFailed: tag,
  });
  const remove = (key: { pk: string; sk: string }): TxWrite => ({
    item: { Delete: { TableName: tableName, Key: key } },
    onConditionFailed: tag,
  });
  if (next.nickname !== undefined) {
    const before = keys.nicknameIndex(member.memberId, member.nickname);
    const after = keys.nicknameIndex(member.memberId, next.nickname);
    if (before.sk !== after.sk) {
      writes.push(remove(before));
      writes.push(put(after, { entity: 'NicknameIndex' }));
    }
  }
  if (next.phone !== undefined && next.phone !== member.phone) {
    if (member.phone) writes.push(remove(keys.phoneIndex(member.phone, member.memberId)));
    if (next.phone) writes.push(put(keys.phoneIndex(next.phone, member.memberId), { entity: 'PhoneIndex' }));
  }
  return writes;
}

/** The nickname item of a new member, written in the registration transaction. */
export const nicknameIndexItem = (memberId: string, nickname: string) => ({
  ...keys.nicknameIndex(memberId, nickname),
  entity: 'NicknameIndex',
  memberId,
});

/** The item that lists a new member in 会员查询 (newest first), written in the registration transaction. */
export const joinedIndexItem = (memberId: string) => ({ entity: 'JoinedIndex', memberId });

/** The marketer's member search: by phone, by nickname prefix, and the profiles found. */
export function memberSearchRepository(db: DocumentClient, tableName: string) {
  return {
    async memberIdsByPhone(phone: string, limit: number): Promise<string[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.phoneHolders(phone),
          Limit: limit,
        }),
      );
      return (Items ?? []).map((item) => item.memberId as string);
    },

    /**
     * Members whose nickname starts with the prefix (case-insensitive), in nickname order: every shard returns its
     * first `limit` matches, so the first `limit` of the merge are the first `limit` overall.
     */
    async memberIdsByNicknamePrefix(prefix: string, limit: number): Promise<string[]> {
      const wanted = searchableNickname(prefix);
      const shards = await Promise.all(
        Array.from({ length: NICKNAME_SHARDS }, (_, shard) =>
          db.send(
            new QueryCommand({
              TableName: tableName,
              ...queries.nicknamesStartingWith(shard, wanted),
              Limit: limit,
            }),
          ),
        ),
      );
      return shards
        .flatMap((page) => page.Items ?? [])
        .map((item) => ({ sk: item.sk as string, memberId: item.memberId as string }))
        .sort((a, b) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0))
        .slice(0, limit)
        .map((item) => item.memberId);
    },

    /** The members who joined last, newest first, a page at a time (`cursor` from the page before). */
    async recentMemberIds(options: {
      limit: number;
      cursor?: string;
    }): Promise<{ memberIds: string[]; nextCursor: string | null }> {
      const { Items, LastEvaluatedKey } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.joinedMembers(),
          ScanIndexForward: false,
          Limit: options.limit,
          ExclusiveStartKey: decodeCursor(options.cursor),
        }),
      );
      return {
        memberIds: (Items ?? []).map((item) => item.memberId as string),
        nextCursor: encodeCursor(LastEvaluatedKey),
      };
    },

    /** Profiles by id, in the order asked (ids without a profile are left out). */
    async profiles(memberIds: readonly string[]): Promise<MemberRecord[]> {
      if (memberIds.length === 0) return [];
      const found = new Map<string, MemberRecord>();
      let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
        [tableName]: { Keys: [...new Set(memberIds)].map((memberId) => keys.member(memberId)) },
      };
      // BatchGet may return some keys unprocessed under load: ask again for those.
      for (let attempt = 0; request && attempt < 5; attempt++) {
        const answer: BatchGetCommandOutput = await db.send(new BatchGetCommand({ RequestItems: request }));
        for (const item of answer.Responses?.[tableName] ?? []) {
          const member = memberItem.parse(item);
          found.set(member.memberId, member);
        }
        const rest: Record<string, unknown>[] | undefined = answer.UnprocessedKeys?.[tableName]?.Keys;
        request = rest?.length ? { [tableName]: { Keys: rest } } : undefined;
      }
      return memberIds.flatMap((memberId) => found.get(memberId) ?? []);
    },

    /** Writes a member's joined item (idempotent): the seed uses it for members registered before 会员查询 listed them. */
    async indexJoined(member: Pick<MemberRecord, 'memberId' | 'joinedAt'>): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.joinedIndex(member.joinedAt, member.memberId), ...joinedIndexItem(member.memberId) },
        }),
      );
    },

    /** Writes a member's current nickname item (idempotent): the seed uses it for members made before the index. */
    async indexNickname(member: Pick<MemberRecord, 'memberId' | 'nickname'>): Promise<void> {
      await db.send(
        new PutCommand({ TableName: tableName, Item: nicknameIndexItem(member.memberId, member.nickname) }),
      );
    },
  };
}

export type MemberSearchRepository = ReturnType<typeof memberSearchRepository>;
