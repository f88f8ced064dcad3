import { taskList } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** The program's one-time tasks, each with whether the caller has done it. */
export async function myTasks(principal: Principal, now: number, deps: Pick<AppDeps, 'members' | 'programAt'>) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  return taskList(settings, member.tasksDone);
}
