import { purchasePreviewRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { previewPurchase } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: purchasePreviewRequest,
      run: ({ body, principal, now }) => previewPurchase(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
