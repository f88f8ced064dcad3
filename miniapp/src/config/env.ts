import * as z from 'zod';

/**
 * Build-time settings, parsed once. `process.env.TARO_APP_*` are replaced by the bundler (see config/index.ts).
 * The URL is checked with a pattern rather than `z.url()`, which needs the `URL` class the mini-program lacks.
 */
const envSchema = z.object({
  apiUrl: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'TARO_APP_API_URL must be an http(s) URL')
    .transform((url) => url.replace(/\/+$/, '')),
  stage: z.string().min(1),
  platform: z.string().min(1),
  /** The local WeChat Pay stand-in's payment sheet, which plays WeChat's for the H5 build (empty elsewhere). */
  paySheetUrl: z.string().regex(/^(https?:\/\/\S+)?$/, 'TARO_APP_PAY_SHEET_URL must be an http(s) URL'),
});

export const env = envSchema.parse({
  apiUrl: process.env.TARO_APP_API_URL || 'http://127.0.0.1:3000',
  stage: process.env.TARO_APP_STAGE || 'local',
  platform: process.env.TARO_ENV || 'h5',
  paySheetUrl: process.env.TARO_APP_PAY_SHEET_URL || '',
});

/** The H5 build of the local stage logs in through a list of seeded demo identities instead of WeChat. */
export const isDemoLogin = env.platform === 'h5' && env.stage === 'local';
export const isWeapp = env.platform === 'weapp';
