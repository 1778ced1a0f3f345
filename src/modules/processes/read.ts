import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { mayEdit, type Editor } from './editors.js';

// What staff read: the map (service areas with their processes), one
// process with history and links, and a model of any version.

export interface Owner {
  kind: 'unit' | 'staff';
  id: string;
  name: string;
}

export interface ProcessSummary {
  id: string;
  title: string;
  description: string;
  owner: Owner | null;
  currentVersion: number;
  hasModel: boolean;
  updatedAt: string;
}

export interface ProcessMap {
  groups: Array<{ id: string; name: string; position: number; processes: ProcessSummary[] }>;
}

interface OwnerColumns {
  owner_unit_id: string | null;
  owner_staff_id: string | null;
  unit_name: string | null;
  staff_name: string | null;
}

function ownerOf(row: OwnerColumns): Owner | null {
  if (row.owner_unit_id) return { kind: 'unit', id: row.owner_unit_id, name: row.unit_name ?? '' };
  if (row.owner_staff_id) return { kind: 'staff', id: row.owner_staff_id, name: row.staff_name ?? '' };
  return null;
}

function processesWithOwner(tx: Tx) {
  return tx
    .selectFrom('processes as p')
    .leftJoin('units as u', 'u.id', 'p.owner_unit_id')
    .leftJoin('staff as s', 's.id', 'p.owner_staff_id')
    .innerJoin('process_versions as v', (join) => join.onRef('v.process_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
    .select([
      'p.id', 'p.group_id', 'p.title', 'p.description', 'p.owner_unit_id', 'p.owner_staff_id', 'p.current_version', 'p.updated_at', 'p.created_at',
      'u.name as unit_name', 's.display_name as staff_name', sql<boolean>`v.bpmn_xml is not null`.as('has_model'),
    ]);
}

export async function readProcessMap(tx: Tx): Promise<ProcessMap> {
  const groups = await tx.selectFrom('process_groups').select(['id', 'name', 'position']).orderBy('position').orderBy('name').execute();
  const rows = await processesWithOwner(tx).orderBy('p.title').execute();
  return {
    groups: groups.map((group) => ({
      ...group,
      processes: rows
        .filter((row) => row.group_id === group.id)
        .map((row) => ({
          id: row.id, title: row.title, description: row.description, owner: ownerOf(row), currentVersion: row.current_version,
          hasModel: row.has_model, updatedAt: new Date(row.updated_at).toISOString(),
        })),
    })),
  };
}

export interface ProcessDetail extends ProcessSummary {
  group: { id: string; name: string };
  createdAt: string;
  canEdit: boolean;
  concerns: Array<{ id: string; title: string }>;
  /** fromArticle: linked by the article (knowledge base), not by the process; changed there. */
  articles: Array<{ id: string; title: string; fromArticle: boolean }>;
  versions: Array<{ version: number; title: string; changeNote: string; createdAt: string; createdBy: string | null; hasModel: boolean }>;
}

export async function readProcess(tx: Tx, editor: Editor, id: string): Promise<ProcessDetail> {
  const row = await processesWithOwner(tx)
    .innerJoin('process_groups as g', 'g.id', 'p.group_id')
    .select('g.name as group_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `process ${id}`);
  const concerns = await tx
    .selectFrom('process_concern_links as l').innerJoin('concerns as c', 'c.id', 'l.concern_id')
    .select(['c.id', 'c.title']).where('l.process_id', '=', id).orderBy('c.title').execute();
  const linkedHere = await tx
    .selectFrom('process_article_links as l').innerJoin('knowledge_articles as a', 'a.id', 'l.article_id')
    .select(['a.id', 'a.title']).where('l.process_id', '=', id).execute();
  // Articles can also name the process from their side (knowledge_articles.related_process_ids).
  const linkedThere = await tx
    .selectFrom('knowledge_articles').select(['id', 'title']).where(sql<boolean>`${id}::uuid = any(related_process_ids)`).execute();
  const here = new Set(linkedHere.map((article) => article.id));
  const articles = [
    ...linkedHere.map((article) => ({ ...article, fromArticle: false })),
    ...linkedThere.filter((article) => !here.has(article.id)).map((article) => ({ ...article, fromArticle: true })),
  ].sort((a, b) => a.title.localeCompare(b.title, 'de'));
  const versions = await tx
    .selectFrom('process_versions as v').leftJoin('staff as s', 's.id', 'v.created_by')
    .select(['v.version', 'v.title', 'v.change_note', 'v.created_at', 's.display_name', sql<boolean>`v.bpmn_xml is not null`.as('has_model')])
    .where('v.process_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
  return {
    id: row.id, title: row.title, description: row.description, owner: ownerOf(row), currentVersion: row.current_version, hasModel: row.has_model,
    updatedAt: new Date(row.updated_at).toISOString(), createdAt: new Date(row.created_at).toISOString(),
    group: { id: row.group_id, name: row.group_name },
    canEdit: mayEdit(editor, { ownerUnitId: row.owner_unit_id, ownerStaffId: row.owner_staff_id }),
    concerns, articles,
    versions: versions.map((version) => ({
      version: version.version, title: version.title, changeNote: version.change_note, createdAt: new Date(version.created_at).toISOString(),
      createdBy: version.display_name, hasModel: version.has_model,
    })),
  };
}

/** The BPMN XML of a version (the current one when none is named). */
export async function readModel(tx: Tx, id: string, version?: number): Promise<{ version: number; title: string; xml: string }> {
  const process = await tx.selectFrom('processes').select(['id', 'current_version']).where('id', '=', id).executeTakeFirst();
  if (!process) throw new AppError('NOT_FOUND', `process ${id}`);
  const wanted = version ?? process.current_version;
  const row = await tx.selectFrom('process_versions').select(['version', 'title', 'bpmn_xml']).where('process_id', '=', id).where('version', '=', wanted).executeTakeFirst();
  if (!row) throw new AppError('PROCESS_VERSION_NOT_FOUND', `process ${id} version ${wanted}`);
  if (row.bpmn_xml === null) throw new AppError('PROCESS_MODEL_MISSING', `process ${id} version ${wanted}`);
  return { version: row.version, title: row.title, xml: row.bpmn_xml };
}

/** What an editor can choose from: owners and link targets of the tenant. */
export async function readEditOptions(tx: Tx) {
  const units = await tx.selectFrom('units').select(['id', 'name']).where('active', '=', true).orderBy('name').execute();
  const staff = await tx.selectFrom('staff').select(['id', 'display_name as name']).where('status', '=', 'active').where('partner_organisation_id', 'is', null).orderBy('display_name').execute();
  const concerns = await tx.selectFrom('concerns').select(['id', 'title']).orderBy('title').execute();
  const articles = await tx.selectFrom('knowledge_articles').select(['id', 'title']).orderBy('title').execute();
  const groups = await tx.selectFrom('process_groups').select(['id', 'name']).orderBy('position').orderBy('name').execute();
  return { units, staff, concerns, articles, groups };
}
