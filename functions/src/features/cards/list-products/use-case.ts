import type { AppDeps } from '../../../composition';
import { toProductView } from '../../plans/views';

export async function listProducts(deps: Pick<AppDeps, 'punchCards'>) {
  return (await deps.punchCards.products()).filter((product) => product.active).map(toProductView);
}
