/** `npm run api`: the local stack without the UI, for tests and integrations. */
import { runLocal } from './start';

runLocal(false).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
