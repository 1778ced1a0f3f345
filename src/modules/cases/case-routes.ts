import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit/index.js';
import { withTenant } from '../../platform/db/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, Uuid } from '../../platform/http/schemas.js';
import { actorOf, assertRead, assertWrite } from './access.js';
import { addSection, createCase, DEFAULT_PURPOSE, openCase, readTimeline, setSectionStatus } from './case-file.js';
import { addNote, listNotes } from './notes.js';
import { CASE_READERS, CASE_STAFF, CaseParams, Day, Nullable, Purpose, SectionKey, Text, withCase, type CaseContext } from './route-kit.js';
import { assertSectionType } from './settings.js';
import { addTask, getTasks, loadTask, setTaskStatus } from './tasks.js';

// Opening and creating case files, sections, timeline, notes and tasks.

const Confidentiality = Type.Enum(['standard', 'confidential', 'special_category']);
const TimelineItem = Type.Object({
  id: Type.String(), sectionType: Nullable(Type.String()), kind: Type.String(), subjectId: Nullable(Type.String()), confidentiality: Type.String(),
  summary: Type.String(), actorLabel: Type.String(), at: Type.String(),
});
const TimelinePage = Type.Object({ items: Type.Array(TimelineItem), nextCursor: Nullable(Type.String()) });
const Section = Type.Object({
  type: Type.String(), label: Type.String(), status: Type.String(), ownerUnitId: Nullable(Type.String()), ownerUnitName: Nullable(Type.String()),
  write: Type.Boolean(), special: Type.Boolean(), via: Type.Array(Type.String()),
});
const MergeLink = Type.Object({ personId: Type.String(), familyName: Type.String(), givenNames: Type.String(), caseId: Nullable(Type.String()) });
const CaseView = Type.Object({
  person: Type.Object({ id: Type.String(), familyName: Type.String(), givenNames: Type.String() }),
  case: Nullable(Type.Object({ id: Type.String(), status: Type.String() })),
  sections: Type.Array(Section),
  restrictedSections: Type.Array(Type.Object({ type: Type.String(), label: Type.String() })),
  timeline: TimelinePage,
  merge: Type.Object({
    mergedInto: Nullable(MergeLink),
    mergedRecords: Type.Array(MergeLink, { description: 'records merged into this person; their files stay readable on their own' }),
  }, { description: 'the other side of person merges: both files stay, each names the other' }),
});
const Note = Type.Object({ id: Type.String(), sectionType: Type.String(), confidentiality: Type.String(), body: Type.String(), authorLabel: Type.String(), createdAt: Type.String() });
export const Task = Type.Object({
  id: Type.String(), sectionType: Nullable(Type.String()), conferenceId: Nullable(Type.String()), title: Type.String(), dueDate: Nullable(Type.String()),
  assigneeUnitId: Nullable(Type.String()), assigneeStaffId: Nullable(Type.String()), status: Type.String(),
  origin: Nullable(Type.Object({
    checklistId: Type.String(), processId: Type.String(), processVersion: Type.Integer(), elementId: Type.String({ description: 'the task of the BPMN model' }),
  }, { description: 'set when the task was started from a process model as part of a checklist' })),
});
const TimelineQuery = Type.Object({
  section: Type.Optional(SectionKey), before: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
}, { additionalProperties: false });
export const TaskBody = {
  title: Text(300), dueDate: Type.Optional(Day), assigneeUnitId: Type.Optional(Uuid), assigneeStaffId: Type.Optional(Uuid),
};

