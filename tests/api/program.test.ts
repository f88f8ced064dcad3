import { member360, programResponse, programVersionView, type ProgramSettings } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
let staff: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
  staff = (await login('staff-s001')).token;
});

/**
 * Business time of this run: far beyond any other test's X-Clock, and later on every rerun (ten business
 * minutes per real minute), so the versions a run saves never fall inside another run's window.
 */
const T0 = Date.UTC(2090, 0, 1) + (Date.now() - Date.UTC(2025, 0, 1)) * 10;
const at = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const HOUR = 3600_000;
const clock = (iso: string) => ({ 'X-Clock': iso });

const program = async (iso: string) =>
  programResponse.parse((await call('GET', '/v1/admin/program', { token: marketer, headers: clock(iso) })).body);
const put = (body: unknown, iso: string, headers: Record<string, string> = {}) =>
  call('PUT', '/v1/admin/program', { token: marketer, body, headers: { ...clock(iso), ...headers } });
const issuesOf = (answer: { body: { error: { details: { issues: { path: string }[] } } } }) =>
  answer.body.error.details.issues.map((issue) => issue.path);

async function purchase(token: string, amountFen: number, iso: string) {
  const code = (await call('GET', '/v1/me/code', { token, headers: clock(iso) })).body.code;
  const answer = await call('POST', '/v1/store/purchases', {
    token: staff,
    body: {
      memberCode: code,
      receiptNo: `PV${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`.toUpperCase(),
      amountFen,
    },
    headers: clock(iso),
  });
  expect(answer.status).toBe(201);
  return answer.body as { purchaseId: string; points: number };
}

