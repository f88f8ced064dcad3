import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { isoTimestamp } from './common';

/** The pictures a mall item may show: what phones decode everywhere, small enough for the mall list at 4G. */
export const MALL_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MALL_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
/** How long the upload's signed policy stays good. */
export const MALL_IMAGE_UPLOAD_SECONDS = 300;

/**
 * A marketer asks to upload one picture. The limits are checked here (a clear code before anything is signed) and
 * again by the storage itself: the signed policy allows only this type and at most MALL_IMAGE_MAX_BYTES.
 */
export const mallImageUploadRequest = lazySchema(() =>
  z.strictObject({
    contentType: z.string().min(1).max(100),
    sizeBytes: z.number().int().min(1),
  }),
);
export type MallImageUploadRequest = z.infer<typeof mallImageUploadRequest>;

/**
 * An S3 POST policy: send `fields` and then the file (form field `file`) as multipart/form-data to `url` — what
 * `wx.uploadFile` does. The stored picture is then at `imageUrl`, to put in the item's `images`.
 */
export const mallImageUploadResponse = lazySchema(() =>
  z.object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    imageUrl: z.string(),
    contentType: z.enum(MALL_IMAGE_TYPES),
    maxBytes: z.number().int(),
    expiresAt: isoTimestamp,
  }),
);
export type MallImageUploadResponse = z.infer<typeof mallImageUploadResponse>;