export function registerCaseFileRoutes(parent: FastifyInstance, ctx: CaseContext): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['cases'];

  app.get('/api/cases/by-person/:personId', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: {
      tags, summary: 'Open the case file of a person: visible sections and the first timeline page (audited with purpose)',
      params: Type.Object({ personId: Uuid }),
      querystring: Type.Object({ purpose: Type.Optional(Purpose), section: Type.Optional(SectionKey), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }, { additionalProperties: false }),
      response: { 200: CaseView, ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { purpose, section, limit } = request.query;
    return withTenant(ctx.db, auth.tenantId, (tx) => openCase(tx, auth, request.params.personId, purpose ?? DEFAULT_PURPOSE, ctx.clock.now(), { sectionType: section, limit }));
  });

  app.post('/api/cases/by-person/:personId', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Create the case file of a person', params: Type.Object({ personId: Uuid }),
      body: Type.Object({ sections: Type.Array(Type.Object({ sectionType: SectionKey, ownerUnitId: Type.Optional(Uuid) }, { additionalProperties: false }), { maxItems: 20 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const id = await withTenant(ctx.db, auth.tenantId, (tx) => createCase(tx, auth, request.params.personId, request.body.sections, ctx.clock.now()));
    return reply.status(201).send({ id });
  });

  app.post('/api/cases/:caseId/sections', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Open a section in the case file (by a unit that works in it)', params: CaseParams,
      body: Type.Object({ sectionType: SectionKey, ownerUnitId: Type.Optional(Uuid) }, { additionalProperties: false }),
      response: { 201: Type.Object({ sectionType: Type.String() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    await withCase(ctx, auth, request.params.caseId, async (tx, access, now) => {
      assertSectionType(access.settings, request.body.sectionType);
      assertWrite(access, request.body.sectionType);
      await addSection(tx, auth, access.caseRow, request.body, now, access.settings);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.section_add', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { sectionType: request.body.sectionType } });
    });
    return reply.status(201).send({ sectionType: request.body.sectionType });
  });

  app.patch('/api/cases/:caseId/sections/:sectionType', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Change the status of a section (appears in the timeline)', params: Type.Object({ caseId: Uuid, sectionType: SectionKey }),
      body: Type.Object({ status: Type.Enum(['active', 'dormant', 'closed']) }, { additionalProperties: false }),
      response: { 200: Type.Object({ sectionType: Type.String(), status: Type.String() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const { sectionType } = request.params;
    await withCase(ctx, auth, request.params.caseId, async (tx, access, now) => {
      assertWrite(access, sectionType);
      await setSectionStatus(tx, auth, access, sectionType, request.body.status, now);
    });
    return { sectionType, status: request.body.status };
  });

  app.get('/api/cases/:caseId/timeline', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: { tags, summary: 'A page of the timeline, newest first, filterable by section', params: CaseParams, querystring: TimelineQuery, response: { 200: TimelinePage, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const { section, before, limit } = request.query;
    return withCase(ctx, auth, request.params.caseId, async (tx, access) => {
      if (section) assertRead(access, section);
      const page = await readTimeline(tx, access, { sectionType: section, before, limit });
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.timeline_read', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { section: section ?? null } });
      return page;
    });
  });

  app.get('/api/cases/:caseId/notes', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: {
      tags, summary: 'Notes that the caller may read, of one section or of all', params: CaseParams,
      querystring: Type.Object({ section: Type.Optional(SectionKey), purpose: Type.Optional(Purpose) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Note) }), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withCase(ctx, auth, request.params.caseId, (tx, access) => listNotes(tx, auth, access, request.query.section, request.query.purpose ?? DEFAULT_PURPOSE));
    return { items };
  });

  app.post('/api/cases/:caseId/notes', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Add a note to a section', params: CaseParams,
      body: Type.Object({ sectionType: SectionKey, confidentiality: Confidentiality, body: Text(20000) }, { additionalProperties: false }),
      response: { 201: Note, ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const note = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => addNote(tx, auth, access, request.body, now));
    return reply.status(201).send(note);
  });

  app.get('/api/cases/:caseId/tasks', {
    config: { policy: { access: 'staff', roles: CASE_READERS } },
    schema: { tags, summary: 'Tasks of the sections the caller may read', params: CaseParams, response: { 200: Type.Object({ items: Type.Array(Task) }), ...errors(401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withCase(ctx, auth, request.params.caseId, async (tx, access) => {
      const tasks = await getTasks(tx, access.caseRow.id, [...access.rights.keys()], access.house);
      await recordAudit(tx, { tenantId: auth.tenantId, actor: actorOf(auth), action: 'case.tasks_read', subjectType: 'case', subjectId: access.caseRow.id, personId: access.caseRow.person_id, purpose: DEFAULT_PURPOSE, details: { count: tasks.length } });
      return tasks;
    });
    return { items };
  });

  app.post('/api/cases/:caseId/tasks', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Add a task with due date and assignee (a unit or a person)', params: CaseParams,
      body: Type.Object({ sectionType: SectionKey, ...TaskBody }, { additionalProperties: false }),
      response: { 201: Task, ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const task = await withCase(ctx, auth, request.params.caseId, (tx, access, now) => addTask(tx, auth, access, request.body, now));
    return reply.status(201).send(task);
  });

  app.patch('/api/case-tasks/:id', {
    config: { policy: { access: 'staff', roles: CASE_STAFF } },
    schema: {
      tags, summary: 'Tick a task off or open it again', params: Type.Object({ id: Uuid }),
      body: Type.Object({ status: Type.Enum(['open', 'done']) }, { additionalProperties: false }),
      response: { 200: Type.Object({ id: Type.String(), status: Type.String() }), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    let task: Awaited<ReturnType<typeof loadTask>> | undefined;
    await withCase(ctx, auth, async (tx) => (task = await loadTask(tx, request.params.id)).case_id, (tx, access, now) => setTaskStatus(tx, auth, access, task as NonNullable<typeof task>, request.body.status, now));
    return { id: request.params.id, status: request.body.status };
  });
}
