import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Caller, TestContext } from '../support/app.js';
import { json } from '../support/app.js';
import { casesApp, errorCode, makeAgency, makeCase, type Agency } from './support.js';

// Uploads: the type is sniffed from the content, never trusted from the name;
// oversized, disguised and unknown files get 4xx with a code and leave nothing.

let ctx: TestContext;
let agency: Agency;
before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
});
after(() => ctx.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

function multipart(fileName: string, content: Buffer, declaredType = 'application/pdf') {
  const boundary = '----lotse-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${declaredType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(caller: Caller, caseId: string, sectionType: string, fileName: string, content: Buffer, declaredType?: string) {
  const { payload, headers } = multipart(fileName, content, declaredType);
  return caller.inject({ method: 'POST', url: `/api/case-documents?caseId=${caseId}&sectionType=${sectionType}`, payload, headers });
}

async function documentCount(caseId: string) {
  const response = await agency.workers.immigration.inject({ method: 'GET', url: `/api/cases/${caseId}/documents?section=immigration` });
  return json<{ items: unknown[] }>(response).items.length;
}

describe('documents', () => {
  it('stores a PDF and a PNG by their sniffed type and gives them back', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const response = await upload(agency.workers.immigration, caseId, 'immigration', 'Pass-Kopie.pdf', PDF, 'image/png');
    assert.equal(response.statusCode, 201, response.body);
    const document = json<{ id: string; mediaType: string; sizeBytes: number }>(response);
    assert.equal(document.mediaType, 'application/pdf');
    assert.equal(document.sizeBytes, PDF.length);
    assert.equal((await upload(agency.workers.immigration, caseId, 'immigration', 'foto.PNG', PNG)).statusCode, 201);
    const download = await agency.workers.immigration.inject({ method: 'GET', url: `/api/case-documents/${document.id}/content` });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.deepEqual(download.rawPayload, PDF);
    assert.equal((await agency.workers.jobcentre.inject({ method: 'GET', url: `/api/case-documents/${document.id}/content` })).statusCode, 403);
    assert.equal(await documentCount(caseId), 2);
  });

  it('refuses disguised, unknown, empty and oversized files with codes and stores nothing', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const disguised = await upload(agency.workers.immigration, caseId, 'immigration', 'bescheid.pdf', PNG);
    assert.equal(disguised.statusCode, 415);
    assert.equal(errorCode(disguised), 'DOCUMENT_TYPE_MISMATCH');
    const script = await upload(agency.workers.immigration, caseId, 'immigration', 'rechnung.pdf', Buffer.from('#!/bin/sh\nrm -rf /\n'));
    assert.equal(errorCode(script), 'DOCUMENT_TYPE_NOT_ALLOWED');
    const empty = await upload(agency.workers.immigration, caseId, 'immigration', 'leer.pdf', Buffer.alloc(0));
    assert.equal(empty.statusCode, 400);
    assert.equal(errorCode(empty), 'DOCUMENT_MISSING');
    const exe = await upload(agency.workers.immigration, caseId, 'immigration', 'scan.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    assert.equal(exe.statusCode, 415);
    const large = await upload(agency.workers.immigration, caseId, 'immigration', 'gross.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    assert.equal(large.statusCode, 413);
    assert.equal(errorCode(large), 'DOCUMENT_TOO_LARGE');
    const notMultipart = await agency.workers.immigration.inject({ method: 'POST', url: `/api/case-documents?caseId=${caseId}&sectionType=immigration`, payload: { file: 'x' } });
    assert.equal(errorCode(notMultipart), 'DOCUMENT_MISSING');
    assert.equal(await documentCount(caseId), 0);
  });

  it('checks the section and the tenant before reading the file', async () => {
    const { caseId } = await makeCase(ctx, agency);
    const forbidden = await upload(agency.workers.jobcentre, caseId, 'immigration', 'a.pdf', PDF);
    assert.equal(forbidden.statusCode, 403);
    const other = await makeAgency(ctx);
    const foreign = await upload(other.workers.immigration, caseId, 'immigration', 'a.pdf', PDF);
    assert.equal(foreign.statusCode, 404);
    assert.equal(await documentCount(caseId), 0);
  });
});
