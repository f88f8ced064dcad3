import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { identityItem, parseItem, type AccountRecord, type IdentityRecord } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const ACCOUNT_EXISTS = 'account-exists';
export const ACCOUNT_CHANGED = 'account-changed';
export const ACCOUNT_INACTIVE = 'account-inactive';

/** The one builder of a staff or marketer account's identity, put only where the openid has none. */
const accountPut = (tableName: string, account: AccountRecord) => ({
  TableName: tableName,
  Item: {
    ...keys.identity(account.openid),
    ...keys.accountIndex(account.role, account.openid),
    entity: 'Identity',
    ...account,
  },
  ConditionExpression: 'attribute_not_exists(pk)',
});

/** Identities by openid: members (created at registration) and the provisioned staff and marketer accounts. */
export function accountsRepository(db: DocumentClient, tableName: string) {
  return {
    async getIdentity(openid: string, consistent = false): Promise<IdentityRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.identity(openid), ConsistentRead: consistent }),
      );
      return parseItem(identityItem, Item);
    },

    /** Creates a staff or marketer account; an openid that already has any identity is refused. */
    async createAccount(account: AccountRecord): Promise<'created' | 'exists'> {
      try {
        await db.send(new PutCommand(accountPut(tableName, account)));
        return 'created';
      } catch (error) {
        if (isConditionFailed(error)) return 'exists';
        throw error;
      }
    },

    /** The account's write, to commit with its audit entry; a taken openid fails as `account-exists`. */
    accountWrite(account: AccountRecord): TxWrite {
      return { item: { Put: accountPut(tableName, account) }, onConditionFailed: ACCOUNT_EXISTS };
    },

    /**
     * Whether a staff or marketer token still speaks for an active account: one consistent read of the identity item
     * (the requests that write a transaction anyway check it there instead, see `activeAccountCheck`).
     */
    async isActiveAccount(openid: string): Promise<boolean> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.identity(openid), ConsistentRead: true }),
      );
      const identity = parseItem(identityItem, Item);
      return identity !== undefined && identity.role !== 'member' && !identity.disabledAt;
    },

    /** Inside a transaction: the account exists and is not disabled — no read before the write. */
    activeAccountCheck(openid: string): TxWrite {
      return {
        item: {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.identity(openid),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(disabledAt)',
          },
        },
        onConditionFailed: ACCOUNT_INACTIVE,
      };
    },

    /** An account disabled or enabled again, written only over the state that was read. */
    accountStateWrite(before: AccountRecord, after: AccountRecord): TxWrite {
      const { disabledAt, disabledBy, ...rest } = after;
      const item = {
        ...keys.identity(after.openid),
        ...keys.accountIndex(after.role, after.openid),
        entity: 'Identity',
      };
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...item, ...rest, ...(disabledAt ? { disabledAt, disabledBy } : {}) },
            ConditionExpression: before.disabledAt
              ? 'disabledAt = :before'
              : 'attribute_exists(pk) AND attribute_not_exists(disabledAt)',
            ...(before.disabledAt ? { ExpressionAttributeValues: { ':before': before.disabledAt } } : {}),
          },
        },
        onConditionFailed: ACCOUNT_CHANGED,
      };
    },

    async listAccounts(limit: number, cursor?: string): Promise<{ items: AccountRecord[]; nextCursor: string | null }> {
      const { Items, LastEvaluatedKey } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.accounts(),
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      const items = (Items ?? []).map((item) => identityItem.parse(item) as AccountRecord);
      return { items, nextCursor: encodeCursor(LastEvaluatedKey) };
    },
  };
}

export type AccountsRepository = ReturnType<typeof accountsRepository>;
