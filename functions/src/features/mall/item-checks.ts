import { DomainError, type ProgramSettings } from '@app/shared';

/** A refused item field, named for the form. */
export const invalid = (path: string, message: string, text: string) =>
  new DomainError('VALIDATION_FAILED', text, { issues: [{ path, message }] });

/** An item may be limited to a level the program has. */
export function checkMinLevel(minLevel: string | null | undefined, settings: ProgramSettings): void {
  if (minLevel && !settings.levels.some((level) => level.code === minLevel))
    throw invalid('body.minLevel', `unknown level ${minLevel}`, '等级不存在');
}
