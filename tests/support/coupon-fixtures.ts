import { createCampaign } from '../../functions/src/features/coupons/create-campaign/use-case';
import { createTemplate } from '../../functions/src/features/coupons/create-coupon-template/use-case';
import { launchCampaign } from '../../functions/src/features/coupons/launch-campaign/use-case';
import type { Principal } from '../../functions/src/http/route';
import { counter, marketer } from './counter';
import type { TestTable } from './dynamo';

/** Members, templates and claim campaigns for the coupon tests, on the table the file's beforeAll made. */
export const at = (iso: string) => Date.parse(iso);
export const T0 = at('2026-06-10T10:00:00+08:00');
export const codeOf = (error: unknown) => (error as { code?: string }).code;
export const asMember = (memberId: string): Principal => ({ role: 'member', openid: `m-${memberId}`, memberId });

export function couponFixtures(tableOf: () => TestTable) {
  async function members(count: number, nowMs = T0) {
    const c = counter(tableOf());
    const made: { memberId: string; memberNo: string }[] = [];
    while (made.length < count)
      made.push(
        ...(await Promise.all(Array.from({ length: Math.min(10, count - made.length) }, () => c.newMember(nowMs)))),
      );
    return made;
  }

  const amountOff = (fields: Partial<Parameters<typeof createTemplate>[0]> = {}) =>
    createTemplate(
      {
        title: '满30减5',
        description: '',
        usageNotes: '',
        type: 'amount_off',
        valueFen: 500,
        minSpendFen: 3000,
        validity: { kind: 'relative', days: 30, startOffsetDays: 0 },
        ...fields,
      },
      marketer,
      T0,
      tableOf().deps,
    );

  async function claimCampaign(fields: Partial<Parameters<typeof createCampaign>[0]>) {
    const template = await amountOff();
    const draft = await createCampaign(
      { name: '领券', kind: 'claim', templateId: template.templateId, audience: {}, notify: false, ...fields },
      marketer,
      T0,
      tableOf().deps,
    );
    return launchCampaign(draft.campaignId, marketer, T0, tableOf().deps);
  }

  return { members, amountOff, claimCampaign };
}
