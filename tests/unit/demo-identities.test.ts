import { demoIdentities } from '../../miniapp/src/features/auth/demo-identities';
import { demoAccounts, demoMembers } from '../../infra/seed/demo-data';
import { demoProgram, demoStores } from '../../infra/seed/demo-program';

describe('the demo login screen names the seeded identities', () => {
  test.each(demoMembers.map((member) => [member.openid, member]))('%s: nickname · level', (openid, member) => {
    const level = demoProgram.levels.find((one) => one.code === member.levelCode)!;
    expect(demoIdentities.find((identity) => identity.openid === openid)?.title).toBe(
      `${member.nickname} · ${level.name}`,
    );
  });

  test.each(demoAccounts.filter((account) => account.role === 'staff').map((account) => [account.openid, account]))(
    '%s: the store it works at',
    (openid, account) => {
      const store = demoStores.find((one) => one.storeId === (account as { storeId: string }).storeId)!;
      expect(store.name).toContain(demoIdentities.find((identity) => identity.openid === openid)!.title.split(' ')[0]);
    },
  );
});

test('the stamp card says what it does: one stamp per purchase of ¥15 or more (单笔), not per ¥15 spent', () => {
  const perk = demoProgram.levels[0]!.perks.find((one) => one.code === 'stamp-card')!;
  expect(demoProgram.stampCard.minSpendFen).toBe(1500);
  expect(perk.description).toMatch(/^单笔消费满15元集1点/);
});
