import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys, type DocumentClient, type MemberRecord } from '../../functions/src/adapters/dynamodb';
import { newMemberRecord } from '../../functions/src/features/accounts/auth-wechat/use-case';

/**
 * Members written straight into the table (registration one by one would dominate a bench of 100,000): complete
 * profile items with their directory entry, as registration writes them.
 */
export async function bulkMembers(
  db: DocumentClient,
  table: string,
  prefix: string,
  count: number,
  levelCode = 'L1',
): Promise<MemberRecord[]> {
  const joinedAt = new Date().toISOString();
  const members: MemberRecord[] = Array.from({ length: count }, (_, i) =>
    newMemberRecord({
      memberId: `${prefix}${String(i).padStart(8, '0')}`,
      memberNo: String(10_000_000 + i),
      openid: `${prefix}-${i}`,
      joinedAt,
      referralCode: `R${i}`,
      referrerId: null,
      levelCode,
    }),
  );
  const chunks: MemberRecord[][] = [];
  for (let i = 0; i < members.length; i += 25) chunks.push(members.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      let request: Record<string, unknown[]> | undefined = {
        [table]: chunk.map((member) => ({
          PutRequest: {
            Item: {
              ...keys.member(member.memberId),
              ...keys.memberDirectoryIndex(member.memberId, null),
              entity: 'Member',
              ...member,
            },
          },
        })),
      };
      while (request && Object.keys(request).length) {
        const answer = await db.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = answer.UnprocessedItems as typeof request;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return members;
}
