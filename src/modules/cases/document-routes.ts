import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { actorOf, assertRead } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import type { DocumentStore } from './document-store.js';
import { addDocument, listDocuments, loadDocument, MAX_DOCUMENT_BYTES } from './documents.js';
import { mayReadEntry } from './rights.js';
import { CASE_READERS, CASE_STAFF, CaseParams, SectionKey, withCase, type CaseContext } from './route-kit.js';

// Upload, list and download of documents. Multipart is registered only in
// this scope: everywhere else the API takes JSON alone.

const DocumentInfo = Type.Object({ id: Type.String(), sectionType: Type.String(), fileName: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), uploadedAt: Type.String() });

export function registerDocumentRoutes(parent: FastifyInstance, ctx: CaseContext, store: DocumentStore): void {
  const tags = ['cases'];
  void parent.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, parts: 6 } });
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();

    // The case and section travel in the query so they are checked (and the
    // caller authorized) before a byte of the file is read.
    app.post('/api/case-documents', {
      config: { policy: { access: 'staff', roles: CASE_STAFF } },
      schema: {
        tags, summary: 'Upload a document into a section (multipart/form-data, field "file"); the type is sniffed from the content',
        querystring: Type.Object({ caseId: Uuid, sectionType: SectionKey }, { additionalProperties: false }),
        response: { 201: DocumentInfo, ...errors(400, 401, 403, 404, 413, 415) },
      },
    }, async (request, reply) => {
      const auth = requireAuth(request);
      const { caseId, sectionType } = request.query;
      // The content is written before the row; if the transaction then fails, the file goes too.
      const stored: string[] = [];
      const tracking: DocumentStore = { ...store, put: async (content) => { const result = await store.put(content); stored.push(result.key); return result; } };
      try {
        const document = await withCase(ctx, auth, caseId, async (tx, access, now) => {
          if (!access.rights.get(sectionType)?.write) throw new AppError('CASE_SECTION_FORBIDDEN', `write ${sectionType}`, { sectionType });
          const content = await readUpload(request);
          return addDocument(tx, tracking, auth, access, { sectionType, fileName: content.fileName, content: content.buffer }, now);
        });
        return reply.status(201).send(document);
      } catch (error) {
        await Promise.all(stored.map((key) => store.remove(key).catch(() => undefined)));
        throw error;
      }
    });
  });

  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/cases/:caseId/documents', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: {
      tags, summary: 'Documents of one section, or of all the caller reads', params: CaseParams, querystring: Type.Object({ section: Type.Optional(SectionKey) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(DocumentInfo) }), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withCase(ctx, auth, request.params.caseId, async (tx, access) => {
      const list = await listDocuments(tx, access, request.query.section);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.documents_read', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { sectionType: request.query.section ?? null, count: list.length } });
      return list;
    });
    return { items };
  });

  app.get('/api/case-documents/:id/content', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: {
      tags, summary: 'Download a document', params: Type.Object({ id: Uuid }),
      response: { 200: Type.Any({ description: 'The file, with its sniffed media type' }), ...errors(401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    let row: Awaited<ReturnType<typeof loadDocument>> | undefined;
    const content = await withCase(ctx, auth, async (tx) => (row = await loadDocument(tx, request.params.id)).case_id, async (tx, access) => {
      const document = row as NonNullable<typeof row>;
      assertRead(access, document.section_type);
      if (!mayReadEntry(access.rights, document.section_type, 'standard')) throw new AppError('CASE_SECTION_FORBIDDEN');
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.document_read', subjectType: 'case_document', subjectId: document.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE });
      return store.get(document.storage_key);
    });
    const document = row as NonNullable<typeof row>;
    return reply
      .type(document.media_type)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.file_name)}`)
      .header('x-content-type-options', 'nosniff')
      .send(content);
  });
}

async function readUpload(request: import('fastify').FastifyRequest): Promise<{ fileName: string; buffer: Buffer }> {
  try {
    const file = await request.file();
    if (!file) throw new AppError('DOCUMENT_MISSING');
    if (file.fieldname !== 'file') throw new AppError('DOCUMENT_MISSING', `field ${file.fieldname}`);
    return { fileName: file.filename, buffer: await file.toBuffer() };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT') throw new AppError('DOCUMENT_TOO_LARGE', code);
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw new AppError('DOCUMENT_MISSING', 'not multipart');
    throw error;
  }
}
