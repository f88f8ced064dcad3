// Component tests of the mini-program: jest + Testing Library in jsdom, with @tarojs/* replaced by stand-ins.
// Run from the repository root: npx jest -c tests/miniapp/jest.config.js
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: root,
  roots: ['<rootDir>/tests/miniapp'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/tests/miniapp/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@app/shared$': '<rootDir>/shared/src/index.ts',
    '^@tarojs/taro$': '<rootDir>/tests/miniapp/__mocks__/taro.ts',
    '^@tarojs/components$': '<rootDir>/tests/miniapp/__mocks__/components.tsx',
    '\\.(css|scss)$': '<rootDir>/tests/miniapp/__mocks__/style.ts',
  },
  clearMocks: true,
};
