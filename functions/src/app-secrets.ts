import { loadOnce } from './load-once';
import { LOCAL_SECRET_PREFIX } from './wechat-settings';

/** What signs the app's tokens and codes: sessions (and list cursors), member, coupon codes and counter tickets. */
export interface AppSecrets {
  session: string;
  memberCode: string;
}

/**
 * Where a stage finds them. The local stage: its environment (made-up local-only values). A deployed stage:
 * SecureStrings in SSM Parameter Store under one path, read by each HTTP function before its first request, with
 * its own role — never written into the template or the functions' configuration (docs/decisions.md, "Secrets").
 */
export type AppSecretsSource = { from: 'environment'; secrets: AppSecrets } | { from: 'parameter-store'; path: string };

/** Names under `/huiyuanka/<stage>/app/`. README "Deploying to AWS". */
export const APP_SECRET_PARAMETERS = { session: 'session-secret', memberCode: 'member-code-secret' } as const;

export const MIN_SECRET_LENGTH = 32;

export function appSecretsProblems(secrets: AppSecrets, deployed: boolean): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(APP_SECRET_PARAMETERS) as (keyof AppSecrets)[]) {
    const value = secrets[name];
    if (value.length < MIN_SECRET_LENGTH)
      problems.push(`the ${APP_SECRET_PARAMETERS[name]} must be at least ${MIN_SECRET_LENGTH} characters`);
    if (deployed && value.startsWith(LOCAL_SECRET_PREFIX))
      problems.push(`the ${APP_SECRET_PARAMETERS[name]} is a local-only value`);
  }
  return problems;
}

export interface AppSecretsPort {
  /** Resolves once the secrets are at hand (a Parameter Store read the first time in a container). */
  ready(): Promise<void>;
  /** The secrets; a deployed stage throws if `ready()` has not resolved (an entry point that forgot to wait). */
  current(): AppSecrets;
}

export function appSecretsLoader(
  source: AppSecretsSource,
  readParameters: (path: string) => Promise<Record<string, string>>,
): AppSecretsPort {
  if (source.from === 'environment') return { ready: async () => {}, current: () => source.secrets };
  let loaded: AppSecrets | undefined;
  const ready = loadOnce(async () => {
    const parameters = await readParameters(source.path);
    const secrets = {
      session: parameters[`${source.path}${APP_SECRET_PARAMETERS.session}`] ?? '',
      memberCode: parameters[`${source.path}${APP_SECRET_PARAMETERS.memberCode}`] ?? '',
    };
    const problems = appSecretsProblems(secrets, true);
    if (problems.length) throw new Error(`app secrets under ${source.path} refused: ${problems.join('; ')}`);
    loaded = secrets;
  });
  return {
    ready,
    current: () => {
      if (!loaded) throw new Error('the app secrets were used before they were read (await secrets.ready() first)');
      return loaded;
    },
  };
}
