export { createCodeBatch } from '../activation-codes';
