import { statImageOf, type StatImage } from '@app/shared';

/**
 * DynamoDB stream records (from Lambda's event or from the Streams API locally) as typed before/after images.
 * The attribute-value decoding is here, the one adapter that knows the wire format; the images are typed by the
 * statistics' own schema (`statImageOf`) before any rule sees them.
 */
export interface StreamChange {
  sequenceNumber: string;
  old: StatImage | null;
  new: StatImage | null;
}

/** One attribute of DynamoDB's JSON wire format: `{ S: 'x' }`, `{ N: '1' }`, `{ M: { … } }` … */
type AttributeValue = object;

export function decodeAttribute(attribute: AttributeValue): unknown {
  const value = attribute as Record<string, unknown>;
  if ('S' in value) return value.S;
  if ('N' in value) return Number(value.N);
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('M' in value) return decodeImage(value.M as Record<string, AttributeValue>);
  if ('L' in value) return (value.L as AttributeValue[]).map(decodeAttribute);
  if ('SS' in value) return [...(value.SS as string[])];
  if ('NS' in value) return (value.NS as string[]).map(Number);
  if ('B' in value) return value.B;
  // The Streams client drops an empty map's `M: {}`, leaving an empty attribute value.
  if (Object.keys(value).length === 0) return {};
  throw new Error(`unknown attribute value ${Object.keys(value).join(',')}`);
}

export function decodeImage(image: Record<string, AttributeValue> | undefined | null): Record<string, unknown> | null {
  if (!image) return null;
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, decodeAttribute(value)]));
}

interface RawStreamRecord {
  dynamodb?: {
    SequenceNumber?: string;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
  };
}

export function toStreamChange(record: RawStreamRecord): StreamChange {
  return {
    sequenceNumber: record.dynamodb?.SequenceNumber ?? '0',
    old: statImageOf(decodeImage(record.dynamodb?.OldImage)),
    new: statImageOf(decodeImage(record.dynamodb?.NewImage)),
  };
}
