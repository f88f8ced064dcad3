import type { ProgramSettings } from '@app/shared';
import { type AppSecrets, type AppSecretsPort, appSecretsLoader } from './app-secrets';
import { cachedPromotions } from './cached-promotions';
import { config, type AppConfig } from './config';
import {
  accountsRepository,
  auditRepository,
  invitationsRepository,
  memberSearchRepository,
  type ProgramVersionRecord,
  engagementRepository,
  notificationsRepository,
  checkinsRepository,
  commitTransaction,
  createDocumentClient,
  idempotencyRepository,
  mallRepository,
  pendingRewardsRepository,
  couponsRepository,
  memberAccountRepository,
  membersRepository,
  programRepository,
  promotionsRepository,
  purchasesRepository,
  entitlementsRepository,
  statsRepository,
  storesRepository,
  tagsRepository,
  walletRepository,
  paymentsRepository,
  plansRepository,
  punchCardsRepository,
  topupsRepository,
  productsRepository,
  type DocumentClient,
  type TxWrite,
} from './adapters/dynamodb';
import { parametersUnder } from './adapters/ssm/parameters';
import { sqsDispatchQueue } from './adapters/sqs/dispatch-queue';
import { devIdentityProvider, type IdentityProvider } from './adapters/wechat/identity-provider';
import { devPhoneNumberProvider } from './adapters/wechat/phone-number';
import { wechatPorts } from './adapters/wechat/wechat-ports';
import { NoSettingsInForce } from './http/clock';
import type { HttpDeps } from './http/route';
import { couponCodeSigner } from './security/coupon-code-signer';
import { memberCodeSigner } from './security/member-code-signer';
import { counterTicketSigner } from './security/counter-ticket-signer';
import { sessionTokens } from './security/session-token';

/**
 * The composition root: the one place that reads configuration and creates clients. Handlers take these
 * dependencies as a defaulted argument, so tests can build them around their own config and table.
 */
export function createAppDeps(
  cfg: AppConfig,
  db: DocumentClient = createDocumentClient(),
  overrides: Partial<{ identityProvider: IdentityProvider; realNow: () => number }> = {},
) {
  const program = programRepository(db, cfg.tableName);
  const programCache = cachedProgramSettings(program);
  const promotions = promotionsRepository(db, cfg.tableName);
  const promotionsCache = cachedPromotions(promotions);
  const wechat = wechatPorts(cfg.wechat);
  const secrets = appSecretsLoader(cfg.secrets, parametersUnder);
  const signers = signersOf(secrets);
  return {
    config: cfg,
    db,
    members: membersRepository(db, cfg.tableName),
    accounts: accountsRepository(db, cfg.tableName),
    pointsAccounts: memberAccountRepository(db, cfg.tableName),
    stores: storesRepository(db, cfg.tableName),
    idempotency: idempotencyRepository(db, cfg.tableName),
    purchases: purchasesRepository(db, cfg.tableName),
    checkins: checkinsRepository(db, cfg.tableName),
    engagement: engagementRepository(db, cfg.tableName),
    /** Subscribe-message credits and the sender's state changes. */
    notifications: notificationsRepository(db, cfg.tableName),
    pendingRewards: pendingRewardsRepository(db, cfg.tableName),
    promotions,
    audit: auditRepository(db, cfg.tableName),
    invitations: invitationsRepository(db, cfg.tableName),
    entitlements: entitlementsRepository(db, cfg.tableName),
    mall: mallRepository(db, cfg.tableName),
    coupons: couponsRepository(db, cfg.tableName),
    plans: plansRepository(db, cfg.tableName),
    punchCards: punchCardsRepository(db, cfg.tableName),
    tags: tagsRepository(db, cfg.tableName),
    stats: statsRepository(db, cfg.tableName),
    wallet: walletRepository(db, cfg.tableName),
    payments: paymentsRepository(db, cfg.tableName),
    topups: topupsRepository(db, cfg.tableName),
    products: productsRepository(db, cfg.tableName),
    commit: (writes: readonly TxWrite[]) => commitTransaction(db, writes),
    programAt: programCache.settingsAt,
    /** The version in force with its number, for records that keep the rules they were made under. */
    programVersionAt: programCache.versionAt,
    /** After saving a version: this container reads the settings afresh (others follow within 30 s). */
    invalidateProgramCache: programCache.invalidate,
    program,
    memberSearch: memberSearchRepository(db, cfg.tableName),
    /** Promotions not yet ended, cached per container and checked by stamp inside a purchase's transaction. */
    activePromotions: promotionsCache,
    /** Awaited by the HTTP wrapper before a request: a deployed function reads the secrets once per container. */
    secrets,
    get tokens() {
      return signers().tokens;
    },
    get memberCodes() {
      return signers().memberCodes;
    },
    get couponCodes() {
      return signers().couponCodes;
    },
    /** The counter's hold on a scanned member code (5 minutes, one store and staff account): core/member-at-counter. */
    get counterTickets() {
      return signers().counterTickets;
    },
    identityProvider: overrides.identityProvider ?? (cfg.isLocal ? devIdentityProvider : wechat.identityProvider),
    phoneNumbers: cfg.isLocal ? devPhoneNumberProvider : wechat.phoneNumbers,
    /** Subscribe messages (the notification sender): WeChat's server API, locally its stand-in. */
    wechatApi: wechat.wechatApi,
    /** WeChat Pay (top-ups, plans, punch cards), locally its stand-in: see adapters/wechat-pay/port.ts. */
    wechatPay: wechat.wechatPay,
    realNow: overrides.realNow ?? (() => Date.now()),
    /** Deployed stages fan push dispatch out through SQS; the local stage dispatches in-process (null). */
    dispatchQueue: cfg.dispatchQueueUrl ? sqsDispatchQueue(cfg.dispatchQueueUrl) : null,
  } satisfies HttpDeps & Record<string, unknown>;
}

