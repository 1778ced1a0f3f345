import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../platform/config/config.js';
import { fileDocumentStore } from './document-store-file.js';
import { s3ClientFor, s3DocumentStore } from './document-store-s3.js';

// Where document contents live: in an S3-compatible bucket when one is
// configured, otherwise as files under <dataDir>/documents. Either way they
// are named by a random key, never by the uploaded name.

export interface DocumentStore {
  put(content: Buffer): Promise<{ key: string; sha256: string }>;
  get(key: string): Promise<Buffer>;
  /** Removes a stored content whose database row never came to be. */
  remove(key: string): Promise<void>;
}

export { fileDocumentStore } from './document-store-file.js';
export { s3ClientFor, s3DocumentStore } from './document-store-s3.js';

export function documentStoreFor(config: Config): DocumentStore {
  if (config.s3) return s3DocumentStore(s3ClientFor(config.s3), config.s3);
  // Tests use one folder in the system's temp directory so they leave nothing
  // in the working tree (keys are random, so test runs cannot collide).
  const root = config.env === 'test' || config.dataDir === 'memory://'
    ? join(tmpdir(), 'lotse-test-documents')
    : resolve(config.dataDir, 'documents');
  return fileDocumentStore(root);
}
