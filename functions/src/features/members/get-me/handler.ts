import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { callerMember, cardOf } from '../../../core/member-access';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      run: async ({ principal, now }) => {
        const [member, settings] = await Promise.all([callerMember(principal, deps()), deps().programAt(now)]);
        return cardOf(member, settings, now, deps());
      },
    },
    deps,
  );

export const handler = createHandler();
