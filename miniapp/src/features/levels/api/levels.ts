import { levelHistoryResponse, meResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/me/levels — the level held, its history and the monthly growth buckets. */
export const getLevels = () => apiRequest({ path: '/v1/me/levels', schema: levelHistoryResponse });

/** The level page needs both: /v1/me (next level, growth still needed, rights) and /v1/me/levels. */
export const getLevelPage = async () => {
  const [me, levels] = await Promise.all([apiRequest({ path: '/v1/me', schema: meResponse }), getLevels()]);
  return { me, levels };
};
export type LevelPageData = Awaited<ReturnType<typeof getLevelPage>>;