export type AppDeps = ReturnType<typeof createAppDeps>;

/** Made from the secrets at first use, after `secrets.ready()`; the secrets never change in a container. */
function signersOf(secrets: AppSecretsPort) {
  let made: ReturnType<typeof make> | undefined;
  const make = ({ session, memberCode }: AppSecrets) => ({
    tokens: sessionTokens(session),
    memberCodes: memberCodeSigner(memberCode),
    couponCodes: couponCodeSigner(memberCode),
    counterTickets: counterTicketSigner(memberCode),
  });
  return () => (made ??= make(secrets.current()));
}

let shared: AppDeps | undefined;

/** Created on first use in a container, then reused by every invocation. */
export const appDeps = (): AppDeps => (shared ??= createAppDeps(config()));

const PROGRAM_CACHE_MS = 30_000;

export type ProgramVersionInForce = Pick<ProgramVersionRecord, 'version' | 'effectiveAt' | 'settings'>;

/**
 * Settings change rarely and are read by nearly every request: a container keeps the version in force for
 * 30 s, and knows when the next scheduled version starts, so a scheduled change takes effect on time. A version
 * saved in another container is seen here within 30 s; the container that saves one forgets its copy at once
 * (`invalidate`). The 30 s also hold in business time, so a request dated elsewhere (X-Clock, local only) reads afresh.
 */
function cachedProgramSettings(program: ReturnType<typeof programRepository>) {
  let cached:
    | { version: ProgramVersionInForce; effectiveAtMs: number; nextAtMs: number; fetchedAt: number; fetchedFor: number }
    | undefined;
  const versionAt = async (nowMs: number): Promise<ProgramVersionInForce> => {
    const realNow = Date.now();
    if (
      cached &&
      realNow - cached.fetchedAt < PROGRAM_CACHE_MS &&
      nowMs >= cached.effectiveAtMs &&
      nowMs < cached.nextAtMs &&
      nowMs - cached.fetchedFor < PROGRAM_CACHE_MS
    ) {
      return cached.version;
    }
    const instant = new Date(nowMs).toISOString();
    const [version, next] = await Promise.all([program.versionAt(instant), program.versionAfter(instant)]);
    if (!version) throw new NoSettingsInForce(nowMs);
    const inForce = { version: version.version, effectiveAt: version.effectiveAt, settings: version.settings };
    cached = {
      version: inForce,
      effectiveAtMs: Date.parse(version.effectiveAt),
      nextAtMs: next ? Date.parse(next.effectiveAt) : Infinity,
      fetchedAt: realNow,
      fetchedFor: nowMs,
    };
    return inForce;
  };
  return {
    versionAt,
    settingsAt: async (nowMs: number): Promise<ProgramSettings> => (await versionAt(nowMs)).settings,
    invalidate: () => {
      cached = undefined;
    },
  };
}
