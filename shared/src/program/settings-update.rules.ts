import {
  COMMON_NOTIFICATION_FIELDS,
  NOTIFICATION_VALUES,
  type NotificationKey,
} from '../domain/notifications/notifications.rules';
import type { ProgramSettings } from './settings';

export interface SettingsIssue {
  /** The field, as a path inside the settings (`levels.1.threshold`). */
  path: string;
  message: string;
}

/**
 * What a new settings version must also respect, beyond its own shape: the references between its parts, and the
 * levels members already hold (a level can be renamed and re-tuned, never removed, or members would hold a level
 * that no longer exists). Kept apart from the schema so versions stored earlier always read back.
 */
export function settingsUpdateIssues(next: ProgramSettings, current: ProgramSettings | undefined): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const levelCodes = new Set(next.levels.map((level) => level.code));
  for (const level of current?.levels ?? []) {
    if (!levelCodes.has(level.code))
      issues.push({
        path: 'levels',
        message: `level ${level.code} (${level.name}) is held by members and cannot be removed`,
      });
  }
  const taskCodes = new Set<string>();
  next.tasks.forEach((task, index) => {
    if (taskCodes.has(task.code)) issues.push({ path: `tasks.${index}.code`, message: 'task codes must be unique' });
    taskCodes.add(task.code);
  });
  const bonusDays = new Set<number>();
  next.checkin.bonuses.forEach((bonus, index) => {
    if (bonus.day > next.checkin.cycleDays)
      issues.push({
        path: `checkin.bonuses.${index}.day`,
        message: `a bonus day must be within the ${next.checkin.cycleDays}-day cycle`,
      });
    if (bonusDays.has(bonus.day))
      issues.push({ path: `checkin.bonuses.${index}.day`, message: 'one bonus per day of the cycle' });
    bonusDays.add(bonus.day);
  });
  for (const code of Object.keys(next.automaticCoupons.upgrade)) {
    if (!levelCodes.has(code))
      issues.push({ path: `automaticCoupons.upgrade.${code}`, message: `unknown level ${code}` });
  }
  next.automaticCoupons.levelPerks.forEach((perk, index) => {
    if (!levelCodes.has(perk.levelCode))
      issues.push({
        path: `automaticCoupons.levelPerks.${index}.levelCode`,
        message: `unknown level ${perk.levelCode}`,
      });
  });
  for (const code of Object.keys(next.automaticCoupons.tasks)) {
    if (!taskCodes.has(code)) issues.push({ path: `automaticCoupons.tasks.${code}`, message: `unknown task ${code}` });
  }
  if (next.wallet.customMaxFen < next.wallet.customMinFen)
    issues.push({ path: 'wallet.customMaxFen', message: 'the custom top-up maximum is below its minimum' });
  for (const [key, template] of Object.entries(next.notifications.templates)) {
    const offered: readonly string[] = [...COMMON_NOTIFICATION_FIELDS, ...NOTIFICATION_VALUES[key as NotificationKey]];
    for (const [keyword, field] of Object.entries(template?.fields ?? {}))
      if (!offered.includes(field))
        issues.push({
          path: `notifications.templates.${key}.fields.${keyword}`,
          message: `${key} messages have no ${field} (they have ${offered.join(', ')})`,
        });
  }
  return issues;
}

/** Every coupon template the settings name, with where it is named (each must exist). */
export function templatesNamed(settings: ProgramSettings): { path: string; templateId: string }[] {
  const named: { path: string; templateId: string }[] = [];
  const auto = settings.automaticCoupons;
  if (auto.newMember) named.push({ path: 'automaticCoupons.newMember', templateId: auto.newMember });
  if (auto.stampCard) named.push({ path: 'automaticCoupons.stampCard', templateId: auto.stampCard });
  for (const [code, templateId] of Object.entries(auto.upgrade))
    named.push({ path: `automaticCoupons.upgrade.${code}`, templateId });
  for (const [index, templateId] of auto.birthday.entries())
    named.push({ path: `automaticCoupons.birthday.${index}`, templateId });
  for (const [index, perk] of auto.levelPerks.entries())
    named.push({ path: `automaticCoupons.levelPerks.${index}.templateId`, templateId: perk.templateId });
  for (const [code, templateId] of Object.entries(auto.tasks))
    named.push({ path: `automaticCoupons.tasks.${code}`, templateId });
  return named;
}
