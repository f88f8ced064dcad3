// Test projects; scripts/test.ts runs them in order around the local stack (see README "Tests").
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/tests/${name}`],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  ...extra,
});

module.exports = {
  testTimeout: 120_000,
  projects: [
    project('unit'),
    project('integration', { testEnvironment: '<rootDir>/tests/support/own-dynamodb-local.ts' }),
    project('api'),
    project('e2e'),
  ],
};
