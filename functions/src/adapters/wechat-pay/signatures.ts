import { lazySchema } from '@app/shared';
import type { KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa } from './plugin';
import * as z from 'zod';
import type {
  NotificationOutcome,
  NotificationRefusalReason,
  NotificationRequest,
  PayNotification,
  RequestPaymentArgs,
} from './port';
import { toRefund, toTransaction } from './resources';

/** WeChat Pay refuses, and so do we, a signed message more than 5 minutes off the clock. */
export const NOTIFICATION_WINDOW_S = 300;

/**
 * `wx.requestPayment`'s arguments: paySign is the merchant's RSA signature (SHA256withRSA, base64) over
 * appId, timeStamp, nonceStr and package, each followed by a line feed.
 */
export function requestPaymentArgs(
  appid: string,
  prepayId: string,
  merchantKey: KeyObject,
  nowMs = Date.now(),
): RequestPaymentArgs {
  const timeStamp = String(Math.floor(nowMs / 1000));
  const nonceStr = Formatter.nonce();
  const pkg = `prepay_id=${prepayId}`;
  const paySign = Rsa.sign(Formatter.joinedByLineFeed(appid, timeStamp, nonceStr, pkg), merchantKey);
  return { timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
}

export interface NotificationKeys {
  apiV3Key: string;
  /** Platform public keys by id (Wechatpay-Serial): the 微信支付公钥 id, and during a rotation the old one. */
  platformKeys: Readonly<Record<string, KeyObject>>;
}

const envelope = lazySchema(() =>
  z.object({
    id: z.string(),
    create_time: z.string(),
    event_type: z.string(),
    resource_type: z.literal('encrypt-resource'),
    resource: z.object({
      algorithm: z.literal('AEAD_AES_256_GCM'),
      ciphertext: z.string(),
      associated_data: z.string().default(''),
      nonce: z.string(),
      original_type: z.enum(['transaction', 'refund']),
    }),
  }),
);

const refuse = (reason: NotificationRefusalReason, message: string): NotificationOutcome => ({
  ok: false,
  reason,
  message,
  answer: { statusCode: 401, body: { code: 'FAIL', message } },
});

function header(headers: NotificationRequest['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/**
 * A payment or refund notification, verified (Wechatpay-Signature over `timestamp\nnonce\nbody\n` with the
 * platform key named by Wechatpay-Serial, timestamp within 300 s) and decrypted (AES-256-GCM, APIv3 key).
 * WeChat Pay also sends deliberately wrong signatures (`WECHATPAY/SIGNTEST/…`) to probe that merchants check:
 * those fail here like any forgery.
 */
export function verifyNotification(
  keys: NotificationKeys,
  request: NotificationRequest,
  nowMs = Date.now(),
): NotificationOutcome {
  const signature = header(request.headers, 'Wechatpay-Signature');
  const timestamp = header(request.headers, 'Wechatpay-Timestamp');
  const nonce = header(request.headers, 'Wechatpay-Nonce');
  const serial = header(request.headers, 'Wechatpay-Serial');
  if (!signature || !timestamp || !nonce || !serial) return refuse('BAD_SIGNATURE', '缺少微信支付签名头');
  const platformKey = Object.hasOwn(keys.platformKeys, serial) ? keys.platformKeys[serial] : undefined;
  if (!platformKey) return refuse('UNKNOWN_SERIAL', `未知的微信支付公钥 ${serial}`);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > NOTIFICATION_WINDOW_S)
    return refuse('STALE', '通知时间戳超出 300 秒');
  let verified = false;
  try {
    verified = Rsa.verify(Formatter.response(timestamp, nonce, request.body), signature, platformKey);
  } catch {
    verified = false;
  }
  if (!verified) return refuse('BAD_SIGNATURE', '签名验证失败');

  const parsed = envelope.safeParse(safeJson(request.body));
  if (!parsed.success) return refuse('MALFORMED', '通知格式不正确');
  const { resource } = parsed.data;
  let plaintext: string;
  try {
    plaintext = Aes.AesGcm.decrypt(resource.ciphertext, keys.apiV3Key, resource.nonce, resource.associated_data);
  } catch {
    return refuse('UNDECRYPTABLE', '通知解密失败');
  }
  try {
    const raw = JSON.parse(plaintext);
    const common = { id: parsed.data.id, eventType: parsed.data.event_type, createTime: parsed.data.create_time };
    const notification: PayNotification =
      resource.original_type === 'transaction'
        ? { kind: 'transaction', ...common, transaction: toTransaction(raw) }
        : { kind: 'refund', ...common, refund: toRefund(raw) };
    return { ok: true, notification };
  } catch {
    return refuse('MALFORMED', '通知内容不正确');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
