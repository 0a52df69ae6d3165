export { MvccStore, type MvccStoreOptions } from './mvcc-store.js';
export * from './types.js';
export * from './errors.js';
export * from './limits.js';
export { isReadOnlyTxn } from './txn.js';
export {
  validateCommand,
  validateTxn,
  checkRangeRequest,
  checkPutRequest,
  checkDeleteRangeRequest,
  checkTxnRequest,
  checkLeaseGrantRequest,
} from './validate.js';
export { compareBytes, isFromKey } from './bytes.js';
