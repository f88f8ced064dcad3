// Packaging plugin: gives every function its own IAM role, built from its line in function-access.cjs, in place of
// the one role Serverless shares between all functions (issue 15, least privilege). It runs on `sls package` /
// `sls deploy` only; the local stack (serverless-offline) has no IAM.
const access = require('./function-access.cjs');

const READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const STREAM = ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'];
const SHARED_ROLE = 'IamRoleLambdaExecution';

const arn = (...parts) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ...parts]] });
const tableArn = { 'Fn::GetAtt': ['MemberTable', 'Arn'] };
const indexesArn = { 'Fn::Join': ['', [tableArn, '/index/*']] };

/** The statements of one function's policy (exported for the unit test of the table). */
function statementsFor(name, grant, { stage, logGroup, http = false }) {
  const statements = [
    {
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: arn(':logs:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:log-group:${logGroup}:*`),
    },
  ];
  if (grant.table === 'read' || grant.table === 'write')
    statements.push({ Effect: 'Allow', Action: READ, Resource: [tableArn, indexesArn] });
  if (grant.table === 'write')
    statements.push({
      Effect: 'Allow',
      Action: WRITE,
      Resource: tableArn,
      ...(grant.writes ? { Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': grant.writes } } } : {}),
    });
  if (grant.stream)
    statements.push({ Effect: 'Allow', Action: STREAM, Resource: { 'Fn::GetAtt': ['MemberTable', 'StreamArn'] } });
  if (grant.queue)
    statements.push({
      Effect: 'Allow',
      Action:
        grant.queue === 'send'
          ? ['sqs:SendMessage']
          : ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'],
      Resource: { 'Fn::GetAtt': ['DispatchQueue', 'Arn'] },
    });
  // Mall pictures: the presigned POST is signed with this role, so PutObject under mall/ is all it may grant.
  if (grant.images === 'sign')
    statements.push({
      Effect: 'Allow',
      Action: ['s3:PutObject'],
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['MallImagesBucket', 'Arn'] }, '/mall/*']] },
    });
  // SecureStrings under the AWS-managed aws/ssm key need no KMS grant. The stage's WeChat settings: only functions
  // that talk to WeChat. The app's secrets (sessions, codes): every HTTP function, read before its first request.
  const parameters = (folder) => ({
    Effect: 'Allow',
    Action: ['ssm:GetParametersByPath'],
    Resource: arn(
      ':ssm:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:parameter/huiyuanka/${stage}/${folder}`,
    ),
  });
  if (grant.wechat) statements.push(parameters('wechat'));
  if (http) statements.push(parameters('app'));
  if (!['read', 'write', 'none'].includes(grant.table)) throw new Error(`${name}: table must be read, write or none`);
  return statements;
}

class PerFunctionRoles {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = { 'after:package:compileEvents': () => this.assignRoles() };
  }

  assignRoles() {
    const service = this.serverless.service;
    const naming = this.serverless.getProvider('aws').naming;
    const resources = service.provider.compiledCloudFormationTemplate.Resources;
    const stage = this.serverless.getProvider('aws').getStage();
    const roleOf = {};
    for (const name of service.getAllFunctions()) {
      const grant = access[name];
      if (!grant) throw new Error(`infra/iam/function-access.cjs has no line for the function ${name}`);
      const functionId = naming.getLambdaLogicalId(name);
      const roleId = `${naming.getNormalizedFunctionName(name)}IamRole`;
      const logGroup = naming.getLogGroupName(service.getFunction(name).name);
      const http = (service.getFunction(name).events ?? []).some((event) => event.httpApi);
      resources[roleId] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] },
            ],
          },
          Policies: [
            {
              PolicyName: `${name}-policy`,
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: statementsFor(name, grant, { stage, logGroup, http }),
              },
            },
          ],
        },
      };
      const fn = resources[functionId];
      fn.Properties.Role = { 'Fn::GetAtt': [roleId, 'Arn'] };
      fn.DependsOn = [...new Set([...(fn.DependsOn ?? []).filter((d) => d !== SHARED_ROLE), roleId])];
      roleOf[functionId] = roleId;
    }
    // Event sources (stream, SQS) waited for the shared role: they wait for their function's own now.
    for (const resource of Object.values(resources)) {
      if (!resource.DependsOn) continue;
      const depends = [].concat(resource.DependsOn);
      if (!depends.includes(SHARED_ROLE)) continue;
      const target = resource.Properties?.FunctionName?.['Fn::GetAtt']?.[0];
      if (!roleOf[target]) throw new Error(`cannot move ${JSON.stringify(resource.Properties)} off the shared role`);
      resource.DependsOn = depends.map((d) => (d === SHARED_ROLE ? roleOf[target] : d));
    }
    delete resources[SHARED_ROLE];
    if (JSON.stringify(service.provider.compiledCloudFormationTemplate).includes(SHARED_ROLE))
      throw new Error('something still refers to the shared role');
  }
}

module.exports = PerFunctionRoles;
module.exports.statementsFor = statementsFor;
