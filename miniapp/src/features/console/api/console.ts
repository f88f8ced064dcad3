import Taro from '@tarojs/taro';
import {
  analyticsOverview,
  auditResponse,
  outboxResponse,
  bulkTagResponse,
  type ExportQuery,
  member360,
  memberSearchResponse,
  memberTagsResponse,
  pointsAdjustmentResponse,
  programResponse,
  tagsResponse,
} from '@app/shared';
import type { programUpdateRequest } from '@app/shared';
import * as z from 'zod';
import { env } from '../../../config/env';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { ApiError, type ApiErrorCode, isErrorCode, messageFor, NETWORK_MESSAGE } from '../../../lib/api-error';
import { loadSession } from '../../../lib/session';

export type ProgramUpdateBody = z.input<typeof programUpdateRequest>;
export type ExportReport = ExportQuery['report'];

/** GET /v1/admin/analytics/overview — everything the dashboard draws for a date range (both days included). */
export const getOverview = (range: { from: string; to: string }) =>
  apiRequest({ path: withQuery('/v1/admin/analytics/overview', range), schema: analyticsOverview });

/** GET /v1/admin/members?q= — by member number, phone or nickname. */
export const searchMembers = (q: string) =>
  apiRequest({ path: withQuery('/v1/admin/members', { q }), schema: memberSearchResponse });

/** GET /v1/admin/members without q — who joined last, newest first, a page at a time. */
export const recentMembers = (cursor: string | null) =>
  apiRequest({ path: withQuery('/v1/admin/members', { cursor }), schema: memberSearchResponse });

/** GET /v1/admin/members/{memberId} — the member 360. */
export const getMember360 = (memberId: string) =>
  apiRequest({ path: `/v1/admin/members/${encodeURIComponent(memberId)}`, schema: member360 });

/** POST /v1/admin/members/{memberId}/points — ± points with a reason; one key per confirmed adjustment. */
export const adjustPoints = (memberId: string, body: { points: number; reason: string }, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/admin/members/${encodeURIComponent(memberId)}/points`,
    body,
    schema: pointsAdjustmentResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** POST /v1/admin/members/{memberId}/tags — add and/or remove manual tags. */
export const changeMemberTags = (memberId: string, body: { add?: string[]; remove?: string[] }) =>
  apiRequest({
    method: 'POST',
    path: `/v1/admin/members/${encodeURIComponent(memberId)}/tags`,
    body,
    schema: memberTagsResponse,
  });

/** GET /v1/admin/tags — manual tags and automatic segments with their member counts. */
export const listTags = () => apiRequest({ path: '/v1/admin/tags', schema: tagsResponse });

/** POST /v1/admin/tags/bulk — one tag added to (or removed from) many members by number. */
export const bulkTag = (body: { tag: string; action: 'add' | 'remove'; memberNos: string[] }) =>
  apiRequest({ method: 'POST', path: '/v1/admin/tags/bulk', body, schema: bulkTagResponse });

/** GET /v1/admin/program — the rules in force, versions still to come and the history. */
export const getProgram = () => apiRequest({ path: '/v1/admin/program', schema: programResponse });

/** PUT /v1/admin/program — a new version of the rules (now, or at `effectiveAt`); the page reads the versions again after it. */
export const saveProgram = (body: ProgramUpdateBody, idempotencyKey: string) =>
  apiRequest({
    method: 'PUT',
    path: '/v1/admin/program',
    body,
    schema: z.unknown(),
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** GET /v1/admin/audit — the marketer actions, newest first, page by page. */
export const listAudit = (cursor: string | null) =>
  apiRequest({ path: withQuery('/v1/admin/audit', { cursor, limit: 30 }), schema: auditResponse });

/** GET /v1/admin/outbox — the messages written on a day, with what became of each (filters optional). */
export const listOutbox = (
  filters: { date: string; status?: string; templateKey?: string; memberNo?: string },
  cursor: string | null,
) => apiRequest({ path: withQuery('/v1/admin/outbox', { ...filters, cursor, limit: 30 }), schema: outboxResponse });

/** The export's path (also the H5 download's URL). */
export const exportPath = (query: ExportQuery) => withQuery('/v1/admin/analytics/export', query);

/**
 * GET /v1/admin/analytics/export — one block of the dashboard as CSV text. Not JSON, so it is read as text here
 * rather than through apiRequest; errors become the same ApiError.
 */
export const fetchCsv = (query: ExportQuery): Promise<string> => fetchCsvAt(exportPath(query));

/**
 * Any CSV route of the console (a path with its query; a POST with its JSON body, e.g. a code batch), read as text;
 * errors become the same ApiError.
 */
export async function fetchCsvAt(
  path: string,
  send: { method: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = { method: 'GET' },
): Promise<string> {
  const token = loadSession()?.token;
  let response: Awaited<ReturnType<typeof Taro.request>>;
  try {
    response = await Taro.request({
      url: `${env.apiUrl}${path}`,
      method: send.method,
      ...(send.body === undefined ? {} : { data: send.body as Record<string, unknown> }),
      header: {
        ...(send.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...send.headers,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      dataType: 'text',
      responseType: 'text',
      timeout: 30000,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: NETWORK_MESSAGE });
  }
  const { statusCode: status, data } = response;
  if (status >= 200 && status < 300) return typeof data === 'string' ? data : String(data ?? '');
  let code: ApiErrorCode = status >= 500 ? 'INTERNAL' : `HTTP_${status}`;
  let message: string | undefined;
  try {
    const body = (typeof data === 'string' ? JSON.parse(data) : data) as {
      error?: { code?: string; message?: string };
    };
    if (body.error?.code && isErrorCode(body.error.code)) code = body.error.code;
    message = body.error?.message;
  } catch {
    // not JSON: keep the status code
  }
  throw new ApiError({ status, code, message: messageFor(code, message) });
}
