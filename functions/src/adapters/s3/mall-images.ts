import { lazySchema } from '@app/shared';
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import * as z from 'zod';

/**
 * Where mall pictures go: the bucket and the address members load them from (the function's environment in
 * serverless.yml). The local stage takes them, with the stand-in's endpoint, from LOCAL_MALL_IMAGES_* (the local
 * stack's environment; serverless-offline would let serverless.yml's values win over plain MALL_IMAGES_*).
 */
const storageEnv = lazySchema(() =>
  z.object({
    STAGE: z.string().default('local'),
    MALL_IMAGES_BUCKET: z.string().default(''),
    MALL_IMAGES_PUBLIC_URL: z.string().default(''),
    LOCAL_MALL_IMAGES_BUCKET: z.string().default(''),
    LOCAL_MALL_IMAGES_PUBLIC_URL: z.string().default(''),
    LOCAL_MALL_IMAGES_ENDPOINT: z.string().default(''),
    AWS_REGION: z.string().default('cn-north-1'),
  }),
);

const storageSettings = (env: Record<string, string | undefined>) => {
  const parsed = storageEnv.parse(env);
  const local = parsed.STAGE === 'local';
  if (!local && parsed.LOCAL_MALL_IMAGES_ENDPOINT)
    throw new Error('LOCAL_MALL_IMAGES_ENDPOINT (the object-storage stand-in) is for the local stage only');
  const settings = {
    bucket: local ? parsed.LOCAL_MALL_IMAGES_BUCKET : parsed.MALL_IMAGES_BUCKET,
    publicUrl: (local ? parsed.LOCAL_MALL_IMAGES_PUBLIC_URL : parsed.MALL_IMAGES_PUBLIC_URL).replace(/\/+$/, ''),
    endpoint: local ? parsed.LOCAL_MALL_IMAGES_ENDPOINT : '',
    region: parsed.AWS_REGION,
  };
  if (!settings.bucket || !/^https?:\/\/\S+$/.test(settings.publicUrl) || (local && !settings.endpoint))
    throw new Error('the mall pictures bucket is not configured (MALL_IMAGES_BUCKET, MALL_IMAGES_PUBLIC_URL)');
  return settings;
};

export interface ImageUploadSigner {
  /** A POST policy for exactly this key and type, at most `maxBytes`, good for `expiresSeconds`. */
  sign(upload: {
    key: string;
    contentType: string;
    maxBytes: number;
    expiresSeconds: number;
  }): Promise<{ url: string; fields: Record<string, string> }>;
  /** Where members load the stored picture from. */
  publicUrl(key: string): string;
}

/**
 * S3 presigned POST (the policy's `content-length-range` and `Content-Type` conditions make S3 itself refuse a file
 * over the limit or of another type). Locally the same client signs for the stand-in, which checks the same policy.
 */
export function s3MallImages(env: Record<string, string | undefined> = process.env): ImageUploadSigner {
  const settings = storageSettings(env);
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
  });
  return {
    async sign({ key, contentType, maxBytes, expiresSeconds }) {
      const { url, fields } = await createPresignedPost(client, {
        Bucket: settings.bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: expiresSeconds,
      });
      return { url, fields };
    },
    publicUrl: (key) => `${settings.publicUrl}/${key}`,
  };
}
