import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * S3's browser-based upload (POST Object with a SigV4-signed policy), checked as S3 checks it: the signature over the
 * base64 policy, its expiration, every condition, and no form field the policy does not cover. The answers carry
 * S3's own error codes.
 */
export type PolicyVerdict =
  | { ok: true }
  | {
      ok: false;
      status: number;
      code: 'AccessDenied' | 'EntityTooLarge' | 'EntityTooSmall' | 'InvalidPolicyDocument' | 'SignatureDoesNotMatch';
      message: string;
    };

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** SigV4's signing key for the credential scope `<id>/<date>/<region>/s3/aws4_request`. */
export function signingKey(secret: string, date: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), 's3'), 'aws4_request');
}

type Condition = Record<string, string> | [string, string | number, string | number];

/** Fields S3 does not require a condition for. */
const EXEMPT = new Set(['policy', 'x-amz-signature', 'file', 'x-ignore-']);

export function verifyPostPolicy(options: {
  bucket: string;
  fields: Record<string, string>;
  fileSize: number;
  secretFor: (accessKeyId: string) => string | undefined;
  nowMs: number;
}): PolicyVerdict {
  const fields = Object.fromEntries(Object.entries(options.fields).map(([name, value]) => [name.toLowerCase(), value]));
  const deny = (message: string): PolicyVerdict => ({ ok: false, status: 403, code: 'AccessDenied', message });
  const encoded = fields.policy;
  const credential = fields['x-amz-credential'];
  if (!encoded || !credential || !fields['x-amz-signature'] || fields['x-amz-algorithm'] !== 'AWS4-HMAC-SHA256')
    return deny('Bucket POST must contain a signed policy (AWS4-HMAC-SHA256)');
  const [accessKeyId, date, region, service] = credential.split('/');
  const secret = accessKeyId ? options.secretFor(accessKeyId) : undefined;
  if (!secret || !date || !region || service !== 's3') return deny('Invalid credential');
  const expected = createHmac('sha256', signingKey(secret, date, region))
    .update(encoded)
    .digest('hex');
  const given = Buffer.from(fields['x-amz-signature'], 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected, 'utf8')))
    return { ok: false, status: 403, code: 'SignatureDoesNotMatch', message: 'The policy signature does not match' };
  let policy: { expiration?: string; conditions?: Condition[] };
  try {
    policy = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  } catch {
    return { ok: false, status: 400, code: 'InvalidPolicyDocument', message: 'Policy is not valid JSON' };
  }
  if (!policy.expiration || !Array.isArray(policy.conditions))
    return { ok: false, status: 400, code: 'InvalidPolicyDocument', message: 'Policy needs expiration and conditions' };
  if (Date.parse(policy.expiration) <= options.nowMs) return deny('Invalid according to Policy: Policy expired.');

  const values: Record<string, string> = { ...fields, bucket: options.bucket };
  const covered = new Set<string>(['bucket']);
  for (const condition of policy.conditions) {
    if (!Array.isArray(condition)) {
      for (const [name, value] of Object.entries(condition)) {
        covered.add(name.toLowerCase());
        if (values[name.toLowerCase()] !== value)
          return deny(`Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${value}"]`);
      }
      continue;
    }
    const [operator, first, second] = condition;
    if (operator === 'content-length-range') {
      if (options.fileSize < Number(first))
        return {
          ok: false,
          status: 400,
          code: 'EntityTooSmall',
          message: 'Your proposed upload is smaller than the minimum allowed size',
        };
      if (options.fileSize > Number(second))
        return {
          ok: false,
          status: 400,
          code: 'EntityTooLarge',
          message: 'Your proposed upload exceeds the maximum allowed size',
        };
      continue;
    }
    const name = String(first).replace(/^\$/, '').toLowerCase();
    covered.add(name);
    const value = values[name] ?? '';
    const holds =
      operator === 'eq' ? value === second : operator === 'starts-with' ? value.startsWith(String(second)) : false;
    if (!holds) return deny(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
  }
  for (const name of Object.keys(fields))
    if (!EXEMPT.has(name) && !name.startsWith('x-ignore-') && !covered.has(name))
      return deny(`Invalid according to Policy: Extra input fields: ${name}`);
  return { ok: true };
}
