/**
 * Packages the service for a deployed stage exactly as `sls deploy` would (offline: nothing is uploaded),
 * then validates the CloudFormation template with cfn-lint and checks the table and IAM we rely on.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { iamFindings } from './check-iam';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, '.serverless');
const SECRET_CANARY = 'canary-secret-that-must-not-be-packaged';

function runOrFail(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stderr.write(`${command} ${args.join(' ')} failed\n`);
    process.exit(1);
  }
}

/** cfn-lint's own rules, with its 2019 specification brought up to date by infra/cfn-spec-updates.json. */
function lintTemplate(path: string) {
  const awsData = require('cfn-lint/lib/awsData');
  const updates = JSON.parse(readFileSync(join(ROOT, 'infra', 'cfn-spec-updates.json'), 'utf8'));
  for (const [type, properties] of Object.entries(updates)) {
    if (type === '//') continue;
    const spec = awsData.awsResources.ResourceTypes[type];
    if (!spec) throw new Error(`cfn-lint has no specification for ${type}`);
    Object.assign(spec.Properties, properties);
  }
  const { validateFile } = require('cfn-lint/lib/api');
  const result = validateFile(path, { guessParameters: [] });
  for (const error of result.errors.crit) process.stderr.write(`cfn-lint: ${error.resource}: ${error.message}\n`);
  for (const warning of result.errors.warn)
    process.stdout.write(`cfn-lint warning: ${warning.resource}: ${warning.message}\n`);
  if (!result.templateValid) {
    process.stderr.write('cfn-lint: template invalid\n');
    process.exit(1);
  }
}

rmSync(OUT, { recursive: true, force: true });
runOrFail(process.execPath, ['node_modules/serverless/bin/serverless.js', 'package', '--stage', 'prod'], {
  SLS_TELEMETRY_DISABLED: '1',
  // Canaries: secrets in the deploying shell must not reach anything packaged.
  SESSION_SECRET: SECRET_CANARY,
  MEMBER_CODE_SECRET: SECRET_CANARY,
  WECHAT_SECRET: SECRET_CANARY,
  WECHATPAY_MERCHANT_PRIVATE_KEY: SECRET_CANARY,
  WECHATPAY_APIV3_KEY: SECRET_CANARY,
});
const templatePath = join(OUT, 'cloudformation-template-update-stack.json');
lintTemplate(templatePath);

const template = JSON.parse(readFileSync(templatePath, 'utf8'));
const lambdas = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Lambda::Function');
const table = template.Resources.MemberTable?.Properties;
const expectations: [string, boolean][] = [
  [
    'one DynamoDB table, on demand',
    template.Resources.MemberTable?.Type === 'AWS::DynamoDB::Table' && table?.BillingMode === 'PAY_PER_REQUEST',
  ],
  ['TTL on attribute ttl', table?.TimeToLiveSpecification?.AttributeName === 'ttl'],
  ['point-in-time recovery', table?.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled === true],
  ['table name per stage', table?.TableName === 'huiyuanka-prod'],
  ...iamFindings(template),
  [
    'secrets by Parameter Store path only (no session, code or WeChat secret in the template or the package)',
    lambdas.every(
      (r: any) =>
        r.Properties.Environment.Variables.WECHAT_PARAMETERS_PATH === '/huiyuanka/prod/wechat/' &&
        r.Properties.Environment.Variables.APP_PARAMETERS_PATH === '/huiyuanka/prod/app/' &&
        !Object.keys(r.Properties.Environment.Variables).some((key) =>
          /^(WECHAT(PAY)?_(SECRET|MERCHANT|APIV3)|SESSION_SECRET|MEMBER_CODE_SECRET)/.test(key),
        ),
    ) &&
      readdirSync(OUT).every((file) => !readFileSync(join(OUT, file)).includes(SECRET_CANARY)) &&
      JSON.stringify(template.Resources.AuthWechatIamRole?.Properties?.Policies ?? []).includes(
        ':parameter/huiyuanka/prod/wechat',
      ),
  ],
  [
    'runtime nodejs22.x',
    Object.values(template.Resources)
      .filter((r: any) => r.Type === 'AWS::Lambda::Function')
      .every((r: any) => r.Properties.Runtime === 'nodejs22.x'),
  ],
];
let failed = false;
for (const [what, ok] of expectations) {
  process.stdout.write(`${ok ? '✓' : '✗'} ${what}\n`);
  failed ||= !ok;
}
const functions = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Lambda::Function').length;
process.stdout.write(`template: ${functions} functions, cfn-lint clean\n`);
process.exit(failed ? 1 : 0);
