import type { ProgramSettings, Promotion } from '@app/shared';
import { config, type AppConfig } from './config';
import {
  accountsRepository,
  engagementRepository,
  checkinsRepository,
  commitTransaction,
  createDocumentClient,
  idempotencyRepository,
  mallRepository,
  couponsRepository,
  memberAccountRepository,
  membersRepository,
  programRepository,
  promotionsRepository,
  purchasesRepository,
  recordsRepository,
  storesRepository,
  tagsRepository,
  type DocumentClient,
  type TxWrite,
} from './adapters/dynamodb';
import { sqsDispatchQueue } from './adapters/sqs/dispatch-queue';
import { devIdentityProvider, wechatIdentityProvider, type IdentityProvider } from './adapters/wechat/identity-provider';
import { devPhoneNumberProvider, wechatPhoneNumberProvider } from './adapters/wechat/phone-number';
import type { HttpDeps } from './http/route';
import { couponCodeSigner } from './security/coupon-code-signer';
import { memberCodeSigner } from './security/member-code-signer';
import { sessionTokens } from './security/session-token';

/**
 * The composition root: the one place that reads configuration and creates clients. Handlers take these
 * dependencies as a defaulted argument, so tests can build them around their own config and table.
 */
export function createAppDeps(cfg: AppConfig, db: DocumentClient = createDocumentClient(), overrides: Partial<{ identityProvider: IdentityProvider; realNow: () => number }> = {}) {
  const program = programRepository(db, cfg.tableName);
  const promotions = promotionsRepository(db, cfg.tableName);
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
    promotions,
    records: recordsRepository(db, cfg.tableName),
    mall: mallRepository(db, cfg.tableName),
    coupons: couponsRepository(db, cfg.tableName),
    tags: tagsRepository(db, cfg.tableName),
    commit: (writes: readonly TxWrite[]) => commitTransaction(db, writes),
    programAt: cachedProgramSettings(program),
    /** Read at each purchase (not cached), so a new promotion counts from its first second. */
    activePromotions: (nowMs: number): Promise<Promotion[]> => promotions.notEndedAt(new Date(nowMs).toISOString()),
    tokens: sessionTokens(cfg.sessionSecret),
    memberCodes: memberCodeSigner(cfg.memberCodeSecret),
    couponCodes: couponCodeSigner(cfg.memberCodeSecret),
    identityProvider: overrides.identityProvider ?? (cfg.isLocal ? devIdentityProvider : wechatIdentityProvider(cfg.wechat)),
    phoneNumbers: cfg.isLocal ? devPhoneNumberProvider : wechatPhoneNumberProvider(cfg.wechat),
    realNow: overrides.realNow ?? (() => Date.now()),
    /** Deployed stages fan push dispatch out through SQS; the local stage dispatches in-process (null). */
    dispatchQueue: cfg.dispatchQueueUrl ? sqsDispatchQueue(cfg.dispatchQueueUrl) : null,
  } satisfies HttpDeps & Record<string, unknown>;
}

export type AppDeps = ReturnType<typeof createAppDeps>;

let shared: AppDeps | undefined;

/** Created on first use in a container, then reused by every invocation. */
export const appDeps = (): AppDeps => (shared ??= createAppDeps(config()));

const PROGRAM_CACHE_MS = 30_000;

/**
 * Settings change rarely and are read by nearly every request: a container keeps the version in force for
 * 30 s. A request dated before the cached version's effective time (X-Clock, local only) reads afresh.
 */
function cachedProgramSettings(program: ReturnType<typeof programRepository>) {
  let cached: { settings: ProgramSettings; effectiveAtMs: number; fetchedAt: number } | undefined;
  return async (nowMs: number): Promise<ProgramSettings> => {
    const realNow = Date.now();
    if (cached && realNow - cached.fetchedAt < PROGRAM_CACHE_MS && nowMs >= cached.effectiveAtMs) return cached.settings;
    const version = await program.versionAt(new Date(nowMs).toISOString());
    if (!version) throw new Error('no program settings in force: seed the program first');
    cached = { settings: version.settings, effectiveAtMs: Date.parse(version.effectiveAt), fetchedAt: realNow };
    return version.settings;
  };
}

