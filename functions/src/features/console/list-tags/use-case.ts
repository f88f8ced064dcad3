import { SEGMENT_NAMES, segmentCodes } from '@app/shared';
import { SEGMENT_TAG_PREFIX } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';

type Deps = Pick<AppDeps, 'tags'>;

/**
 * Every segment (even empty ones, so the console can offer them) and every manual tag ever given, each with how
 * many members hold it now; a manual tag nobody holds any more stays listed with 0 until it is given again.
 */
export async function listTags(deps: Deps) {
  const manual = (await deps.tags.registry()).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const rows = [
    ...segmentCodes.map((code) => ({
      tag: `${SEGMENT_TAG_PREFIX}${code}`,
      kind: 'segment' as const,
      name: SEGMENT_NAMES[code],
    })),
    ...manual.map((tag) => ({ tag, kind: 'manual' as const, name: tag })),
  ];
  const counts = await Promise.all(rows.map((row) => deps.tags.count(row.tag)));
  return { items: rows.map((row, i) => ({ ...row, count: counts[i]! })) };
}
