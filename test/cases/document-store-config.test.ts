import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config/config.js';

// Settings of the S3-compatible document store: all or nothing, checked at
// start-up, so documents never land somewhere the operator did not mean.

const complete = {
  LOTSE_S3_BUCKET: 'lotse-akten',
  LOTSE_S3_ENDPOINT: 'https://s3.kreis.example:9000/',
  LOTSE_S3_ACCESS_KEY_ID: 'lotse',
  LOTSE_S3_SECRET_ACCESS_KEY: 'geheim-geheim',
};

describe('S3 document store settings', () => {
  it('keeps documents in the data folder when no bucket is set', () => {
    assert.equal(loadConfig({}).s3, undefined);
  });

  it('reads a complete setting with sensible defaults, frozen', () => {
    const config = loadConfig(complete);
    assert.deepEqual(config.s3, {
      endpoint: 'https://s3.kreis.example:9000', region: 'eu-central-1', bucket: 'lotse-akten', accessKeyId: 'lotse', secretAccessKey: 'geheim-geheim',
      forcePathStyle: true, serverSideEncryption: undefined,
    });
    assert.ok(Object.isFrozen(config.s3));
  });

  it('addresses AWS S3 by host name unless told otherwise, and takes region and encryption', () => {
    const aws = loadConfig({ ...complete, LOTSE_S3_ENDPOINT: '', LOTSE_S3_REGION: 'eu-west-1', LOTSE_S3_SERVER_SIDE_ENCRYPTION: 'aws:kms' }).s3;
    assert.equal(aws?.endpoint, undefined);
    assert.equal(aws?.forcePathStyle, false);
    assert.equal(aws?.region, 'eu-west-1');
    assert.equal(aws?.serverSideEncryption, 'aws:kms');
    assert.equal(loadConfig({ ...complete, LOTSE_S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle, false);
    assert.equal(loadConfig({ ...complete, LOTSE_S3_SERVER_SIDE_ENCRYPTION: 'off' }).s3?.serverSideEncryption, undefined);
  });

  it('refuses incomplete or malformed settings, naming the variable', () => {
    const { LOTSE_S3_BUCKET: _bucket, ...withoutBucket } = complete;
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ LOTSE_S3_BUCKET: 'lotse-akten' }, 'LOTSE_S3_ACCESS_KEY_ID', /is required when LOTSE_S3_BUCKET is set/],
      [{ ...complete, LOTSE_S3_SECRET_ACCESS_KEY: '' }, 'LOTSE_S3_SECRET_ACCESS_KEY', /is required when LOTSE_S3_BUCKET is set/],
      [withoutBucket, 'LOTSE_S3_BUCKET', /is required when LOTSE_S3_ENDPOINT is set/],
      [{ LOTSE_S3_ACCESS_KEY_ID: 'lotse', LOTSE_S3_SECRET_ACCESS_KEY: 'geheim' }, 'LOTSE_S3_BUCKET', /is required when LOTSE_S3_ACCESS_KEY_ID is set/],
      [{ LOTSE_S3_REGION: 'eu-central-1' }, 'LOTSE_S3_BUCKET', /is required when LOTSE_S3_REGION is set/],
      [{ ...complete, LOTSE_S3_ENDPOINT: 'nicht eine adresse' }, 'LOTSE_S3_ENDPOINT', /is not a valid URL/],
      [{ ...complete, LOTSE_S3_ENDPOINT: 'minio:9000' }, 'LOTSE_S3_ENDPOINT', /must start with https:\/\/ or http:\/\//],
      [{ ...complete, LOTSE_S3_ENDPOINT: 'http://minio.kreis.example:9000' }, 'LOTSE_S3_ENDPOINT', /must use https/],
      [{ ...complete, LOTSE_S3_BUCKET: 'Lotse_Akten' }, 'LOTSE_S3_BUCKET', /lower-case letters/],
      [{ ...complete, LOTSE_S3_REGION: 'eu central' }, 'LOTSE_S3_REGION', /region name/],
      [{ ...complete, LOTSE_S3_ALLOW_INSECURE: 'gern' }, 'LOTSE_S3_ALLOW_INSECURE', /true or false/],
      [{ ...complete, LOTSE_S3_FORCE_PATH_STYLE: 'vielleicht' }, 'LOTSE_S3_FORCE_PATH_STYLE', /true or false/],
      [{ ...complete, LOTSE_S3_SERVER_SIDE_ENCRYPTION: 'ja' }, 'LOTSE_S3_SERVER_SIDE_ENCRYPTION', /must be one of off, AES256, aws:kms/],
    ];
    for (const [env, variable, message] of cases) {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable && message.test(error.message), JSON.stringify(env));
    }
    assert.equal(loadConfig({ ...complete, LOTSE_S3_ENDPOINT: 'http://127.0.0.1:9000', LOTSE_S3_ALLOW_INSECURE: 'true' }).s3?.endpoint, 'http://127.0.0.1:9000');
  });

  it('stops the process when a bucket comes without keys', () => {
    const result = spawnSync(process.execPath, ['bin/lotse.mjs', 'start'], { env: { ...process.env, LOTSE_S3_BUCKET: 'lotse-akten' }, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Configuration error in LOTSE_S3_ACCESS_KEY_ID: is required when LOTSE_S3_BUCKET is set/);
  });
});
