import { storeResponse } from '@app/shared';
import { call, login } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

const newStoreId = () => `S${String(Date.now() % 1_000_000).padStart(6, '0')}`;

describe('POST /v1/admin/stores', () => {
  test('a marketer opens a store: listed, audited, staff can be bound to it; its id is taken once', async () => {
    const storeId = newStoreId();
    const created = await call('POST', '/v1/admin/stores', {
      token: marketer,
      body: { storeId, name: '啡常时光·徐家汇店', city: '上海' },
    });
    expect(created.status).toBe(201);
    expect(storeResponse.parse(created.body)).toEqual({
      storeId,
      name: '啡常时光·徐家汇店',
      city: '上海',
      status: 'open',
    });
    const list = await call('GET', '/v1/admin/stores', { token: marketer });
    expect(list.body.items.map((store: { storeId: string }) => store.storeId)).toContain(storeId);
    const audit = await call('GET', '/v1/admin/audit?limit=20', { token: marketer });
    expect(
      audit.body.items.some(
        (entry: { action: string; target: { id: string } }) =>
          entry.action === 'store.create' && entry.target.id === storeId,
      ),
    ).toBe(true);
    const staff = await call('POST', '/v1/admin/staff', {
      token: marketer,
      body: { openid: `staff-${storeId.toLowerCase()}`, storeId, role: 'staff' },
    });
    expect(staff.status).toBe(201);
    const again = await call('POST', '/v1/admin/stores', {
      token: marketer,
      body: { storeId, name: '另一家', city: '上海' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('STORE_EXISTS');
  });

  test('bad input is 400 with the field named', async () => {
    const badId = await call('POST', '/v1/admin/stores', {
      token: marketer,
      body: { storeId: 'X1', name: '店', city: '上海' },
    });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.issues[0].path).toBe('body.storeId');
    const noName = await call('POST', '/v1/admin/stores', {
      token: marketer,
      body: { storeId: newStoreId(), name: ' ', city: '上海' },
    });
    expect(noName.status).toBe(400);
    expect(noName.body.error.details.issues[0].path).toBe('body.name');
  });
});

describe('PUT /v1/admin/stores/{storeId}', () => {
  test('a marketer renames a store: listed under the new name, audited with before and after', async () => {
    const storeId = newStoreId();
    await call('POST', '/v1/admin/stores', {
      token: marketer,
      body: { storeId, name: '啡常时光·老街店', city: '上海' },
    });
    const renamed = await call('PUT', `/v1/admin/stores/${storeId}`, {
      token: marketer,
      body: { name: '啡常时光·新街店' },
    });
    expect(renamed.status).toBe(200);
    expect(storeResponse.parse(renamed.body)).toEqual({
      storeId,
      name: '啡常时光·新街店',
      city: '上海',
      status: 'open',
    });
    const list = await call('GET', '/v1/admin/stores', { token: marketer });
    expect(list.body.items.find((store: { storeId: string }) => store.storeId === storeId)).toEqual({
      storeId,
      name: '啡常时光·新街店',
      city: '上海',
      status: 'open',
    });
    const audit = await call('GET', '/v1/admin/audit?limit=20', { token: marketer });
    expect(
      audit.body.items.find(
        (entry: { action: string; target: { id: string } }) =>
          entry.action === 'store.update' && entry.target.id === storeId,
      ),
    ).toMatchObject({ before: { name: '啡常时光·老街店' }, after: { name: '啡常时光·新街店', city: '上海' } });
  });

  test('an unknown store is 404; a change that names nothing, or a bad id, is 400', async () => {
    const missing = await call('PUT', '/v1/admin/stores/S999999', { token: marketer, body: { name: '无此店' } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const empty = await call('PUT', '/v1/admin/stores/S001', { token: marketer, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
    const badId = await call('PUT', '/v1/admin/stores/X1', { token: marketer, body: { name: '店' } });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.issues[0].path).toBe('params.storeId');
  });
});
