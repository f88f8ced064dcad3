import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '../../functions/src/adapters/dynamodb';
import { seedDemo } from '../seed/seed';
import { startApiServer } from './api-server';
import { startDynamoDbLocal } from './dynamodb-local';
import { localConfig, localEnvironment, type LocalEnvironment } from './local-env';
import { startNotificationSender } from './notification-sender';
import { type ObjectStorageStandIn, startObjectStorageStandIn } from './object-storage-stand-in/server';
import { startStreamAggregator, type StreamAggregator } from './stream-aggregator';
import { dropTable, ensureTable } from './table';
import { noteRunningWechat, startWechatStandIns, type WechatStandIns } from './wechat-stand-ins';

export interface StackOptions {
  dynamoPort: number;
  apiPort: number;
  lambdaPort: number;
  tableName: string;
  /** Keep data here across restarts; in memory when absent. */
  dbPath?: string;
  fresh?: boolean;
  onApiOutput?: (line: string) => void;
  /** The stand-ins' ports; free ports when absent (WECHATPAY_PORT / WECHAT_API_PORT when set). */
  wechatPayPort?: number;
  wechatApiPort?: number;
  /** The object-storage stand-in's port (mall pictures); a free port when absent (IMAGES_PORT when set). */
  imagesPort?: number;
  /**
   * Follow the table's stream (statistics, notifications), as the deployed Lambdas do; default true. A bench of the
   * write paths turns it off: deployed, the stream's consumers run beside the table, while here their writes would
   * queue behind the same engine lock as the writes being measured.
   */
  streams?: boolean;
}

export interface LocalStack {
  env: LocalEnvironment;
  apiUrl: string;
  dynamoEndpoint: string;
  /** WeChat Pay (payment sheet, test controls) and WeChat's server API (messages page, controls), local. */
  wechat: WechatStandIns;
  /** S3 for mall pictures, local: a folder (.local/uploads with `dbPath`, else a temporary one). */
  images: ObjectStorageStandIn;
  /** Resolves once the statistics have counted every change written so far. */
  drainStatistics(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The shape of the data kept in `.local/` between starts: raised when a change makes older data unreadable (2: points
 * lots are named by their expiry and the member item names them). Kept data of another shape is started afresh.
 */
const LOCAL_DATA_FORMAT = '2';
const FORMAT_FILE = 'huiyuanka-format';

function keptDataReadable(dbPath: string): boolean {
  const marker = join(dbPath, FORMAT_FILE);
  if (!existsSync(dbPath)) return true;
  const readable = existsSync(marker) && readFileSync(marker, 'utf8').trim() === LOCAL_DATA_FORMAT;
  if (!readable) process.stdout.write(`The data kept in ${dbPath} is from an older version: starting it afresh.\n`);
  return readable;
}

/**
 * DynamoDB Local + the table + the demo seed + the WeChat stand-ins + the API: what `npm run api` and the API
 * tests run on.
 */
export async function startLocalStack(options: StackOptions): Promise<LocalStack> {
  const fresh = options.fresh || (options.dbPath !== undefined && !keptDataReadable(options.dbPath));
  if (fresh && options.dbPath) rmSync(options.dbPath, { recursive: true, force: true });
  if (options.dbPath) {
    mkdirSync(options.dbPath, { recursive: true });
    writeFileSync(join(options.dbPath, FORMAT_FILE), LOCAL_DATA_FORMAT);
  }
  const dynamo = await startDynamoDbLocal({ port: options.dynamoPort, dbPath: options.dbPath });
  let aggregator: StreamAggregator | undefined;
  let sender: ReturnType<typeof startNotificationSender> | undefined;
  let wechat: WechatStandIns | undefined;
  let images: ObjectStorageStandIn | undefined;
  // Pictures are kept with the data (`dbPath`), or thrown away with an in-memory stack.
  const imagesFolder = options.dbPath ? join('.local', 'uploads') : mkdtempSync(join(tmpdir(), 'huiyuanka-images-'));
  const dropImages = () => {
    if (!options.dbPath) rmSync(imagesFolder, { recursive: true, force: true });
  };
  try {
    images = await startObjectStorageStandIn({
      port: options.imagesPort ?? Number(process.env.IMAGES_PORT ?? 0),
      folder: imagesFolder,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    wechat = await startWechatStandIns({
      pay: options.wechatPayPort ?? Number(process.env.WECHATPAY_PORT ?? 0),
      api: options.wechatApiPort ?? Number(process.env.WECHAT_API_PORT ?? 0),
    });
    if (options.dbPath) noteRunningWechat(wechat.wechat);
    const env = localEnvironment({
      dynamoEndpoint: dynamo.endpoint,
      tableName: options.tableName,
      apiPort: options.apiPort,
      lambdaPort: options.lambdaPort,
      wechat: wechat.wechat,
      images: { endpoint: images.url, bucket: images.bucket, publicUrl: images.publicUrl },
    });
    await prepareTable(env, fresh);
    // The statistics follow the table's stream, as the aggregator Lambda does when deployed; so does the
    // notification sender (new outbox items), with its periodic sweep.
    if (options.streams ?? true) {
      sender = startNotificationSender(localConfig(env), (error) =>
        process.stderr.write(`notification sender: ${(error as Error).message}\n`),
      );
      aggregator = await startStreamAggregator(
        localConfig(env),
        dynamo.endpoint,
        (error) => process.stderr.write(`stream aggregator: ${(error as Error).message}\n`),
        sender.feed,
      );
    }
    const api = await startApiServer(env, options.onApiOutput);
    const standIns = wechat;
    const storage = images;
    const counting = aggregator;
    return {
      env,
      apiUrl: api.url,
      dynamoEndpoint: dynamo.endpoint,
      wechat: standIns,
      images: storage,
      drainStatistics: async () => counting?.drain(),
      async stop() {
        await api.stop();
        await standIns.stop();
        await storage.stop();
        dropImages();
        await aggregator?.stop();
        sender?.stop();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await wechat?.stop();
    await images?.stop();
    dropImages();
    await aggregator?.stop();
    sender?.stop();
    await dynamo.stop();
    throw error;
  }
}

/** Creates the table from the shared definition and seeds the demo program (both idempotent). */
export async function prepareTable(env: LocalEnvironment, fresh: boolean): Promise<void> {
  Object.assign(process.env, { AWS_ENDPOINT_URL_DYNAMODB: env.AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION: env.AWS_REGION });
  const client = new DynamoDBClient({
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    region: env.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    if (fresh) await dropTable(client, env.TABLE_NAME);
    await ensureTable(client, env.TABLE_NAME);
    const db = createDocumentClient();
    await seedDemo(localConfig(env), db);
    db.destroy();
  } finally {
    client.destroy();
  }
}
