import { demoProgram } from '../../../infra/seed/demo-program';

export interface NamedLevel {
  code: string;
  name: string;
}

/**
 * Level codes (L1, L2…) to the names members read. Names the server sent on this screen win; a code the
 * screen has no name for falls back to the default program's names (the seed), then to the code itself.
 */
export function levelNamer(
  known: ReadonlyArray<NamedLevel | null | undefined>,
): (code: string | null | undefined) => string {
  const names = new Map<string, string>();
  for (const level of demoProgram.levels) names.set(level.code, level.name);
  for (const level of known) if (level) names.set(level.code, level.name);
  return (code) => (code ? (names.get(code) ?? code) : '');
}
