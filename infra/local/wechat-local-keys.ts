import { generateKeyPairSync, randomBytes } from 'node:crypto';

/**
 * The local stage's merchant: an RSA key pair for the merchant (the API signs with the private half, the
 * WeChat Pay stand-in checks with the public half) and one for the platform (微信支付公钥: the stand-in signs,
 * the API verifies), made with node:crypto when the stack starts — no X.509, nothing kept on disk. The values
 * marked local-only are refused by any deployed stage (functions/src/config.ts).
 */
export interface LocalWechatKeys {
  appid: string;
  appSecret: string;
  mchid: string;
  merchantSerial: string;
  merchantPrivateKey: string;
  merchantPublicKey: string;
  apiV3Key: string;
  platformPrivateKey: string;
  platformPublicKey: string;
  platformPublicKeyId: string;
}

let keys: LocalWechatKeys | undefined;

const pem = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

/** One set per process, so the stand-ins and the API environment made in it agree. */
export function localWechatKeys(): LocalWechatKeys {
  if (keys) return keys;
  const merchant = pem();
  const platform = pem();
  keys = {
    appid: 'wx0000local000000',
    appSecret: 'local-only-wechat-app-secret',
    mchid: '1900000001',
    merchantSerial: randomBytes(20).toString('hex').toUpperCase(),
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    apiV3Key: 'local-only-apiv3-key-0123456789a',
    platformPrivateKey: platform.privateKey,
    platformPublicKey: platform.publicKey,
    platformPublicKeyId: `PUB_KEY_ID_0119000000${randomBytes(8).toString('hex').toUpperCase()}`,
  };
  return keys;
}
