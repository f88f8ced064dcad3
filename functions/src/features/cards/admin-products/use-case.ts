import type { AppDeps } from '../../../composition';
import { toAdminProductView } from '../../plans/views';

export async function adminProducts(deps: Pick<AppDeps, 'punchCards'>) {
  return { items: (await deps.punchCards.products()).map(toAdminProductView) };
}
