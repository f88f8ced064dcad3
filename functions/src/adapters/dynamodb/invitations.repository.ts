import { lazySchema } from '@app/shared';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { keys, ttlAfter } from './keys';
import type { TxWrite } from './transactions';

export const INVITATION_TAKEN = 'invitation-taken';

/** A marketer's invitation of a new employee to one store: used once, within 24 hours. */
export const invitationItem = lazySchema(() =>
  z.object({
    invitation: z.string(),
    role: z.literal('staff'),
    storeId: z.string(),
    /** The new employee's name, copied onto the account accepting makes. */
    name: z.string().optional(),
    createdAt: z.string(),
    createdBy: z.string(),
    expiresAt: z.string(),
    usedBy: z.string().nullable(),
    usedAt: z.string().nullable(),
  }),
);
export type InvitationRecord = z.infer<typeof invitationItem>;

const KEEP_AFTER_EXPIRY_SECONDS = 7 * 86_400;

export function invitationsRepository(db: DocumentClient, tableName: string) {
  return {
    /** A new invitation; a code already taken (1 in 32^12) answers false and the caller draws another. */
    async create(invitation: InvitationRecord): Promise<boolean> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.invitation(invitation.invitation),
              entity: 'Invitation',
              ...invitation,
              ttl: ttlAfter(Date.parse(invitation.expiresAt), KEEP_AFTER_EXPIRY_SECONDS),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },

    async get(code: string, consistent = false): Promise<InvitationRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.invitation(code), ConsistentRead: consistent }),
      );
      return Item ? invitationItem.parse(Item) : undefined;
    },

    /** Uses the invitation, once and only before it expires: the condition decides among racing employees. */
    acceptWrite(code: string, openid: string, at: string): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.invitation(code),
            UpdateExpression: 'SET usedBy = :openid, usedAt = :at',
            ConditionExpression: 'attribute_exists(pk) AND usedBy = :none AND expiresAt > :at',
            ExpressionAttributeValues: { ':openid': openid, ':at': at, ':none': null },
          },
        },
        onConditionFailed: INVITATION_TAKEN,
      };
    },
  };
}

export type InvitationsRepository = ReturnType<typeof invitationsRepository>;
