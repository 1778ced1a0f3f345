export { recordAudit, startAuditChain, type Actor, type AuditEvent } from './record.js';
export { verifyAuditChain, type ChainProblem, type ChainReport } from './verify.js';
export { canonicalJson, entryHash } from './chain.js';
