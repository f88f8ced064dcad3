import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { assertPortFree } from '../ports';
import { closeServer } from '../stand-in-http';
import { parseMultipart } from './multipart';
import { verifyPostPolicy } from './post-policy';

export interface ObjectStorageStandIn {
  /** The endpoint the S3 client signs for (path style: `<url>/<bucket>`). */
  url: string;
  bucket: string;
  /** Where members load a stored object from: `<publicUrl>/<key>`. */
  publicUrl: string;
  stop(): Promise<void>;
}

/** S3 answers errors as XML with a code; so does the stand-in. */
function sendS3Error(response: ServerResponse, status: number, code: string, message: string) {
  response.writeHead(status, { 'content-type': 'application/xml' });
  response.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

/** Uploads larger than this are cut off before they are read whole (the policies allow far less). */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

/**
 * The local stack's S3 for mall pictures: POST Object with a signed policy (what `wx.uploadFile` sends) into a local
 * folder, and GET of what was stored, with CORS for the H5 console. Local stage only; the keys are the stack's.
 */
export async function startObjectStorageStandIn(options: {
  port?: number;
  folder: string;
  bucket?: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  now?: () => number;
}): Promise<ObjectStorageStandIn> {
  const bucket = options.bucket ?? 'huiyuanka-local-images';
  const now = options.now ?? Date.now;
  if (options.port) await assertPortFree(options.port, 'the object-storage stand-in');
  mkdirSync(options.folder, { recursive: true });
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-allow-headers', '*');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, bucketName, ...rest] = url.pathname.split('/');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (bucketName !== bucket) return sendS3Error(response, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    if (request.method === 'GET') {
      const key = decodeURIComponent(rest.join('/'));
      const path = normalize(join(options.folder, key));
      if (!key || !path.startsWith(normalize(options.folder)) || !existsSync(path) || !existsSync(`${path}.type`))
        return sendS3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
      response.writeHead(200, {
        'content-type': readFileSync(`${path}.type`, 'utf8'),
        'cache-control': 'max-age=86400',
      });
      return void response.end(readFileSync(path));
    }
    if (request.method !== 'POST' || rest.join('/') !== '')
      return sendS3Error(response, 405, 'MethodNotAllowed', 'The specified method is not allowed');
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        sendS3Error(
          response,
          400,
          'MaxPostPreDataLengthExceeded',
          'Your POST request fields preceeding the upload file was too large.',
        );
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.headersSent) return;
      const form = parseMultipart(Buffer.concat(chunks), request.headers['content-type'] ?? '');
      if (!form?.file)
        return sendS3Error(
          response,
          400,
          'MalformedPOSTRequest',
          'The body of your POST request is not well-formed multipart/form-data.',
        );
      const verdict = verifyPostPolicy({
        bucket,
        fields: form.fields,
        fileSize: form.file.length,
        secretFor: (id) => (id === options.credentials.accessKeyId ? options.credentials.secretAccessKey : undefined),
        nowMs: now(),
      });
      if (!verdict.ok) return sendS3Error(response, verdict.status, verdict.code, verdict.message);
      const key = Object.entries(form.fields).find(([name]) => name.toLowerCase() === 'key')?.[1] ?? '';
      const type = Object.entries(form.fields).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
      const path = normalize(join(options.folder, key));
      if (!key || !path.startsWith(normalize(options.folder)))
        return sendS3Error(response, 400, 'InvalidArgument', 'Invalid key');
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, form.file);
      writeFileSync(`${path}.type`, type ?? 'application/octet-stream');
      response.writeHead(204, { location: `/${bucket}/${key}` });
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, bucket, publicUrl: `${url}/${bucket}`, stop: () => closeServer(server) };
}
