import { createTestTable, type TestTable } from '../support/dynamo';
import { newOpenid } from '../support/http';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { updateProfile } from '../../functions/src/features/members/update-me/use-case';
import type { DomainError } from '@app/shared';

let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());
const NOW = Date.parse('2026-11-23T10:00:00+08:00');

async function newMember() {
  const { memberId } = await signIn({ code: `dev:${newOpenid()}` }, NOW, table.deps);
  return { role: 'member' as const, openid: 'x', memberId: memberId! };
}

describe('profile changes', () => {
  test('nickname changes; the birthday is set once and the same value again is accepted', async () => {
    const principal = await newMember();
    expect((await updateProfile(principal, { nickname: '小满' }, NOW, table.deps)).nickname).toBe('小满');
    expect((await updateProfile(principal, { birthday: '1995-05-20' }, NOW, table.deps)).birthday).toBe('1995-05-20');
    expect((await updateProfile(principal, { birthday: '1995-05-20' }, NOW, table.deps)).birthday).toBe('1995-05-20');
    await expect(updateProfile(principal, { birthday: '1996-01-01' }, NOW, table.deps)).rejects.toMatchObject({
      code: 'BIRTHDAY_LOCKED',
    });
    expect((await table.deps.members.getById(principal.memberId))?.birthday).toBe('1995-05-20');
  });

  test('ten parallel birthday changes: exactly one is written', async () => {
    const principal = await newMember();
    const days = Array.from({ length: 10 }, (_, i) => `1990-01-${String(i + 10)}`);
    const results = await Promise.allSettled(
      days.map((birthday) => updateProfile(principal, { birthday }, NOW, table.deps)),
    );
    const written = results.filter((result) => result.status === 'fulfilled');
    expect(written).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect((result.reason as DomainError).code).toBe('BIRTHDAY_LOCKED');
    }
    const stored = (await table.deps.members.getById(principal.memberId))!;
    expect(stored.birthday).toBe((written[0] as PromiseFulfilledResult<{ birthday: string }>).value.birthday);
  });
});
