/**
 * Least privilege, read from the packaged CloudFormation template (issue 15): every function runs under a role of
 * its own, and a few named functions are held to what their use case needs. Used by check-package.ts.
 */
type Statement = { Action: string[]; Resource: unknown; Condition?: Record<string, Record<string, string[]>> };
type Template = { Resources: Record<string, { Type: string; Properties: any }> };

const WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const logicalId = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}LambdaFunction`;

export function iamFindings(template: Template): [string, boolean][] {
  const resources = template.Resources;
  const functions = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
  const roleIdOf = (functionId: string): string | undefined =>
    resources[functionId]?.Properties.Role?.['Fn::GetAtt']?.[0];
  const statementsOf = (name: string): Statement[] => {
    const role = resources[roleIdOf(logicalId(name)) ?? ''];
    if (!role) throw new Error(`no role for the function ${name}`);
    return role.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement);
  };
  const can = (name: string, action: string, resource = '') =>
    statementsOf(name).some((s) => s.Action.includes(action) && JSON.stringify(s.Resource).includes(resource));
  const functionNames = functions
    .map(([id]) => id.replace(/LambdaFunction$/, ''))
    .map((id) => `${id[0]!.toLowerCase()}${id.slice(1)}`);
  const whoCan = (action: string, resource = '') => functionNames.filter((name) => can(name, action, resource)).sort();
  const httpFunctions = new Set(
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::Lambda::Permission' && r.Properties.Principal === 'apigateway.amazonaws.com')
      .map((r) => r.Properties.FunctionName?.['Fn::GetAtt']?.[0] as string),
  );
  const writesOnlyUnder = (name: string, prefixes: string[]) =>
    statementsOf(name)
      .filter((s) => s.Action.some((a) => WRITES.includes(a)))
      .every(
        (s) =>
          JSON.stringify(s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']) ===
          JSON.stringify(prefixes),
      );
  const roles = functions.map(([id]) => roleIdOf(id));
  const policies = JSON.stringify(
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Role')
      .map((r) => r.Properties.Policies),
  );
  const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());
  return [
    [
      'IAM: every function has a role of its own (no shared role)',
      roles.every(Boolean) && new Set(roles).size === roles.length && !resources.IamRoleLambdaExecution,
    ],
    ['IAM: no wildcard action or resource', !policies.includes('"dynamodb:*"') && !policies.includes('"Resource":"*"')],
    [
      'IAM: read-only routes cannot write (getMe, myPoints, listOutbox, mySubscriptions, analyticsOverview)',
      ['getMe', 'myPoints', 'listOutbox', 'mySubscriptions', 'analyticsOverview'].every(
        (name) => can(name, 'dynamodb:Query') && WRITES.every((action) => !can(name, action)),
      ),
    ],
    [
      'IAM: jobs write only what they own (expiry-notices, send-notifications: MEMBER#/OUTBOX#; checkin-reminders: OUTBOX#)',
      writesOnlyUnder('expiryNoticesJob', ['MEMBER#*', 'OUTBOX#*']) &&
        writesOnlyUnder('sendNotificationsJob', ['MEMBER#*', 'OUTBOX#*']) &&
        writesOnlyUnder('sendNotifications', ['MEMBER#*', 'OUTBOX#*']) &&
        writesOnlyUnder('checkinRemindersJob', ['OUTBOX#*']) &&
        can('expiryNoticesJob', 'dynamodb:PutItem'),
    ],
    [
      'IAM: the WeChat settings are read only by the functions that call WeChat',
      same(whoCan('ssm:GetParametersByPath', ':parameter/huiyuanka/prod/wechat'), [
        // WeChat login (code2session) and the phone number
        'authWechat',
        'acceptInvitation',
        'bindPhone',
        // subscribe messages
        'sendNotifications',
        'sendNotificationsJob',
        // WeChat Pay: orders, their notifications, queries, closes and refunds
        'createTopup',
        'getTopup',
        'wechatPayNotify',
        'refundTopup',
        'reconcilePaymentsJob',
        // Issue 17: plan and punch-card orders, their polls and refunds
        'createPlanOrder',
        'getMoneyOrder',
        'refundPlan',
        'createCardOrder',
        'refundPunchCard',
      ]),
    ],
    [
      "IAM: the app's secrets (sessions, codes) are read by the HTTP functions and by nothing else",
      httpFunctions.size > 80 &&
        same(
          whoCan('ssm:GetParametersByPath', ':parameter/huiyuanka/prod/app'),
          functionNames.filter((name) => httpFunctions.has(logicalId(name))),
        ),
    ],
    [
      'IAM: the stream only for its readers, the dispatch queue only for its producers and its worker',
      same(whoCan('dynamodb:GetRecords'), ['aggregateStats', 'sendNotifications']) &&
        same(whoCan('sqs:ReceiveMessage'), ['dispatchWorker']) &&
        same(whoCan('sqs:SendMessage'), ['dispatchCampaignsJob', 'launchCampaign']),
    ],
    [
      'IAM: only createMallImageUpload may put into the mall pictures bucket, and only under mall/',
      same(whoCan('s3:PutObject'), ['createMallImageUpload']) &&
        JSON.stringify(statementsOf('createMallImageUpload').filter((s) => s.Action.includes('s3:PutObject'))) ===
          JSON.stringify([
            {
              Effect: 'Allow',
              Action: ['s3:PutObject'],
              Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['MallImagesBucket', 'Arn'] }, '/mall/*']] },
            },
          ]) &&
        !policies.includes('"s3:*"') &&
        !functionNames.some((name) => name !== 'createMallImageUpload' && can(name, 's3:GetObject')),
    ],
    [
      'IAM: health, openapi and notFound touch no data',
      ['health', 'openapi', 'notFound'].every((n) => !can(n, 'dynamodb:GetItem')),
    ],
  ];
}
