import { MALL_IMAGE_MAX_BYTES, mallImageUploadResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => (marketer = (await login('marketer')).token));

/** A tiny real PNG (1×1, red). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

const ask = async (body: unknown, token = marketer) => call('POST', '/v1/admin/mall/images', { token, body });

/** What wx.uploadFile sends: the policy's fields, then the file, as multipart/form-data. */
async function upload(
  grant: ReturnType<typeof mallImageUploadResponse.parse>,
  file: Buffer,
  change: (fields: Record<string, string>) => Record<string, string> = (fields) => fields,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(change({ ...grant.fields }))) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)], { type: grant.contentType }), 'picture');
  const answer = await fetch(grant.url, { method: 'POST', body: form });
  return { status: answer.status, text: await answer.text() };
}

describe('POST /v1/admin/mall/images', () => {
  test('a marketer uploads a picture through the signed policy; the mall item shows it to members', async () => {
    const asked = await ask({ contentType: 'image/png', sizeBytes: PNG.length });
    expect(asked.status).toBe(201);
    const grant = mallImageUploadResponse.parse(asked.body);
    expect(grant).toMatchObject({ contentType: 'image/png', maxBytes: MALL_IMAGE_MAX_BYTES });
    expect(grant.imageUrl).toMatch(/\/mall\/\d{6}\/[0-9a-f]{24}\.png$/);
    expect((await upload(grant, PNG)).status).toBe(204);
    const stored = await fetch(grant.imageUrl);
    expect([stored.status, stored.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await stored.arrayBuffer()).equals(PNG)).toBe(true);

    const name = `图片礼品${Date.now().toString(36)}`;
    const created = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { name, category: '周边', kind: 'goods', points: 10, stock: 5, images: [grant.imageUrl] },
      headers: { 'Idempotency-Key': `image-item-${Date.now().toString(36)}` },
    });
    expect(created.status).toBe(201);
    const member = await login(newOpenid('image-viewer'));
    const item = await call('GET', `/v1/mall/items/${created.body.itemId}`, { token: member.token });
    expect(item.body.images).toEqual([grant.imageUrl]);
  });

  test.each([
    [{ contentType: 'image/gif', sizeBytes: 1000 }, 415, 'IMAGE_TYPE_UNSUPPORTED'],
    [{ contentType: 'text/html', sizeBytes: 1000 }, 415, 'IMAGE_TYPE_UNSUPPORTED'],
    [{ contentType: 'image/jpeg', sizeBytes: MALL_IMAGE_MAX_BYTES + 1 }, 413, 'IMAGE_TOO_LARGE'],
    [{ contentType: 'image/jpeg', sizeBytes: 0 }, 400, 'VALIDATION_FAILED'],
    [{ contentType: 'image/jpeg' }, 400, 'VALIDATION_FAILED'],
  ])('%p is refused with %i %s before anything is signed', async (body, status, code) => {
    const answer = await ask(body);
    expect([answer.status, answer.body.error.code]).toEqual([status, code]);
  });

  test('storage itself holds the policy: a larger file, another type or key, or a forged signature is refused', async () => {
    const grant = mallImageUploadResponse.parse((await ask({ contentType: 'image/png', sizeBytes: 1000 })).body);
    const tooLarge = await upload(grant, Buffer.alloc(MALL_IMAGE_MAX_BYTES + 1, 1));
    expect([tooLarge.status, tooLarge.text]).toEqual([400, expect.stringContaining('<Code>EntityTooLarge</Code>')]);
    const otherType = await upload(grant, PNG, (fields) => ({ ...fields, 'Content-Type': 'text/html' }));
    expect([otherType.status, otherType.text]).toEqual([403, expect.stringContaining('<Code>AccessDenied</Code>')]);
    const otherKey = await upload(grant, PNG, (fields) => ({ ...fields, key: 'mall/elsewhere.png' }));
    expect(otherKey.status).toBe(403);
    const forged = await upload(grant, PNG, (fields) => ({ ...fields, 'X-Amz-Signature': '0'.repeat(64) }));
    expect([forged.status, forged.text]).toEqual([403, expect.stringContaining('SignatureDoesNotMatch')]);
    expect((await fetch(grant.imageUrl)).status).toBe(404);
  });

  test('staff and members may not ask for an upload', async () => {
    for (const who of ['staff-s001', newOpenid('image-member')]) {
      const token = (await login(who)).token;
      expect((await ask({ contentType: 'image/png', sizeBytes: 10 }, token)).status).toBe(403);
    }
  });
});
