import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStore } from './document-store.js';

// Embedded mode: files under <root>/<first two characters of the key>/<key>,
// named by a random key (never by the uploaded name). The key form below is
// shared by every store, so contents can move between stores unchanged.

export function newStorageKey(): string {
  return `${randomUUID()}.bin`;
}

/** Refuses anything but a key made by newStorageKey, so a damaged row can never point outside the store. */
export function checkedStorageKey(key: string): string {
  if (!/^[0-9a-f-]{36}\.bin$/.test(key)) throw new Error(`bad storage key ${key}`);
  return key;
}

export function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function fileDocumentStore(root: string): DocumentStore {
  const pathOf = (key: string) => join(root, key.slice(0, 2), checkedStorageKey(key));
  return {
    async put(content) {
      const key = newStorageKey();
      const dir = join(root, key.slice(0, 2));
      await mkdir(dir, { recursive: true });
      // Write to a temporary name first so a crash never leaves half a file under the real key.
      const temporary = join(dir, `.${key}.part`);
      await writeFile(temporary, content, { mode: 0o600 });
      await rename(temporary, join(dir, key));
      return { key, sha256: sha256Of(content) };
    },
    get(key) {
      return readFile(pathOf(key));
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
