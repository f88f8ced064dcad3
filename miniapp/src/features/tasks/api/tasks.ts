import { tasksResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/me/tasks — the one-time tasks with their rewards and status. */
export const getTasks = () => apiRequest({ path: '/v1/me/tasks', schema: tasksResponse });
