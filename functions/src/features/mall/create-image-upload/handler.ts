import { type ImageUploadSigner, s3MallImages } from '../../../adapters/s3/mall-images';
import { appDeps } from '../../../composition';
import { createHandler } from './route';

let signer: ImageUploadSigner | undefined;
/** Made at the first request (the bucket's settings are this function's environment only). */
const s3Signer = () => (signer ??= s3MallImages());

export const handler = createHandler(appDeps, s3Signer);
