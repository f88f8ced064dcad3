import Taro from '@tarojs/taro';
import { MALL_IMAGE_MAX_BYTES, MALL_IMAGE_TYPES, mallImageUploadResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';

type ImageType = (typeof MALL_IMAGE_TYPES)[number];
const BY_EXTENSION: Record<string, ImageType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** A picture chosen on the phone or the desk: its local path, size and (where the platform says it) type. */
export interface ChosenImage {
  path: string;
  size: number;
  type?: string;
}

/** The picture's type: what the browser says, else its file name's extension (WeChat gives only the path). */
export function imageTypeOf(image: ChosenImage): string {
  if (image.type?.startsWith('image/')) return image.type;
  const extension = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(image.path)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? image.type ?? '';
}

/** What the page says before asking anything, in the marketer's words; null when the picture may go. */
export function imageProblem(image: ChosenImage): string | null {
  if (!(MALL_IMAGE_TYPES as readonly string[]).includes(imageTypeOf(image))) return '只支持 JPG、PNG、WebP 图片';
  if (image.size > MALL_IMAGE_MAX_BYTES) return '图片太大，请压缩到 2 MB 以内';
  return null;
}

/**
 * Uploads one picture: POST /v1/admin/mall/images signs a policy (type and size limited), then the file goes
 * straight to object storage with `uploadFile` (WeChat's and the browser's multipart POST). Resolves with the
 * address to put in the item's `images`.
 */
export async function uploadMallImage(image: ChosenImage, idempotencyKey: string): Promise<string> {
  const grant = await apiRequest({
    method: 'POST',
    path: '/v1/admin/mall/images',
    body: { contentType: imageTypeOf(image), sizeBytes: image.size },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: mallImageUploadResponse,
  });
  let statusCode = 0;
  try {
    ({ statusCode } = await Taro.uploadFile({
      url: grant.url,
      filePath: image.path,
      name: 'file',
      formData: grant.fields,
      // The browser's upload must not send cookies to the storage's origin (it allows any origin, without them).
      withCredentials: false,
    }));
  } catch {
    statusCode = 0;
  }
  if (statusCode < 200 || statusCode >= 300)
    throw new ApiError({
      status: statusCode,
      code: statusCode === 400 ? 'IMAGE_TOO_LARGE' : 'NETWORK',
      message: statusCode === 400 ? '图片太大，请压缩到 2 MB 以内' : '图片没有传上去，请检查网络后重试',
    });
  return grant.imageUrl;
}
