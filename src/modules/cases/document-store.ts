import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../../platform/config/config.js';

// Where document contents live. Embedded mode: files under
// <dataDir>/documents, named by a random key (never by the uploaded name).
// Tests use one folder in the system's temp directory so they leave nothing
// in the working tree (keys are random, so test runs cannot collide).
// S3-compatible storage is not implemented yet.

export interface DocumentStore {
  put(content: Buffer): Promise<{ key: string; sha256: string }>;
  get(key: string): Promise<Buffer>;
  /** Removes a stored content whose database row never came to be. */
  remove(key: string): Promise<void>;
}

export function fileDocumentStore(root: string): DocumentStore {
  const pathOf = (key: string) => {
    if (!/^[0-9a-f-]{36}\.bin$/.test(key)) throw new Error(`bad storage key ${key}`);
    return join(root, key.slice(0, 2), key);
  };
  return {
    async put(content) {
      const key = `${randomUUID()}.bin`;
      const dir = join(root, key.slice(0, 2));
      await mkdir(dir, { recursive: true });
      // Write to a temporary name first so a crash never leaves half a file under the real key.
      const temporary = join(dir, `.${key}.part`);
      await writeFile(temporary, content, { mode: 0o600 });
      await rename(temporary, join(dir, key));
      return { key, sha256: createHash('sha256').update(content).digest('hex') };
    },
    get(key) {
      return readFile(pathOf(key));
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

export function documentStoreFor(config: Config): DocumentStore {
  const root = config.env === 'test' || config.dataDir === 'memory://'
    ? join(tmpdir(), 'lotse-test-documents')
    : resolve(config.dataDir, 'documents');
  return fileDocumentStore(root);
}