describe('program settings versions', () => {
  test('a settings change does not alter past records; a purchase after it earns under the new version', async () => {
    const before = await program(at(0));
    const v1 = before.current;
    const settings: ProgramSettings = v1.settings;
    const member = await login(newOpenid('program'));
    // ¥20 stays far below the second level, so both purchases earn at the first level's multiplier.
    const first = await purchase(member.token, 2000, at(0));
    const firstLevel = settings.levels[0]!;
    expect(first.points).toBe(Math.floor(20 * settings.earning.pointsPerYuan * firstLevel.multiplier));

    const pointsPerYuan = settings.earning.pointsPerYuan === 2 ? 3 : 2;
    const saved = await put(
      { ...settings, earning: { ...settings.earning, pointsPerYuan }, effectiveAt: at(HOUR) },
      at(0),
    );
    expect(saved.status).toBe(200);
    const v2 = programVersionView.parse(saved.body);
    expect(v2.version).toBeGreaterThan(v1.version);
    expect(v2).toMatchObject({ effectiveAt: at(HOUR), createdBy: 'marketer:marketer' });

    // Scheduled, not yet in force; then in force from its time.
    const pending = await program(at(HOUR - 1000));
    expect(pending.current.version).toBe(v1.version);
    expect(pending.upcoming.map((version) => version.version)).toContain(v2.version);
    expect((await program(at(HOUR))).current.version).toBe(v2.version);

    const second = await purchase(member.token, 2000, at(2 * HOUR));
    expect(second.points).toBe(Math.floor(20 * pointsPerYuan * firstLevel.multiplier));

    const view = member360.parse(
      (await call('GET', `/v1/admin/members/${member.memberId}`, { token: marketer, headers: clock(at(2 * HOUR)) }))
        .body,
    );
    const byId = new Map(view.purchases.map((record) => [record.purchaseId, record]));
    expect(byId.get(first.purchaseId)).toMatchObject({ points: first.points, programVersion: v1.version });
    expect(byId.get(second.purchaseId)).toMatchObject({ points: second.points, programVersion: v2.version });
  });

  test('invalid settings are 400 with the field named', async () => {
    const { settings } = (await program(at(0))).current;
    const levels = settings.levels.map((level) => ({ ...level }));
    levels[1]!.threshold = 0;
    const descending = await put({ ...settings, levels }, at(0));
    expect(descending.status).toBe(400);
    expect(descending.body.error.code).toBe('VALIDATION_FAILED');
    expect(issuesOf(descending)).toContain('body.levels.1.threshold');

    const zero = await put(
      { ...settings, levels: settings.levels.map((level, i) => (i === 0 ? { ...level, multiplier: 0 } : level)) },
      at(0),
    );
    expect(zero.status).toBe(400);
    expect(issuesOf(zero)).toContain('body.levels.0.multiplier');

    const past = await put({ ...settings, effectiveAt: at(-HOUR) }, at(0));
    expect(past.status).toBe(400);
    expect(issuesOf(past)).toEqual(['body.effectiveAt']);

    const removed = await put(
      {
        ...settings,
        levels: settings.levels.slice(0, -1),
        automaticCoupons: { ...settings.automaticCoupons, upgrade: {}, levelPerks: [] },
      },
      at(0),
    );
    expect(removed.status).toBe(400);
    expect(issuesOf(removed)).toEqual(['body.levels']);

    const unknownTemplate = await put(
      { ...settings, automaticCoupons: { ...settings.automaticCoupons, newMember: 'tpl-nope' } },
      at(0),
    );
    expect(unknownTemplate.status).toBe(400);
    expect(issuesOf(unknownTemplate)).toEqual(['body.automaticCoupons.newMember']);

    const lateBonus = await put(
      { ...settings, checkin: { ...settings.checkin, bonuses: [{ day: settings.checkin.cycleDays + 1, points: 5 }] } },
      at(0),
    );
    expect(lateBonus.status).toBe(400);
    expect(issuesOf(lateBonus)).toEqual(['body.checkin.bonuses.0.day']);
  });

  test('concurrent saves get distinct version numbers, each in the history and the audit log', async () => {
    const { settings } = (await program(at(0))).current;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => put({ ...settings, effectiveAt: at(10 * HOUR + i * 1000) }, at(0))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    const versions = answers.map((answer) => programVersionView.parse(answer.body).version);
    expect(new Set(versions).size).toBe(6);
    const history = (await program(at(0))).history.map((entry) => entry.version);
    expect(history).toEqual(expect.arrayContaining(versions));

    const audit = (await call('GET', '/v1/admin/audit?limit=100', { token: marketer, headers: clock(at(0)) })).body;
    const audited = audit.items
      .filter((entry: { action: string }) => entry.action === 'program.update')
      .map((entry: { target: { id: string } }) => entry.target.id);
    expect(audited).toEqual(expect.arrayContaining(versions.map((version) => `v${version}`)));
  });

  test('a retried save with the same Idempotency-Key makes one version', async () => {
    const { settings } = (await program(at(0))).current;
    const headers = { 'Idempotency-Key': `program-${Date.now()}` };
    const body = { ...settings, effectiveAt: at(20 * HOUR) };
    const [a, b] = [await put(body, at(0), headers), await put(body, at(0), headers)];
    expect(b.body.version).toBe(a.body.version);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
  });

  test('a save from a draft older than the newest version is 409 PROGRAM_CHANGED; of racing saves from one draft, one wins', async () => {
    const latestOf = async () => Math.max(...(await program(at(0))).history.map((entry) => entry.version));
    const { settings } = (await program(at(0))).current;
    const stale = await put({ ...settings, effectiveAt: at(30 * HOUR), baseVersion: (await latestOf()) - 1 }, at(0));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('PROGRAM_CHANGED');
    expect(stale.body.error.details.latestVersion).toBeGreaterThan(stale.body.error.details.baseVersion);

    // Other files may save versions meanwhile: a round where one of them slipped in refuses all four, so retry it.
    let winners = 0;
    for (let round = 0; round < 3 && winners === 0; round++) {
      const baseVersion = await latestOf();
      const answers = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          put({ ...settings, effectiveAt: at(31 * HOUR + round * 10_000 + i * 1000), baseVersion }, at(0)),
        ),
      );
      for (const answer of answers.filter((one) => one.status !== 200)) {
        expect(answer.status).toBe(409);
        expect(answer.body.error.code).toBe('PROGRAM_CHANGED');
      }
      winners = answers.filter((answer) => answer.status === 200).length;
      expect(winners).toBeLessThanOrEqual(1);
      if (winners === 1) expect(await latestOf()).toBeGreaterThan(baseVersion);
    }
    expect(winners).toBe(1);
  });
});
