import type { ProgramSettings } from '../../program/settings';

/** One-time tasks (product.md): each is paid once, when its trigger happens. */
export type TaskCode = 'complete-profile' | 'bind-phone' | 'first-checkin' | 'first-purchase' | 'first-redemption';

export function taskReward(
  settings: Pick<ProgramSettings, 'tasks'>,
  code: TaskCode,
  done: Readonly<Record<string, string>>,
) {
  if (done[code]) return null;
  const task = settings.tasks.find((candidate) => candidate.code === code);
  return task ? { code, title: task.title, points: task.points, growth: task.growth } : null;
}

export function taskList(settings: Pick<ProgramSettings, 'tasks'>, done: Readonly<Record<string, string>>) {
  return settings.tasks.map((task) => ({
    code: task.code,
    title: task.title,
    points: task.points,
    growth: task.growth,
    status: done[task.code] ? ('done' as const) : ('todo' as const),
    ...(done[task.code] ? { doneAt: done[task.code] } : {}),
  }));
}
