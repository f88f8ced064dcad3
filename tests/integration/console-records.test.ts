import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { demoProgram } from '../../infra/seed/demo-program';
import { keys, type AuditRecord } from '../../functions/src/adapters/dynamodb';
import { listAudit } from '../../functions/src/features/console/list-audit/use-case';
import { updateProgram } from '../../functions/src/features/program/update-program/use-case';
import { searchMembers } from '../../functions/src/features/console/search-members/use-case';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { updateProfile } from '../../functions/src/features/members/update-me/use-case';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());

const marketer = { role: 'marketer' as const, openid: 'marketer' };

describe('audit log across month partitions', () => {
  test('pages newest first over months with and without entries, down to the first month, then stop', async () => {
    // 2024: after the demo program (2020-01) and before the seed's own entries (the real now).
    const at = [
      '2024-01-03T00:00:00.000Z',
      '2024-01-20T00:00:00.000Z',
      '2024-01-31T23:59:59.000Z',
      '2024-03-01T00:00:00.000Z',
      '2024-03-09T00:00:00.000Z',
      '2024-06-30T12:00:00.000Z',
    ];
    const entries: AuditRecord[] = at.map((instant, i) => ({
      auditId: `A${i}`,
      at: instant,
      actor: 'marketer:test',
      action: 'test.entry',
      target: { kind: 'test', id: String(i) },
    }));
    expect(await table.deps.commit(entries.map((entry) => table.deps.audit.write(entry)))).toEqual({ ok: true });
    const now = Date.parse('2024-07-15T00:00:00Z');
    for (const limit of [1, 2, 4, 100]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await listAudit({ limit, cursor }, now, table.deps);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((entry) => entry.auditId));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor && pages < 50);
      expect(cursor).toBeUndefined();
      expect(seen).toEqual(['A5', 'A4', 'A3', 'A2', 'A1', 'A0']);
    }
  });

  test('a cursor that is not one of ours is refused as the cursor field', async () => {
    const bogus = Buffer.from(JSON.stringify({ m: 'x' })).toString('base64url');
    await expect(listAudit({ limit: 5, cursor: bogus }, Date.now(), table.deps)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ path: 'query.cursor' }] },
    });
  });
});

describe('program version numbers', () => {
  test('concurrent saves get distinct, consecutive numbers through the head item', async () => {
    const now = Date.now();
    const saved = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        updateProgram(demoProgram, new Date(now + 3600_000 + i).toISOString(), marketer, now, table.deps),
      ),
    );
    const numbers = saved.map((version) => version.version).sort((a, b) => a - b);
    // The seed saved version 1 before the head existed; the first save read it from the versions.
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const { Item } = await table.db.send(
      new GetCommand({ TableName: table.tableName, Key: keys.programHead(), ConsistentRead: true }),
    );
    expect(Item?.latest).toBe(9);
    expect((await table.deps.program.versions()).map((version) => version.version).sort((a, b) => a - b)).toEqual([
      1,
      ...numbers,
    ]);
  });
});

describe('member search items', () => {
  test('follow nickname changes in the profile transaction; nothing is scanned', async () => {
    const now = Date.now();
    const session = await signIn({ code: 'dev:search-it' }, now, {
      ...table.deps,
      identityProvider: { resolveOpenid: async () => 'search-it' },
    });
    const principal = { role: 'member' as const, openid: 'search-it', memberId: session.memberId! };
    await updateProfile(principal, { nickname: 'Ｍｉｘｅｄ Case' }, now, table.deps);
    expect(
      (await searchMembers({ q: 'mixed', limit: 20 }, now, table.deps)).items.map((item) => item.memberId),
    ).toEqual([session.memberId]);
    await updateProfile(principal, { nickname: '新名字' }, now, table.deps);
    expect((await searchMembers({ q: 'mixed', limit: 20 }, now, table.deps)).matchedBy).toBe('none');
    expect((await searchMembers({ q: '新名', limit: 20 }, now, table.deps)).items.map((item) => item.memberId)).toEqual(
      [session.memberId],
    );
    const indexItems = (await table.scanAll()).filter(
      (item) => item.entity === 'NicknameIndex' && item.memberId === session.memberId,
    );
    expect(indexItems.map((item) => item.sk)).toEqual([`新名字#${session.memberId}`]);
  });
});

describe('会员查询 before anything is typed', () => {
  test('lists every member, who joined last first, page by page, and stops', async () => {
    const base = Date.now() + 86_400_000; // after everyone the seed registered
    const joined: string[] = [];
    for (let i = 0; i < 5; i++) {
      const openid = `recent-it-${i}`;
      const session = await signIn({ code: `dev:${openid}` }, base + i * 60_000, {
        ...table.deps,
        identityProvider: { resolveOpenid: async () => openid },
      });
      joined.push(session.memberId!);
    }
    const first = await searchMembers({ limit: 2 }, base + 3_600_000, table.deps);
    expect(first.matchedBy).toBe('recent');
    expect(first.items.map((item) => item.memberId)).toEqual([joined[4], joined[3]]);
    expect(first.items[0]).toMatchObject({ nickname: expect.any(String), memberNo: expect.stringMatching(/^\d{8}$/) });
    const members = (await table.scanAll()).filter((item) => item.entity === 'Member').length;
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await searchMembers({ limit: 7, cursor, q: '  ' }, base + 3_600_000, table.deps);
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((item) => item.memberId));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    expect(cursor).toBeUndefined();
    expect(seen.slice(0, 5)).toEqual([...joined].reverse());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(members);
    // A search answers one page: no cursor.
    expect((await searchMembers({ q: joined[0]!, limit: 20 }, base, table.deps)).nextCursor).toBeNull();
  });
});
