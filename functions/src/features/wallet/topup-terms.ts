import { DomainError, type ProgramSettings } from '@app/shared';
import type { AppDeps } from '../../composition';
import { customTitle } from './views';

export interface TopupTerms {
  packageId: string | null;
  title: string;
  payFen: number;
  bonusFen: number;
  giftPoints: number;
  giftTemplateIds: string[];
}

/** What a top-up request buys: an active package, or a custom amount within the program's bounds (no bonus). */
export async function topupTerms(
  request: { packageId: string } | { amountFen: number },
  settings: ProgramSettings,
  deps: Pick<AppDeps, 'topups'>,
): Promise<TopupTerms> {
  if ('packageId' in request) {
    const pkg = await deps.topups.package(request.packageId);
    if (!pkg?.active) throw new DomainError('NOT_FOUND', '该充值套餐不存在或已下架');
    return {
      packageId: pkg.packageId,
      title: pkg.title,
      payFen: pkg.payFen,
      bonusFen: pkg.bonusFen,
      giftPoints: pkg.giftPoints,
      giftTemplateIds: pkg.giftTemplateIds,
    };
  }
  const { customMinFen, customMaxFen } = settings.wallet;
  if (request.amountFen < customMinFen || request.amountFen > customMaxFen)
    throw new DomainError('VALIDATION_FAILED', `充值金额须在 ¥${customMinFen / 100} 至 ¥${customMaxFen / 100} 之间`, {
      issues: [{ path: 'body.amountFen', message: `between ${customMinFen} and ${customMaxFen}` }],
    });
  const payFen = request.amountFen;
  return { packageId: null, title: customTitle(payFen), payFen, bonusFen: 0, giftPoints: 0, giftTemplateIds: [] };
}
