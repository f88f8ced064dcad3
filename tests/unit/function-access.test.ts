import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Least privilege (infra/iam): every function of serverless.yml has its line in function-access.cjs, the table names
 * no function that is gone, and the policy a line turns into grants what the line says and no more. The packaged
 * template is checked by `npm test -- package` (scripts/check-iam.ts).
 */
const ROOT = join(__dirname, '..', '..');
const access: Record<string, Record<string, unknown>> = require('../../infra/iam/function-access.cjs');
const { statementsFor } = require('../../infra/iam/per-function-roles.cjs');

const yml = readFileSync(join(ROOT, 'serverless.yml'), 'utf8');
const functionsBlock = yml.slice(yml.indexOf('\nfunctions:\n'), yml.indexOf('\nresources:'));
const functionNames = [...functionsBlock.matchAll(/\n {2}([A-Za-z0-9]+):\n/g)].map(([, name]) => name!);
const actionsOf = (name: string) =>
  (
    statementsFor(name, access[name], { stage: 'prod', logGroup: `/aws/lambda/huiyuanka-prod-${name}` }) as {
      Action: string[];
    }[]
  ).flatMap((s) => s.Action);

test('every function of serverless.yml has a line, and every line a function', () => {
  expect(functionNames.length).toBeGreaterThan(80);
  expect(functionNames.filter((name) => !access[name])).toEqual([]);
  expect(Object.keys(access).filter((name) => !functionNames.includes(name))).toEqual([]);
});

test('a read line reads; a write line writes; the WeChat settings, the stream and the queue only where named', () => {
  expect(actionsOf('getMe')).toEqual(
    expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'logs:PutLogEvents']),
  );
  expect(actionsOf('getMe')).not.toContain('dynamodb:PutItem');
  expect(actionsOf('recordPurchase')).toContain('dynamodb:UpdateItem');
  expect(actionsOf('health')).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  expect(actionsOf('sendNotifications')).toEqual(
    expect.arrayContaining(['ssm:GetParametersByPath', 'dynamodb:GetRecords']),
  );
  for (const name of functionNames.filter((n) => !access[n]!.wechat))
    expect(actionsOf(name)).not.toContain('ssm:GetParametersByPath');
  for (const name of functionNames.filter((n) => !access[n]!.stream))
    expect(actionsOf(name)).not.toContain('dynamodb:GetRecords');
  for (const name of functionNames.filter((n) => !access[n]!.queue))
    expect(actionsOf(name).some((action) => action.startsWith('sqs:'))).toBe(false);
});

test('key prefixes become a LeadingKeys condition on the writes', () => {
  const write = (
    statementsFor('expiryNoticesJob', access.expiryNoticesJob, { stage: 'prod', logGroup: 'x' }) as {
      Action: string[];
      Condition?: unknown;
    }[]
  ).find((s) => s.Action.includes('dynamodb:PutItem'));
  expect(write?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['MEMBER#*', 'OUTBOX#*'] } });
});
