import { mallImageUploadRequest } from '@app/shared';
import type { ImageUploadSigner } from '../../../adapters/s3/mall-images';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createImageUpload } from './use-case';

const notComposed = (): ImageUploadSigner => {
  throw new Error('the mall image signer is composed only in create-image-upload/handler.ts');
};

/**
 * The route without its S3 signer (a type-only import): the OpenAPI table reads its spec from here, so only this
 * route's own handler.ts — and so only its bundle — loads the S3 client and the presigner.
 */
export const createHandler = (deps: () => AppDeps = appDeps, images: () => ImageUploadSigner = notComposed) =>
  httpRoute(
    {
      access: ['marketer'],
      body: mallImageUploadRequest,
      // A retried request gets the same policy (the same key) back, so a page never uploads one picture twice.
      idempotent: true,
      successStatus: 201,
      run: ({ body, now }) => createImageUpload(body, now, images()),
    },
    deps,
  );
