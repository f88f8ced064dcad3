import { createCipheriv, createSign, createVerify, type KeyObject, randomBytes } from 'node:crypto';

/**
 * The platform's side of WeChat Pay APIv3 signatures, written from the specification with node:crypto alone
 * (not with the adapter's library), so the stand-in checks the adapter rather than agreeing with itself.
 */

const SCHEME = 'WECHATPAY2-SHA256-RSA2048 ';

/** `WECHATPAY2-SHA256-RSA2048 mchid="…",serial_no="…",timestamp="…",nonce_str="…",signature="…"`, in any order. */
function authorizationParams(header: string): Record<string, string> | null {
  if (!header.startsWith(SCHEME)) return null;
  const params: Record<string, string> = {};
  for (const part of header.slice(SCHEME.length).split(',')) {
    const match = /^\s*(\w+)="([^"]*)"\s*$/.exec(part);
    if (!match) return null;
    params[match[1]!] = match[2]!;
  }
  return params;
}

export type RequestCheck = { ok: true; mchid: string } | { ok: false; message: string };

/** The merchant's request: `METHOD\nPATH?QUERY\ntimestamp\nnonce\nbody\n`, SHA256withRSA, base64. */
export function checkMerchantRequest(
  request: { method: string; pathWithQuery: string; body: string; authorization: string | undefined },
  merchant: { mchid: string; serial: string; publicKey: KeyObject },
  nowMs: number,
): RequestCheck {
  const params = request.authorization ? authorizationParams(request.authorization) : null;
  if (!params?.signature || !params.timestamp || !params.nonce_str)
    return { ok: false, message: 'Authorization 头缺失或格式不正确' };
  if (params.mchid !== merchant.mchid) return { ok: false, message: `商户号 ${params.mchid} 不存在或与签名不符` };
  if (params.serial_no !== merchant.serial) return { ok: false, message: '商户证书序列号不正确' };
  if (Math.abs(nowMs / 1000 - Number(params.timestamp)) > 300) return { ok: false, message: '请求时间戳已过期' };
  const message = `${request.method}\n${request.pathWithQuery}\n${params.timestamp}\n${params.nonce_str}\n${request.body}\n`;
  const verified = createVerify('RSA-SHA256').update(message).verify(merchant.publicKey, params.signature, 'base64');
  return verified ? { ok: true, mchid: params.mchid } : { ok: false, message: '签名错误' };
}

/** Headers the platform puts on every answer and every notification: its signature over `ts\nnonce\nbody\n`. */
export function platformSignatureHeaders(
  body: string,
  platform: { privateKey: KeyObject; keyId: string },
  nowMs: number,
): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomBytes(16).toString('hex').toUpperCase();
  const signature = createSign('RSA-SHA256')
    .update(`${timestamp}\n${nonce}\n${body}\n`)
    .sign(platform.privateKey, 'base64');
  return {
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature,
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Serial': platform.keyId,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

/** The notification's resource: AEAD_AES_256_GCM with the APIv3 key, a 12-character nonce, tag appended. */
export function encryptResource(plaintext: string, apiV3Key: string, originalType: 'transaction' | 'refund') {
  const nonce = randomBytes(6).toString('hex');
  const associated_data = originalType;
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(associated_data));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return {
    original_type: originalType,
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: ciphertext.toString('base64'),
    associated_data,
    nonce,
  };
}

/** What wx.requestPayment checks before showing the sheet: paySign over `appId\ntimeStamp\nnonceStr\npackage\n`. */
export function checkPaySign(
  args: { timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string },
  appid: string,
  merchantPublicKey: KeyObject,
): boolean {
  if (args.signType !== 'RSA') return false;
  const message = `${appid}\n${args.timeStamp}\n${args.nonceStr}\n${args.package}\n`;
  return createVerify('RSA-SHA256').update(message).verify(merchantPublicKey, args.paySign, 'base64');
}
