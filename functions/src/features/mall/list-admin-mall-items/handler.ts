import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { toAdminItemView } from '../views';

/** Every item, including ended and coupon ones, with stock and units sold. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      run: async ({ now }) => {
        const [settings, items] = await Promise.all([deps().programAt(now), deps().mall.listItems()]);
        return { items: items.map((item) => toAdminItemView(item, settings)), nextCursor: null };
      },
    },
    deps,
  );

export const handler = createHandler();
