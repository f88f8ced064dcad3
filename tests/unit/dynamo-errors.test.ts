import { isTransactionConflict } from '../../functions/src/adapters/dynamodb/errors';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

test("DynamoDB Local's lock timeout is a conflict to retry; other server errors are not", () => {
  const lockTimeout = named(
    'InternalServerError',
    'This action timed out because it too long waiting for a lock. This request will succeed in actual DynamoDB API',
  );
  expect(isTransactionConflict(lockTimeout)).toBe(true);
  expect(isTransactionConflict(named('TransactionConflictException'))).toBe(true);
  expect(isTransactionConflict(named('InternalServerError', 'Internal server error'))).toBe(false);
  expect(isTransactionConflict(named('ValidationException', 'waiting for a lock'))).toBe(false);
});
