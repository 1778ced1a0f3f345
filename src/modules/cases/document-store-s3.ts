import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '../../platform/config/config.js';
import type { DocumentStore } from './document-store.js';
import { checkedStorageKey, newStorageKey, sha256Of } from './document-store-file.js';

// Document contents in an S3-compatible bucket. Objects sit under
// documents/<first two characters>/<key>, the same layout as the embedded
// mode's data folder, so moving an installation to S3 is one recursive copy.

export function s3ClientFor(settings: S3Config): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint !== undefined && { endpoint: settings.endpoint }),
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Uploads run inside a database transaction: a storage service that hangs must not hold it open for long.
    // A whole request (10 MB at most) gets a minute; without the flag the SDK would only log a warning.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true },
    // Checksum headers are left to the SDK's defaults, so an older service that refuses them can be
    // served by setting AWS_REQUEST_CHECKSUM_CALCULATION=when_required in the environment.
  });
}

export function s3DocumentStore(client: S3Client, settings: Pick<S3Config, 'bucket' | 'serverSideEncryption'>): DocumentStore {
  const { bucket } = settings;
  const objectKey = (key: string) => `documents/${key.slice(0, 2)}/${checkedStorageKey(key)}`;
  return {
    async put(content) {
      const key = newStorageKey();
      const sha256 = sha256Of(content);
      await client.send(new PutObjectCommand({
        Bucket: bucket,
        Key: objectKey(key),
        Body: content,
        ContentLength: content.length,
        ContentType: 'application/octet-stream',
        // Kept with the object so a read notices content changed or damaged in the bucket.
        Metadata: { sha256 },
        ...(settings.serverSideEncryption !== undefined && { ServerSideEncryption: settings.serverSideEncryption }),
      }));
      return { key, sha256 };
    },
    async get(key) {
      let response;
      try {
        response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      } catch (error) {
        if (error instanceof NoSuchKey) throw new Error(`document content ${key} is missing from bucket ${bucket}`, { cause: error });
        throw error;
      }
      if (!response.Body) throw new Error(`document content ${key} came back without a body`);
      const content = Buffer.from(await response.Body.transformToByteArray());
      // Objects copied in from elsewhere may lack the checksum; those are taken as they are.
      const expected = response.Metadata?.sha256;
      if (expected !== undefined && expected !== sha256Of(content)) throw new Error(`document content ${key} does not match its checksum`);
      return content;
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
  };
}
