import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { documentStoreFor, s3ClientFor, s3DocumentStore } from '../../src/modules/cases/document-store.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, testConfig, type Caller, type TestContext } from '../support/app.js';
import { errorCode, makeAgency, makeCase, type Agency } from './support.js';

// The S3-compatible document store against a real S3 server (s3rver) on a
// free port: directly, and behind the case file's upload and download routes.

// s3rver ships no type declarations; this is the part used here.
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => { run(): Promise<AddressInfo>; close(): Promise<void> };

const BUCKET = 'lotse-test';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
// Every byte value and random bytes after the PDF, so the round trip is checked on binary content, not text.
const BINARY_PDF = Buffer.concat([PDF, Buffer.from([...Array(256).keys()]), randomBytes(64 * 1024)]);

let directory: string;
let server: InstanceType<typeof S3rver>;
let s3Env: Record<string, string>;
let client: S3Client;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lotse-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  // s3rver's built-in account.
  s3Env = {
    LOTSE_S3_BUCKET: BUCKET, LOTSE_S3_ENDPOINT: `http://127.0.0.1:${port}`, LOTSE_S3_ALLOW_INSECURE: 'true',
    LOTSE_S3_ACCESS_KEY_ID: 'S3RVER', LOTSE_S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  client = new S3Client({ region: 'eu-central-1', endpoint: s3Env.LOTSE_S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
});

after(async () => {
  client?.destroy();
  await server?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

async function bucketKeys(): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key as string);
}

async function objectBytes(objectKey: string): Promise<Buffer> {
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: objectKey }));
  return Buffer.from(await (object.Body as NonNullable<typeof object.Body>).transformToByteArray());
}

const objectKeyOf = (storageKey: string) => `documents/${storageKey.slice(0, 2)}/${storageKey}`;

describe('S3 document store', () => {
  it('keeps binary content under a random key with its sha256, and forgets it on remove', async () => {
    const store = documentStoreFor(testConfig(s3Env));
    const content = randomBytes(300_000);
    const stored = await store.put(content);
    assert.match(stored.key, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.bin$/);
    assert.equal(stored.sha256, createHash('sha256').update(content).digest('hex'));
    assert.ok((await bucketKeys()).includes(objectKeyOf(stored.key)), 'the object is in the bucket under documents/');
    assert.deepEqual(await objectBytes(objectKeyOf(stored.key)), content);
    assert.deepEqual(await store.get(stored.key), content);

    const other = await store.put(content);
    assert.notEqual(other.key, stored.key, 'the same content twice gets two keys');

    await store.remove(stored.key);
    assert.ok(!(await bucketKeys()).includes(objectKeyOf(stored.key)));
    await assert.rejects(store.get(stored.key), /missing from bucket lotse-test/);
    await store.remove(stored.key);
    assert.deepEqual(await store.get(other.key), content, 'removing one key leaves the other');
    await store.remove(other.key);
  });

  it('refuses keys it did not make, before asking the service', async () => {
    const store = s3DocumentStore(client, { bucket: BUCKET, serverSideEncryption: undefined });
    await assert.rejects(store.get('../../etc/passwd'), /bad storage key/);
    await assert.rejects(store.remove('documents/x'), /bad storage key/);
  });

  it('notices content that was changed in the bucket behind its back', async () => {
    const store = s3DocumentStore(client, { bucket: BUCKET, serverSideEncryption: undefined });
    const stored = await store.put(Buffer.from('original'));
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: objectKeyOf(stored.key), Body: Buffer.from('tampered'), Metadata: { sha256: stored.sha256 } }));
    await assert.rejects(store.get(stored.key), /does not match its checksum/);
    await store.remove(stored.key);
  });

  it('asks for server-side encryption only when configured', async () => {
    const sent = async (env: Record<string, string>) => {
      const settings = testConfig({ ...s3Env, ...env }).s3;
      assert.ok(settings);
      const recording = s3ClientFor(settings);
      const headers: Array<Record<string, string>> = [];
      recording.middlewareStack.add((next) => async (args) => {
        headers.push({ ...(args.request as { headers: Record<string, string> }).headers });
        return next(args);
      }, { step: 'finalizeRequest' });
      const store = s3DocumentStore(recording, settings);
      const stored = await store.put(Buffer.from('verschlüsselt'));
      await store.remove(stored.key);
      recording.destroy();
      return headers[0]?.['x-amz-server-side-encryption'];
    };
    assert.equal(await sent({}), undefined);
    assert.equal(await sent({ LOTSE_S3_SERVER_SIDE_ENCRYPTION: 'AES256' }), 'AES256');
  });
});

