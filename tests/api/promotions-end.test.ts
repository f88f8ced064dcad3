import { promotionView } from '@app/shared';
import { call, login } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

describe('POST /v1/admin/promotions/{promotionId}/end', () => {
  test('a running promotion ends now, audited; it leaves the running ones; ending it again answers it as it is', async () => {
    const now = Date.now();
    const created = await call('POST', '/v1/admin/promotions', {
      token: marketer,
      body: {
        name: '提前结束测试',
        multiplier: 2,
        startsAt: new Date(now - 3600_000).toISOString(),
        endsAt: new Date(now + 7 * 86_400_000).toISOString(),
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.promotionId;
    const ended = await call('POST', `/v1/admin/promotions/${id}/end`, { token: marketer });
    expect(ended.status).toBe(200);
    const view = promotionView.parse(ended.body);
    expect(Date.parse(view.endsAt)).toBeLessThanOrEqual(Date.now());
    expect(view.endedEarlyAt).toBe(view.endsAt);
    expect(view.endedEarlyBy).toBe('marketer:marketer');

    const again = await call('POST', `/v1/admin/promotions/${id}/end`, { token: marketer });
    expect([again.status, again.body.endsAt]).toEqual([200, view.endsAt]);
    const list = await call('GET', '/v1/admin/promotions?limit=50', { token: marketer });
    expect(list.body.items.find((p: { promotionId: string }) => p.promotionId === id).endsAt).toBe(view.endsAt);
    const audit = await call('GET', '/v1/admin/audit?limit=20', { token: marketer });
    const entries = audit.body.items.filter(
      (entry: { action: string; target: { id: string } }) => entry.action === 'promotion.end' && entry.target.id === id,
    );
    expect(entries).toHaveLength(1);
  });
});
