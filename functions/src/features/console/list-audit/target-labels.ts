import type { AppDeps } from '../../../composition';
import { accountNamesOf } from '../../../core/account-names';

export type LabelDeps = Pick<AppDeps, 'members' | 'coupons' | 'mall' | 'stores' | 'products' | 'accounts'>;

/**
 * What a person calls an audit entry's target, read afresh for the page: a member by nickname and memberNo, a
 * campaign, promotion-free template, item, store or product by its name or title, a staff account by its person's
 * name (or its store's 店员 and a short number). Kinds without a name (the program) and things since deleted have none; the console then shows the id.
 */
async function labelOf(kind: string, id: string, deps: LabelDeps): Promise<string | null> {
  switch (kind) {
    case 'member': {
      const member = await deps.members.getById(id);
      return member ? `${member.nickname} · ${member.memberNo}` : null;
    }
    case 'campaign':
      return (await deps.coupons.campaign(id))?.name ?? null;
    case 'coupon-template':
      return (await deps.coupons.template(id))?.title ?? null;
    case 'mall-item':
      return (await deps.mall.getItem(id))?.name ?? null;
    case 'store':
      return (await deps.stores.get(id))?.name ?? null;
    case 'product':
      return (await deps.products.get(id))?.name ?? null;
    case 'account':
      return (await accountNamesOf([{ openid: id }], deps)).get(id) ?? null;
    default:
      return null;
  }
}

/** The labels of a page's targets, each distinct target read once. */
export async function targetLabels(
  targets: readonly { kind: string; id: string }[],
  deps: LabelDeps,
): Promise<Map<string, string | null>> {
  const distinct = [...new Set(targets.map(({ kind, id }) => `${kind}\u0000${id}`))];
  const labels = await Promise.all(
    distinct.map(async (key) => {
      const [kind, id] = key.split('\u0000') as [string, string];
      return [key, await labelOf(kind, id, deps).catch(() => null)] as const;
    }),
  );
  return new Map(labels);
}

export const labelKey = (target: { kind: string; id: string }) => `${target.kind}\u0000${target.id}`;
