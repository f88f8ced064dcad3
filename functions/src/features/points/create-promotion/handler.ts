import { DomainError, promotionRequest } from '@app/shared';
import type { PromotionRecord } from '../../../adapters/dynamodb';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { newIdFactory } from '../account-book';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: promotionRequest,
      idempotent: true,
      successStatus: 201,
      run: async ({ body, principal, now }) => {
        const settings = await deps().programAt(now);
        const unknownLevels = (body.levels ?? []).filter(
          (code) => !settings.levels.some((level) => level.code === code),
        );
        if (unknownLevels.length)
          throw new DomainError('VALIDATION_FAILED', '等级不存在', {
            issues: [{ path: 'body.levels', message: `unknown levels: ${unknownLevels.join(', ')}` }],
          });
        const at = new Date(now).toISOString();
        const promotion: PromotionRecord = {
          promotionId: newIdFactory()(now),
          name: body.name,
          multiplier: body.multiplier ?? null,
          skuBonus: body.skuBonus ?? null,
          startsAt: new Date(body.startsAt).toISOString(),
          endsAt: new Date(body.endsAt).toISOString(),
          weekdays: body.weekdays ?? null,
          hours: body.hours ?? null,
          storeIds: body.storeIds ?? null,
          levels: body.levels ?? null,
          createdAt: at,
          createdBy: `marketer:${principal.openid}`,
        };
        // The promotion and its audit entry land together, or neither does.
        const outcome = await deps().commit([
          deps().promotions.promotionWrite(promotion),
          deps().records.auditWrite({
            auditId: newIdFactory()(now),
            at,
            actor: promotion.createdBy,
            action: 'promotion.create',
            target: { kind: 'promotion', id: promotion.promotionId },
            after: promotion,
          }),
        ]);
        if (!outcome.ok) throw new Error(`promotion ${promotion.promotionId} not saved`);
        return promotion;
      },
    },
    deps,
  );

export const handler = createHandler();
