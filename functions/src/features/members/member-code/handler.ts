import { formatInZone, type MemberCodeResponse } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** Clients fetch a new code this long before the old one expires, so the QR on screen is always valid. */
const refreshMargin = (ttlSeconds: number) => Math.min(15, Math.floor(ttlSeconds / 4)) * 1000;

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      run: async ({ principal, now }): Promise<MemberCodeResponse> => {
        const [member, settings] = await Promise.all([callerMember(principal, deps()), deps().programAt(now)]);
        const ttl = settings.memberCode.ttlSeconds;
        const { code, expiresAtMs } = deps().memberCodes.issue(member.memberNo, now, ttl);
        return {
          code,
          expiresAt: formatInZone(expiresAtMs, settings.timezone),
          refreshAfter: formatInZone(expiresAtMs - refreshMargin(ttl), settings.timezone),
        };
      },
    },
    deps,
  );

export const handler = createHandler();
