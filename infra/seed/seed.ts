import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addMonthsToDate, formatInZone, monthOf } from '@app/shared';
import { demoCouponTemplates } from './demo-coupons';
import { demoMallItems } from './demo-mall';
import { seedDemoPromotions } from './demo-promotions';
import { demoProgram, demoStores } from './demo-program';
import {
  keys,
  programRepository,
  searchIndexWrites,
  type CampaignRecord,
  type DocumentClient,
  type MemberRecord,
} from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import type { AppConfig } from '../../functions/src/config';
import { adjustPoints } from '../../functions/src/features/points/adjust-points/use-case';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { demoAccounts, demoMembers } from './demo-data';
import { seedWalletPackages } from './demo-wallet';
import { seedDemoPlans } from './demo-plans';
import { seedDemoProducts } from './demo-products';

/** When the demo program takes effect: early enough for any X-Clock a test or demo uses. */
export const DEMO_PROGRAM_EFFECTIVE_AT = '2020-01-01T00:00:00.000Z';

/**
 * Seeds the demo program of product.md. Safe to run again: what exists is left as it is.
 * Demo members are registered through the real sign-in use case, then given a level history and welcome points.
 */
export async function seedDemo(config: AppConfig, db: DocumentClient, nowMs = Date.now()): Promise<void> {
  const deps = createAppDeps(config, db);
  await programRepository(db, config.tableName).putVersion(demoProgram, DEMO_PROGRAM_EFFECTIVE_AT, 1, 'system:seed');
  const at = new Date(nowMs).toISOString();
  // Templates first: registration already issues the new-member coupon.
  for (const { templateId, ...template } of demoCouponTemplates) {
    await deps.coupons.putTemplateIfAbsent({
      ...template,
      templateId,
      valueFen: template.valueFen ?? null,
      percent: template.percent ?? null,
      maxDiscountFen: template.maxDiscountFen ?? null,
      giftName: template.giftName ?? null,
      storeIds: template.storeIds ?? null,
      createdAt: DEMO_PROGRAM_EFFECTIVE_AT,
      createdBy: 'system:seed',
    });
  }
  for (const store of demoStores) await deps.stores.put(store, at);
  await seedDemoPromotions(deps);
  for (const account of demoAccounts) {
    await deps.accounts.createAccount(
      account.role === 'staff'
        ? { role: 'staff', openid: account.openid, storeId: account.storeId, createdAt: at, createdBy: 'system:seed' }
        : { role: 'marketer', openid: account.openid, createdAt: at, createdBy: 'system:seed' },
    );
  }
  for (const demo of demoMembers) {
    const existing = await deps.accounts.getIdentity(demo.openid);
    if (existing) {
      // Members seeded before the nickname search (and the joined list) existed get theirs too (idempotent writes).
      const member = existing.role === 'member' ? await deps.members.getById(existing.memberId) : undefined;
      if (member) await Promise.all([deps.memberSearch.indexNickname(member), deps.memberSearch.indexJoined(member)]);
      continue;
    }
    const { memberId } = await signIn({ code: `dev:${demo.openid}` }, nowMs - 200 * 86400_000, {
      ...deps,
      identityProvider: devIdentityFor(demo.openid),
    });
    const registered = (await deps.members.getById(memberId!, true))!;
    await giveHistory(db, config.tableName, registered, demo, nowMs);
    await adjustPoints(
      memberId!,
      demo.welcomePoints,
      '开卡礼：演示积分',
      { role: 'marketer', openid: 'system' },
      nowMs,
      deps,
      'system',
    );
  }
  await seedClaimCampaign(deps, at);
  await seedDemoPlans(deps, at);
  await seedWalletPackages(deps, at);
  await seedDemoProducts(deps, at);
  for (const { itemId, ...item } of demoMallItems) {
    if (await deps.mall.getItem(itemId)) continue;
    await deps.mall.putItem({
      ...item,
      itemId,
      sold: item.stock === null ? null : 0,
      hidden: false,
      createdAt: at,
      updatedAt: at,
      createdBy: 'system:seed',
    });
  }
}

const devIdentityFor = (openid: string) => ({ resolveOpenid: async () => openid });

async function giveHistory(
  db: DocumentClient,
  tableName: string,
  registered: MemberRecord,
  demo: (typeof demoMembers)[number],
  nowMs: number,
) {
  const memberId = registered.memberId;
  const zone = demoProgram.timezone;
  const currentMonth = monthOf(nowMs, zone);
  const growthByMonth: Record<string, number> = {};
  demo.growthByMonthsAgo.forEach((growth, monthsAgo) => {
    growthByMonth[addMonthsToDate(`${currentMonth}-01`, -monthsAgo).slice(0, 7)] = growth;
  });
  const lifetime = Object.values(growthByMonth).reduce((sum, growth) => sum + growth, 0);
  const heldSince = new Date(
    Date.parse(formatInZone(nowMs, zone)) - demo.levelMonthsAgo * 30 * 86400_000,
  ).toISOString();
  const items: object[] = [
    {
      Update: {
        TableName: tableName,
        Key: keys.member(memberId),
        UpdateExpression:
          'SET nickname = :nickname, birthday = :birthday, levelCode = :level, levelHeldSince = :heldSince, growthByMonth = :buckets, growthLifetime = :lifetime, homeStoreId = :store',
        ExpressionAttributeValues: {
          ':nickname': demo.nickname,
          ':birthday': demo.birthday,
          ':level': demo.levelCode,
          ':heldSince': heldSince,
          ':buckets': growthByMonth,
          ':lifetime': lifetime,
          ':store': 'S001',
        },
      },
    },
  ];
  // The demo nickname replaces the generated one in the member search, as a profile change would.
  items.push(...searchIndexWrites(tableName, registered, { nickname: demo.nickname }).map((write) => write.item));
  if (demo.levelCode !== 'L1') {
    items.push({
      Put: {
        TableName: tableName,
        Item: {
          ...keys.levelChange(memberId, heldSince, '1'),
          entity: 'LevelChange',
          memberId,
          at: heldSince,
          from: 'L1',
          to: demo.levelCode,
          reason: 'demo-seed',
        },
      },
    });
  }
  await db.send(new TransactWriteCommand({ TransactItems: items as never }));
}

/** 领券中心 is not empty in the demo: 新品尝鲜 满30减5, 500 coupons, one per member, open to everyone. */
async function seedClaimCampaign(deps: ReturnType<typeof createAppDeps>, at: string): Promise<void> {
  if (await deps.coupons.campaign(DEMO_CLAIM_CAMPAIGN)) return;
  const draft: CampaignRecord = {
    campaignId: DEMO_CLAIM_CAMPAIGN,
    name: '新品尝鲜 满30减5',
    kind: 'claim',
    templateId: 'tpl-upgrade-l2',
    audience: {},
    status: 'draft',
    scheduleAt: null,
    notify: false,
    stock: 500,
    perMemberLimit: 1,
    claimFrom: null,
    claimUntil: null,
    budgetFen: null,
    claimed: 0,
    spentFen: 0,
    createdAt: at,
    createdBy: 'system:seed',
    launchedAt: null,
    completedAt: null,
    cancelledAt: null,
  };
  await deps.commit([deps.coupons.campaignWrite(draft)]);
  await deps.commit([deps.coupons.statusWrite(draft, 'active', { launchedAt: at })]);
}

export const DEMO_CLAIM_CAMPAIGN = 'demo-claim';
