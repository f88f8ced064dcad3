import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';

/**
 * Taro build config for both targets: `taro build --type weapp` → dist/weapp, `--type h5` → dist/h5.
 * Build-time env (read once here, exposed to the app as `process.env.TARO_APP_*`):
 *   TARO_APP_API_URL  API base URL   (default http://127.0.0.1:3000)
 *   TARO_APP_STAGE    stage name     (default 'local'; 'local' enables the demo login screen in H5)
 *   TARO_APP_PAY_SHEET_URL  the WeChat Pay stand-in's payment sheet for the H5 build of the local stack
 * TARO_OUTPUT_DIR overrides the output folder (the test run builds into its own, beside `npm start`'s).
 */
const appRoot = path.resolve(__dirname, '..');
const sharedSrc = path.resolve(appRoot, '../shared/src');

/**
 * Without a terminal (CI, `npm test`), webpackbar's fancy progress bar prints every frame as a new line — thousands
 * of them. There the basic reporter (a line when a build starts and ends) and Taro's own (warnings, errors, and a
 * failed build on an error) are enough.
 */
type WebpackbarOptions = { reporters?: unknown[] } & Record<string, unknown>;

function quietProgressWithoutTerminal(chain: {
  plugin(name: string): { tap(f: (args: WebpackbarOptions[]) => WebpackbarOptions[]): unknown };
}) {
  if (process.stdout.isTTY) return;
  chain
    .plugin('webpackbar')
    .tap(([options = {}]) => [
      { ...options, reporters: (options.reporters ?? []).filter((reporter) => reporter !== 'fancy') },
    ]);
}

const env = {
  TARO_APP_API_URL: JSON.stringify(process.env.TARO_APP_API_URL || 'http://127.0.0.1:3000'),
  TARO_APP_STAGE: JSON.stringify(process.env.TARO_APP_STAGE || 'local'),
  TARO_APP_PAY_SHEET_URL: JSON.stringify(process.env.TARO_APP_PAY_SHEET_URL || ''),
};

export default defineConfig<'webpack5'>(async () => {
  const platform = process.env.TARO_ENV || 'weapp';
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'huiyuanka-miniapp',
    date: '2025-11-23',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_OUTPUT_DIR || `dist/${platform}`,
    plugins: [],
    env,
    defineConstants: {},
    alias: {
      '@app/shared': sharedSrc,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: true },
    mini: {
      // @app/shared is TypeScript source outside src/: compile it like the app's own code.
      compile: { include: [sharedSrc] },
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
        quietProgressWithoutTerminal(chain);
        // Packages installed only under miniapp/node_modules (e.g. @tarojs/plugin-framework-react) must be
        // reachable from Taro packages hoisted to the repository root.
        chain.resolve.modules.add('node_modules').add(path.join(appRoot, 'node_modules'));
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedSrc] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
        quietProgressWithoutTerminal(chain);
        chain.resolve.modules.add('node_modules').add(path.join(appRoot, 'node_modules'));
      },
    },
  };
  return config;
});
