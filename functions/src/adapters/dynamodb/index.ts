export { createDocumentClient, type DocumentClient } from './client';
export { keys, GSI1, GSI2 } from './keys';
export * from './items';
export { membersRepository, type MembersRepository } from './members.repository';
export { accountsRepository, type AccountsRepository } from './accounts.repository';
export { storesRepository, type StoresRepository } from './stores.repository';
export { programRepository, type ProgramRepository } from './program.repository';
export { idempotencyRepository, type IdempotencyRepository, type ClaimOutcome } from './idempotency.repository';
export { retryOnConflict } from './errors';
