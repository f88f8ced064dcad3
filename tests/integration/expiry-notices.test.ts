import { keys } from '../../functions/src/adapters/dynamodb';
import { expiryNotices } from '../../functions/src/jobs/expiry-notices';
import { counter } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';

/** 积分即将过期: 30 days ahead, once per member and expiry date, whatever runs and crashes happen. */
let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());

const at = (iso: string) => Date.parse(iso);
const noticesOf = async (memberId: string) =>
  (await table.scanAll()).filter((item) => item.entity === 'Outbox' && item.memberId === memberId);

test('written once per member and expiry date, 30 days ahead, by the first run that sees it', async () => {
  const c = counter(table);
  const earnedIn2026 = await c.newMember(at('2026-08-10T10:00:00+08:00'));
  await c.purchase(earnedIn2026.memberNo, 12_000, at('2026-08-10T10:00:00+08:00'));
  await c.purchase(earnedIn2026.memberNo, 3_000, at('2026-11-02T10:00:00+08:00'));
  // Points earned in 2027 expire a year later: not within the window.
  await c.purchase(earnedIn2026.memberNo, 5_000, at('2027-03-02T10:00:00+08:00'));

  // 2026's points expire at 2028-01-01 00:00 (annual-rolling): usable through 2027-12-31.
  expect((await expiryNotices(at('2027-11-20T09:00:00+08:00'), table.deps)).written).toBe(0);
  expect(await noticesOf(earnedIn2026.memberId)).toHaveLength(0);

  await expiryNotices(at('2027-12-02T09:00:00+08:00'), table.deps);
  const [written, ...more] = await noticesOf(earnedIn2026.memberId);
  expect(more).toHaveLength(0);
  expect(written).toMatchObject({
    template: 'points-expiring',
    title: '积分即将过期',
    status: 'pending',
    values: { points: '150', expiryDate: '2027-12-31' },
    body: '您有 150 积分 2027-12-31 到期，记得使用哦',
    page: 'pages/points/index',
  });
  const marker = (await table.scanAll()).find(
    (item) =>
      item.pk === keys.expiryNotice(earnedIn2026.memberId, '2027-12-31').pk && item.sk?.startsWith('EXPNOTICE#'),
  );
  expect(marker).toMatchObject({ points: 150 });

  // The same day again, several runs at once, and the following days: nothing more.
  const again = await Promise.all([1, 2, 3].map(() => expiryNotices(at('2027-12-02T09:05:00+08:00'), table.deps)));
  for (const run of again) expect(run.written).toBe(0);
  await expiryNotices(at('2027-12-03T09:00:00+08:00'), table.deps);
  await expiryNotices(at('2027-12-30T09:00:00+08:00'), table.deps);
  expect(await noticesOf(earnedIn2026.memberId)).toHaveLength(1);
});

test('a run that was stopped half-way is finished by the next one, which writes only what is missing', async () => {
  const c = counter(table);
  const members = await Promise.all([1, 2, 3].map(() => c.newMember(at('2026-06-01T10:00:00+08:00'))));
  for (const m of members) await c.purchase(m.memberNo, 2_000, at('2026-06-01T10:00:00+08:00'));
  let commits = 0;
  const stopping = {
    ...table.deps,
    commit: async (writes: Parameters<typeof table.deps.commit>[0]) => {
      if (++commits > 1) throw new Error('stopped');
      return table.deps.commit(writes);
    },
  };
  await expect(expiryNotices(at('2027-12-10T09:00:00+08:00'), stopping)).rejects.toThrow('stopped');
  await expiryNotices(at('2027-12-10T09:00:00+08:00'), table.deps);
  for (const m of members) expect(await noticesOf(m.memberId)).toHaveLength(1);
});
