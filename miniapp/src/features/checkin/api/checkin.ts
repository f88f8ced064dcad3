import { calendarResponse, checkinResult } from '@app/shared';
import * as z from 'zod';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** GET /v1/checkins?month=YYYY-MM — the month's checked days, streak, rules, next bonus, reminder. */
export const getCheckinCalendar = (month?: string) =>
  apiRequest({ path: withQuery('/v1/checkins', { month }), schema: calendarResponse });

/** POST /v1/checkins — today's check-in (409 CHECKIN_ALREADY_DONE carries details.today). */
export const checkInToday = () => apiRequest({ method: 'POST', path: '/v1/checkins', schema: checkinResult });

/** POST /v1/checkins/makeup — 补签 a missed day of this month. */
export const makeupCheckin = (date: string) =>
  apiRequest({ method: 'POST', path: '/v1/checkins/makeup', body: { date }, schema: checkinResult });

/** PUT /v1/me/reminders — the 签到提醒 switch. */
export const setCheckinReminder = (checkin: boolean) =>
  apiRequest({
    method: 'PUT',
    path: '/v1/me/reminders',
    body: { checkin },
    schema: z.object({ checkin: z.boolean() }),
  });
