import { createHash, randomBytes } from 'node:crypto';
import {
  activationCodeFrom,
  CODE_ATTEMPTS,
  DomainError,
  groupedCode,
  normalizeActivationCode,
  type CodeBatchRequest,
  type RedeemCodeResponse,
} from '@app/shared';
import { ACTIVATION_CODE_TAKEN, CODE_ATTEMPTS_EXHAUSTED, type CodeBatchRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { toCsv } from '../../core/csv';
import { FileBody } from '../../http/responses';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import type { Principal } from '../../http/route';
import { deliver } from './deliver';
import { memberWrites, newOrder } from './money-orders';
import { toPlanView } from './views';

/** Only a hash is stored: 80 random bits make the code itself the secret, so a plain SHA-256 cannot be reversed. */
export const hashOfCode = (code: string) => createHash('sha256').update(code).digest('hex');

/**
 * A marketer generates a batch: random codes, stored hashed, returned once as CSV (header code,planId,batchId,
 * expiresAt). The batch record is written last, with the audit entry: a batch that failed half-way is never listed.
 */
export async function createCodeBatch(
  planId: string,
  request: CodeBatchRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'plans' | 'commit' | 'audit'>,
) {
  if (!(await deps.plans.plan(planId))) throw new DomainError('NOT_FOUND', '会员方案不存在');
  if (Date.parse(request.expiresAt) <= nowMs)
    throw new DomainError('VALIDATION_FAILED', '有效期须晚于现在', {
      issues: [{ path: 'body.expiresAt', message: 'in the past' }],
    });
  const newId = newIdFactory();
  const batchId = `B${newId(nowMs)}`;
  const expiresAt = new Date(Date.parse(request.expiresAt)).toISOString();
  const codes = Array.from({ length: request.count }, () => activationCodeFrom(randomBytes(10)));
  for (let i = 0; i < codes.length; i += 100) {
    const writes = codes.slice(i, i + 100).map((code) =>
      deps.plans.codeCreateWrite({
        codeHash: hashOfCode(code),
        batchId,
        planId,
        expiresAt,
        usedBy: null,
        usedAt: null,
      }),
    );
    const outcome = await deps.commit(writes);
    if (!outcome.ok) throw new DomainError('BUSY');
  }
  const batch: CodeBatchRecord = {
    batchId,
    planId,
    count: codes.length,
    expiresAt,
    createdAt: new Date(nowMs).toISOString(),
    by: by.openid,
  };
  await deps.commit([
    deps.plans.batchWrite(batch),
    deps.audit.write({
      auditId: newId(nowMs),
      at: batch.createdAt,
      actor: `marketer:${by.openid}`,
      action: 'plan.codes.create',
      target: { kind: 'plan', id: planId },
      after: batch,
    }),
  ]);
  return new FileBody(
    'text/csv; charset=utf-8',
    `activation-codes-${batchId}.csv`,
    toCsv(
      ['code', 'planId', 'batchId', 'expiresAt'],
      codes.map((code) => [groupedCode(code), planId, batchId, expiresAt]),
    ),
  );
}

/**
 * A member redeems a code: one transaction uses the code (unused, batch not expired — conditions in the write),
 * checks the member is under the limit of failed attempts, and activates the plan (stacked on the current end).
 * A failure counts an attempt; at the limit the answer is 429 until the window passes.
 */
export async function redeemCode(
  code: string,
  memberId: string,
  nowMs: number,
  deps: AppDeps,
): Promise<RedeemCodeResponse> {
  const window = Math.floor(nowMs / CODE_ATTEMPTS.windowMs);
  if ((await deps.plans.failedAttempts(memberId, window)) >= CODE_ATTEMPTS.max)
    throw new DomainError('RATE_LIMITED', '兑换失败次数过多，请一小时后再试');
  const refuse = async (error: DomainError): Promise<never> => {
    if (!(await deps.plans.countFailedAttempt(memberId, window, CODE_ATTEMPTS.max, nowMs)))
      throw new DomainError('RATE_LIMITED', '兑换失败次数过多，请一小时后再试');
    throw error;
  };
  const normalized = normalizeActivationCode(code);
  if (!normalized) return refuse(new DomainError('CODE_INVALID', '兑换码无效，请核对后重新输入'));
  const codeHash = hashOfCode(normalized);
  const found = await deps.plans.code(codeHash);
  if (!found) return refuse(new DomainError('CODE_INVALID', '兑换码无效，请核对后重新输入'));
  if (found.usedBy) return refuse(new DomainError('CODE_USED', '该兑换码已被使用'));
  if (Date.parse(found.expiresAt) <= nowMs) return refuse(new DomainError('CODE_EXPIRED', '该兑换码已过期'));
  const plan = await deps.plans.plan(found.planId);
  if (!plan) return refuse(new DomainError('CODE_INVALID', '兑换码对应的会员方案已下架'));
  const orderId = `PK${newIdFactory()(nowMs)}`;
  const at = new Date(nowMs).toISOString();
  const outcome = await retrying(async () => {
    const member = await deps.members.getById(memberId, true);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const item = { product: 'plan' as const, productId: plan.planId, name: plan.name, priceFen: 0 };
    const base = newOrder(
      orderId,
      item,
      memberId,
      { payWith: 'code', status: 'paid', by: member.openid, paidAt: at },
      nowMs,
    );
    const delivery = await deliver(base, member, nowMs, deps);
    const committed = await deps.commit([
      deps.plans.codeUseWrite(codeHash, memberId, at),
      deps.plans.attemptsCheckWrite(memberId, window, CODE_ATTEMPTS.max),
      deps.plans.orderCreateWrite({ ...base, deliveredId: delivery.deliveredId }),
      ...delivery.writes,
      ...memberWrites(member, { fields: delivery.memberFields }, deps),
    ]);
    if (committed.ok) return { activeUntil: delivery.activeUntil! };
    if ('failed' in committed && committed.failed.includes(CODE_ATTEMPTS_EXHAUSTED)) return 'limited' as const;
    if ('failed' in committed && committed.failed.includes(ACTIVATION_CODE_TAKEN)) return 'taken' as const;
    return RETRY;
  });
  if (outcome === 'limited') throw new DomainError('RATE_LIMITED', '兑换失败次数过多，请一小时后再试');
  if (outcome === 'taken') return refuse(new DomainError('CODE_USED', '该兑换码已被使用'));
  return { plan: toPlanView(plan), activeUntil: outcome.activeUntil };
}
