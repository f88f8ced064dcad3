import { useLoad } from '@tarojs/taro';
import type { Role } from '@app/shared';
import { homeOf, relaunch, routes } from './routes';
import { loadSession } from './session';

/**
 * Keeps each role on its own screens: without a session the page sends the user to login, with another
 * role's session to that role's home. The server enforces roles anyway; this only avoids a 403 screen.
 */
export function useRoleGuard(role: Role): void {
  useLoad(() => {
    const session = loadSession();
    if (!session) void relaunch(routes.login);
    else if (session.role !== role) void relaunch(homeOf(session.role));
  });
}
