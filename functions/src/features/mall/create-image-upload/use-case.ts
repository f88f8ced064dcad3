import { randomBytes } from 'node:crypto';
import {
  DomainError,
  MALL_IMAGE_MAX_BYTES,
  MALL_IMAGE_TYPES,
  MALL_IMAGE_UPLOAD_SECONDS,
  type MallImageUploadRequest,
  type MallImageUploadResponse,
} from '@app/shared';
import type { ImageUploadSigner } from '../../../adapters/s3/mall-images';

const EXTENSIONS: Record<(typeof MALL_IMAGE_TYPES)[number], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const isImageType = (type: string): type is (typeof MALL_IMAGE_TYPES)[number] =>
  (MALL_IMAGE_TYPES as readonly string[]).includes(type);

/**
 * A marketer uploads a picture for a mall item: a signed POST policy for one new key under `mall/`, this type only
 * and at most 2 MB (storage refuses anything else). Nothing is written here; the picture counts once the item's
 * `images` name its address (that change is audited with the item).
 */
export async function createImageUpload(
  request: MallImageUploadRequest,
  nowMs: number,
  signer: ImageUploadSigner,
): Promise<MallImageUploadResponse> {
  if (!isImageType(request.contentType)) throw new DomainError('IMAGE_TYPE_UNSUPPORTED');
  if (request.sizeBytes > MALL_IMAGE_MAX_BYTES) throw new DomainError('IMAGE_TOO_LARGE');
  const month = new Date(nowMs).toISOString().slice(0, 7).replace('-', '');
  const key = `mall/${month}/${randomBytes(12).toString('hex')}.${EXTENSIONS[request.contentType]}`;
  const { url, fields } = await signer.sign({
    key,
    contentType: request.contentType,
    maxBytes: MALL_IMAGE_MAX_BYTES,
    expiresSeconds: MALL_IMAGE_UPLOAD_SECONDS,
  });
  return {
    url,
    fields,
    imageUrl: signer.publicUrl(key),
    contentType: request.contentType,
    maxBytes: MALL_IMAGE_MAX_BYTES,
    expiresAt: new Date(nowMs + MALL_IMAGE_UPLOAD_SECONDS * 1000).toISOString(),
  };
}
