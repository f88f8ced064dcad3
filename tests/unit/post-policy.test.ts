import { verifyPostPolicy } from '../../infra/local/object-storage-stand-in/post-policy';
import { s3MallImages } from '../../functions/src/adapters/s3/mall-images';

const env = {
  STAGE: 'local',
  LOCAL_MALL_IMAGES_BUCKET: 'pictures',
  LOCAL_MALL_IMAGES_PUBLIC_URL: 'http://127.0.0.1:1/pictures',
  LOCAL_MALL_IMAGES_ENDPOINT: 'http://127.0.0.1:1',
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
};

async function signed(nowMs = Date.now()) {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
  const { fields } = await s3MallImages(env).sign({
    key: 'mall/x.png',
    contentType: 'image/png',
    maxBytes: 100,
    expiresSeconds: 300,
  });
  const verify = (change: Partial<{ fields: Record<string, string>; fileSize: number; nowMs: number }> = {}) =>
    verifyPostPolicy({
      bucket: 'pictures',
      fields,
      fileSize: 50,
      secretFor: (id) => (id === 'local' ? 'local' : undefined),
      nowMs,
      ...change,
    });
  return { fields, verify };
}

describe('the object-storage stand-in checks an S3 POST policy as S3 does', () => {
  test('the policy the adapter signs passes; its limits, its expiry and its signature hold', async () => {
    const { fields, verify } = await signed();
    expect(verify()).toEqual({ ok: true });
    expect(verify({ fileSize: 101 })).toMatchObject({ ok: false, code: 'EntityTooLarge' });
    expect(verify({ fileSize: 0 })).toMatchObject({ ok: false, code: 'EntityTooSmall' });
    expect(verify({ nowMs: Date.now() + 301_000 })).toMatchObject({ ok: false, code: 'AccessDenied' });
    expect(verify({ fields: { ...fields, 'Content-Type': 'image/gif' } })).toMatchObject({ code: 'AccessDenied' });
    expect(verify({ fields: { ...fields, 'x-extra': '1' } })).toMatchObject({ code: 'AccessDenied' });
    expect(verify({ fields: { ...fields, Policy: Buffer.from('{}').toString('base64') } })).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });

  test('a deployed stage refuses the local endpoint, and the bucket must be configured', () => {
    expect(() =>
      s3MallImages({ ...env, STAGE: 'prod', MALL_IMAGES_BUCKET: 'b', MALL_IMAGES_PUBLIC_URL: 'https://x' }),
    ).toThrow(/local stage only/);
    expect(() => s3MallImages({ STAGE: 'prod' })).toThrow(/not configured/);
  });
});