function upload(caller: Caller, caseId: string, fileName: string, content: Buffer) {
  const boundary = '----lotse-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`);
  const payload = Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return caller.inject({ method: 'POST', url: `/api/case-documents?caseId=${caseId}&sectionType=immigration`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

async function storageKeyOf(ctx: TestContext, agency: Agency, documentId: string): Promise<string> {
  const row = await withTenant(ctx.db, agency.tenant.id, (tx) => tx.selectFrom('case_documents').select('storage_key').where('id', '=', documentId).executeTakeFirstOrThrow());
  return row.storage_key;
}

describe('case file documents in S3', () => {
  let s3App: TestContext;
  let fileApp: TestContext;
  let s3Agency: Agency;
  let fileAgency: Agency;
  before(async () => {
    s3App = await testApp(s3Env);
    // Same database, embedded file store: the yardstick for equal behaviour.
    fileApp = await testApp({}, s3App.db);
    s3Agency = await makeAgency(s3App);
    fileAgency = await makeAgency(fileApp);
  });
  after(async () => {
    await fileApp?.close();
    await s3App?.close();
  });

  it('uploads into the bucket and downloads the same bytes', async () => {
    const { caseId } = await makeCase(s3App, s3Agency);
    const before = new Set(await bucketKeys());
    const response = await upload(s3Agency.workers.immigration, caseId, 'Bescheid.pdf', BINARY_PDF);
    assert.equal(response.statusCode, 201, response.body);
    const document = json<{ id: string; sizeBytes: number }>(response);
    assert.equal(document.sizeBytes, BINARY_PDF.length);

    const added = (await bucketKeys()).filter((key) => !before.has(key));
    const storageKey = await storageKeyOf(s3App, s3Agency, document.id);
    assert.deepEqual(added, [objectKeyOf(storageKey)], 'exactly one new object, under the key the database holds');
    assert.ok(!added[0]?.includes('Bescheid'), 'the uploaded name is not used as key');
    assert.deepEqual(await objectBytes(objectKeyOf(storageKey)), BINARY_PDF);

    const download = await s3Agency.workers.immigration.inject({ method: 'GET', url: `/api/case-documents/${document.id}/content` });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.deepEqual(download.rawPayload, BINARY_PDF);
    assert.equal((await s3Agency.workers.jobcentre.inject({ method: 'GET', url: `/api/case-documents/${document.id}/content` })).statusCode, 403);
  });

  it('takes the object out of the bucket again when the database refuses the row', async () => {
    const { caseId } = await makeCase(s3App, s3Agency);
    // A trigger limited to this test's tenant makes the insert fail after the content is stored.
    const trigger = `refuse_document_${s3Agency.tenant.id.replaceAll('-', '')}`;
    await s3App.db.execScript(`
      CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$;
      CREATE TRIGGER ${trigger} BEFORE INSERT ON case_documents FOR EACH ROW WHEN (NEW.tenant_id = '${s3Agency.tenant.id}') EXECUTE FUNCTION ${trigger}();`);
    try {
      const before = await bucketKeys();
      const response = await upload(s3Agency.workers.immigration, caseId, 'a.pdf', PDF);
      assert.equal(response.statusCode, 500, response.body);
      assert.deepEqual(await bucketKeys(), before);
    } finally {
      await s3App.db.execScript(`DROP TRIGGER ${trigger} ON case_documents; DROP FUNCTION ${trigger}();`);
    }
  });

  it('answers a download whose content is gone exactly as the file store does', async () => {
    const s3Case = await makeCase(s3App, s3Agency);
    const s3Document = json<{ id: string }>(await upload(s3Agency.workers.immigration, s3Case.caseId, 'a.pdf', PDF));
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: objectKeyOf(await storageKeyOf(s3App, s3Agency, s3Document.id)) }));
    const fromS3 = await s3Agency.workers.immigration.inject({ method: 'GET', url: `/api/case-documents/${s3Document.id}/content` });

    const fileCase = await makeCase(fileApp, fileAgency);
    const fileDocument = json<{ id: string }>(await upload(fileAgency.workers.immigration, fileCase.caseId, 'a.pdf', PDF));
    await documentStoreFor(fileApp.config).remove(await storageKeyOf(fileApp, fileAgency, fileDocument.id));
    const fromFile = await fileAgency.workers.immigration.inject({ method: 'GET', url: `/api/case-documents/${fileDocument.id}/content` });

    assert.deepEqual([fromS3.statusCode, errorCode(fromS3)], [fromFile.statusCode, errorCode(fromFile)]);
    assert.deepEqual([fromS3.statusCode, errorCode(fromS3)], [500, 'INTERNAL_ERROR']);
  });
});
