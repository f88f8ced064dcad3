import type { programVersionView } from '@app/shared';
import type * as z from 'zod';
import type { ProgramVersionRecord } from '../../adapters/dynamodb';

export type VersionView = z.infer<typeof programVersionView>;

/** A saved version as the marketer's console shows it. */
export const toVersionView = (version: ProgramVersionRecord): VersionView => ({
  version: version.version,
  effectiveAt: version.effectiveAt,
  createdBy: version.createdBy,
  settings: version.settings,
});
/** Versions in the order they take effect (the version number breaks a tie). */
export const byEffectiveTime = (a: ProgramVersionRecord, b: ProgramVersionRecord) =>
  a.effectiveAt.localeCompare(b.effectiveAt) || a.version - b.version;
