import {
  MAX_SUBSCRIBE_CREDITS,
  NOTIFICATION_KEYS,
  NOTIFICATION_TITLES,
  type ProgramSettings,
  type SubscriptionsResponse,
} from '@app/shared';
import type { AppDeps } from '../../composition';

/** Every notice with the WeChat template the program set for it and the credits the member holds. */
export async function subscriptionsOf(
  memberId: string,
  settings: ProgramSettings,
  deps: Pick<AppDeps, 'notifications'>,
): Promise<SubscriptionsResponse> {
  const credits = await deps.notifications.credits(memberId);
  return {
    templates: NOTIFICATION_KEYS.map((key) => ({
      key,
      title: NOTIFICATION_TITLES[key],
      templateId: settings.notifications.templates[key]?.templateId ?? null,
      credits: credits[key] ?? 0,
    })),
    maxCredits: MAX_SUBSCRIBE_CREDITS,
  };
}
