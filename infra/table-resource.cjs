// The CloudFormation resource for the one table. Its properties come from table.json, the same file that the
// local stack uses to create the table in DynamoDB Local, so deployment and tests share one definition.
const properties = require('./table.json');

module.exports = async ({ resolveVariable }) => {
  const stage = await resolveVariable('sls:stage');
  return {
    Type: 'AWS::DynamoDB::Table',
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: { TableName: `huiyuanka-${stage}`, ...properties },
  };
};
