import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { RequestAuth } from '../../platform/http/policy.js';
import { actorOf, assertRead, assertWrite, type CaseAccess } from './access.js';
import { DEFAULT_PURPOSE } from './case-file.js';
import type { DocumentStore } from './document-store.js';
import { addTimelineEntry } from './events.js';

// Documents in a section. The type is decided by sniffing the content, never
// by the name or the browser's claim; a name whose extension disagrees with
// the content is refused as disguised.

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const allowed: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/tiff': ['.tif', '.tiff'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
};

/** The sniffed media type of an upload, or an AppError saying why it is refused. */
export async function checkDocument(fileName: string, content: Buffer): Promise<string> {
  if (content.length > MAX_DOCUMENT_BYTES) throw new AppError('DOCUMENT_TOO_LARGE', `${content.length} bytes`);
  if (content.length === 0) throw new AppError('DOCUMENT_MISSING', 'empty file');
  const sniffed = await fileTypeFromBuffer(content);
  const extensions = sniffed ? allowed[sniffed.mime] : undefined;
  if (!sniffed || !extensions) throw new AppError('DOCUMENT_TYPE_NOT_ALLOWED', sniffed?.mime ?? 'unknown', { detected: sniffed?.mime ?? null });
  if (!extensions.includes(extname(fileName).toLowerCase())) throw new AppError('DOCUMENT_TYPE_MISMATCH', `${fileName} is ${sniffed.mime}`, { detected: sniffed.mime });
  return sniffed.mime;
}

/** Keeps only what is safe in a file name shown to people and sent in a header. */
export function cleanFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\\/]/g, '_').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return cleaned || 'dokument';
}

export async function addDocument(tx: Tx, store: DocumentStore, auth: RequestAuth, access: CaseAccess, input: { sectionType: string; fileName: string; content: Buffer }, now: Date) {
  assertWrite(access, input.sectionType);
  const fileName = cleanFileName(input.fileName);
  const mediaType = await checkDocument(fileName, input.content);
  const stored = await store.put(input.content);
  const id = randomUUID();
  await tx.insertInto('case_documents').values({
    tenant_id: auth.tenantId, id, case_id: access.caseRow.id, section_type: input.sectionType, file_name: fileName, media_type: mediaType,
    size_bytes: input.content.length, sha256: stored.sha256, storage_key: stored.key, uploaded_by: auth.staffId, uploaded_at: now,
  }).execute();
  await addTimelineEntry(tx, { tenantId: auth.tenantId, caseId: access.caseRow.id, sectionType: input.sectionType, kind: 'document', subjectId: id, summary: `Dokument „${fileName}“`, actorLabel: auth.displayName, at: now });
  await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.document_add', subjectType: 'case_document', subjectId: id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { sectionType: input.sectionType, mediaType, sizeBytes: input.content.length } });
  return { id, sectionType: input.sectionType, fileName, mediaType, sizeBytes: input.content.length, uploadedAt: now.toISOString() };
}

/** Documents of one section, or of every section the caller reads when none is named. */
export async function listDocuments(tx: Tx, access: CaseAccess, sectionType: string | undefined) {
  if (sectionType) assertRead(access, sectionType);
  const sections = sectionType ? [sectionType] : [...access.rights.keys()];
  const rows = await tx.selectFrom('case_documents').select(['id', 'section_type', 'file_name', 'media_type', 'size_bytes', 'uploaded_at'])
    .where('case_id', '=', access.caseRow.id).where('section_type', 'in', sections.length ? sections : ['-']).orderBy('uploaded_at', 'desc').limit(500).execute();
  return rows.map((row) => ({ id: row.id, sectionType: row.section_type, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, uploadedAt: row.uploaded_at.toISOString() }));
}

export async function loadDocument(tx: Tx, documentId: string) {
  const row = await tx.selectFrom('case_documents').select(['id', 'case_id', 'section_type', 'file_name', 'media_type', 'storage_key']).where('id', '=', documentId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `document ${documentId}`);
  return row;
}
