import { demoProgram } from '../../infra/seed/demo-program';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());

describe('program settings versions', () => {
  test('the version in force is the latest whose effective time has come', async () => {
    const { programRepository } = await import('../../functions/src/adapters/dynamodb');
    const program = programRepository(table.db, table.tableName);
    const richer = { ...demoProgram, earning: { ...demoProgram.earning, pointsPerYuan: 2 } };
    expect(await program.putVersion(richer, '2027-01-01T00:00:00.000Z', 2, 'marketer:test')).toBe('created');
    expect(await program.putVersion(richer, '2027-01-01T00:00:00.000Z', 2, 'marketer:test')).toBe('exists');
    expect((await program.versionAt('2026-12-31T23:59:59.999Z'))?.version).toBe(1);
    expect((await program.versionAt('2027-01-01T00:00:00.000Z'))?.settings.earning.pointsPerYuan).toBe(2);
    expect(await program.versionAt('2019-01-01T00:00:00.000Z')).toBeUndefined();
  });
});
