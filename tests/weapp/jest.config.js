// WeChat build tests: WeChat's compilers over miniapp/dist/weapp (weapp-compile) and the real build output run in
// WeChat's own test runtime, miniprogram-simulate + j-component (weapp-runtime). Both run after `taro build --type
// weapp`; scripts/test.ts runs them (see README "Tests").
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: root,
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'weapp-compile',
      rootDir: root,
      roots: ['<rootDir>/tests/weapp/compile'],
      testMatch: ['**/*.test.ts'],
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
    },
    {
      displayName: 'weapp-runtime',
      rootDir: root,
      roots: ['<rootDir>/tests/weapp/runtime'],
      testMatch: ['**/*.test.ts'],
      testEnvironment: 'jsdom',
      transform: { '^.+\\.ts$': swc },
      // The build output is WeChat's JavaScript as it ships: it runs untransformed, as in WeChat.
      transformIgnorePatterns: ['/node_modules/', '/miniapp/dist/'],
    },
  ],
};
