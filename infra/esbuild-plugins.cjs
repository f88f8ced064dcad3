// esbuild plugins of serverless.yml (custom.esbuild.plugins). The local stage bundles only our own code and
// leaves npm packages to be required from node_modules at run time: a local start then neither parses the AWS SDK
// once per function nor holds gigabytes in esbuild. Deployed stages bundle everything, as Lambda runs it.
module.exports = (serverless) => {
  const stage = serverless.processedInput?.options?.stage ?? serverless.service.provider.stage;
  if (stage !== 'local') return [];
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
