import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';

let client: SSMClient | undefined;

/** Every parameter under `path` (recursively, SecureStrings decrypted), by full name. */
export async function parametersUnder(path: string): Promise<Record<string, string>> {
  client ??= new SSMClient({});
  const values: Record<string, string> = {};
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new GetParametersByPathCommand({ Path: path, Recursive: true, WithDecryption: true, NextToken }),
    );
    for (const parameter of page.Parameters ?? [])
      if (parameter.Name && parameter.Value !== undefined) values[parameter.Name] = parameter.Value;
    NextToken = page.NextToken;
  } while (NextToken);
  return values;
}
