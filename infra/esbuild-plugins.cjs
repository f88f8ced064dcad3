// esbuild plugins of serverless.yml (custom.esbuild.plugins). The local stage bundles only our own code and
// leaves npm packages to be required from node_modules at run time: a local start then neither parses the AWS SDK
// once per function nor holds gigabytes in esbuild. Deployed stages bundle everything, as Lambda runs it.
module.exports = (serverless) => {
  const stage = serverless.processedInput?.options?.stage ?? serverless.service.provider.stage;
  if (stage !== 'local') return [];
  const packagesFromNodeModules = {
    name: 'packages-from-node-modules',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path.startsWith('@app/') ? undefined : { path: args.path, external: true },
      );
    },
  };
  return [packagesFromNodeModules];
};
