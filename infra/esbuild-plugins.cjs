// esbuild plugins of serverless.yml (custom.esbuild.plugins). The local stage bundles only our own code and
// leaves npm packages to be required from node_modules at run time: a local start then neither parses the AWS SDK
// once per function nor holds gigabytes in esbuild. Deployed stages bundle everything, as Lambda runs it.
//
// Deployed stages: a function that may not read the WeChat settings (no `wechat: true` in
// infra/iam/function-access.cjs) could never make a WeChat Pay client, so its bundle gets none: the client module
// resolves to one that refuses, and its HTTP stack (axios, mime types, an XML parser; ~350 KB) stays out.
const { relative, resolve } = require('node:path');
const functionAccess = require('./iam/function-access.cjs');

const WECHAT_PAY_CLIENT = /[/\\]adapters[/\\]wechat-pay[/\\]client(\.ts)?$/;

function wechatPayOnlyWhereGranted(serverless) {
  const functionOf = (entry) => {
    const path = relative(serverless.config.servicePath, resolve(entry)).replace(/\.[cm]?[jt]s$/, '');
    return Object.entries(serverless.service.functions).find(
      ([, fn]) => fn.handler.replace(/\.[^.]+$/, '') === path,
    )?.[0];
  };
  return {
    name: 'wechat-pay-only-where-granted',
    setup(build) {
      const entries = [build.initialOptions.entryPoints ?? []].flat();
      const names = entries.map((entry) => functionOf(typeof entry === 'string' ? entry : entry.in));
      if (names.length === 0 || names.some((name) => !name || functionAccess[name]?.wechat)) return;
      build.onResolve({ filter: /client(\.ts)?$/ }, (args) =>
        WECHAT_PAY_CLIENT.test(resolve(args.resolveDir, args.path))
          ? { path: 'wechat-pay-not-granted', namespace: 'refuse' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'refuse' }, () => ({
        contents: `export function wechatPayClient() {
  throw new Error('this function may not talk to WeChat Pay (infra/iam/function-access.cjs)');
}`,
        loader: 'js',
      }));
    },
  };
}

module.exports = (serverless) => {
  const stage = serverless.processedInput?.options?.stage ?? serverless.service.provider.stage;
  if (stage !== 'local') return [wechatPayOnlyWhereGranted(serverless)];
  const packagesFromNodeModules = {
    name: 'packages-from-node-modules',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@app/')) return undefined;
        // By the path it resolves to from the importing file: a package a workspace keeps in its own node_modules
        // (wechatpay-axios-plugin sits in functions/node_modules) is not found from where the bundle runs.
        try {
          return { path: require.resolve(args.path, { paths: [args.resolveDir] }), external: true };
        } catch {
          return { path: args.path, external: true };
        }
      });
    },
  };
  return [packagesFromNodeModules];
};
