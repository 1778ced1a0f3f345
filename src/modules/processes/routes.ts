import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { withTenant, type Database } from '../../platform/db/index.js';
import { requireAuth } from '../../platform/http/policy.js';
import { errors, IdParams, Uuid } from '../../platform/http/schemas.js';
import { parseBpmn } from './bpmn.js';
import { readChecklist } from './checklist.js';
import { EDITOR_ROLES } from './editors.js';
import { createProcessGroup, updateProcessGroup } from './groups.js';
import { createProcess, saveModel, updateLinks, updateProcess } from './processes.js';
import { readEditOptions, readModel, readProcess, readProcessMap } from './read.js';

// HTTP routes of the process map. All staff read; administrators and the
// unit leads who own a process change it. Every change is audited in the
// same transaction as the change itself.

const Title = Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' });
const GroupName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Description = Type.String({ maxLength: 10_000 });
const ChangeNote = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' });
const Version = Type.Integer({ minimum: 1, maximum: 1_000_000 });
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const Ids = Type.Array(Uuid, { maxItems: 200, uniqueItems: true });
// The size of the XML is checked by parseBpmn, so that too large a model gets
// its own code rather than a generic validation failure.
const BpmnXml = Type.String({ minLength: 1 });

const Owner = Type.Union([Type.Object({ kind: Type.Enum(['unit', 'staff']), id: Type.String(), name: Type.String() }), Type.Null()]);
const Summary = {
  id: Type.String(), title: Type.String(), description: Type.String(), owner: Owner,
  currentVersion: Type.Integer(), hasModel: Type.Boolean(), updatedAt: Type.String(),
};
const Group = Type.Object({ id: Type.String(), name: Type.String(), position: Type.Integer() });
const ProcessMap = Type.Object({ groups: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), position: Type.Integer(), processes: Type.Array(Type.Object(Summary)) })) });
const Named = Type.Object({ id: Type.String(), title: Type.String() });
const LinkedArticle = Type.Object({ id: Type.String(), title: Type.String(), fromArticle: Type.Boolean({ description: 'linked from the article side; change it there' }) });
const ProcessDetail = Type.Object({
  ...Summary,
  group: Type.Object({ id: Type.String(), name: Type.String() }),
  createdAt: Type.String(),
  canEdit: Type.Boolean(),
  concerns: Type.Array(Named),
  articles: Type.Array(LinkedArticle),
  versions: Type.Array(Type.Object({
    version: Type.Integer(), title: Type.String(), changeNote: Type.String(), createdAt: Type.String(), createdBy: Type.Union([Type.String(), Type.Null()]), hasModel: Type.Boolean(),
  })),
});
const Option = Type.Object({ id: Type.String(), name: Type.String() });
const EditOptions = Type.Object({ units: Type.Array(Option), staff: Type.Array(Option), groups: Type.Array(Option), concerns: Type.Array(Named), articles: Type.Array(Named) });
const Model = Type.Object({ version: Type.Integer(), xml: Type.String() });
const Checklist = Type.Object({
  version: Type.Integer(),
  items: Type.Array(Type.Object({
    position: Type.Integer(), elementId: Type.String(), title: Type.String(), lane: Type.Union([Type.String(), Type.Null()]),
    condition: Type.Union([Type.String(), Type.Null()], { description: 'the decision the task depends on, "question – answer"' }),
  })),
});
const VersionQuery = Type.Object({ version: Type.Optional(Version) }, { additionalProperties: false });
const Created = Type.Object({ id: Type.String() });
const NewVersion = Type.Object({ version: Type.Integer() });

const read = { access: 'staff', roles: 'any' } as const;
const edit = { access: 'staff', roles: EDITOR_ROLES } as const;
const tags = ['processes'];

/** A safe file name for the download, from the process title. */
function fileName(title: string, version: number): string {
  const base = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'prozess';
  return `${base}-v${version}.bpmn`;
}

export function registerProcessRoutes(parent: FastifyInstance, db: Database): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/process-map', {
    config: { policy: read },
    schema: { tags, summary: 'The process map: service areas with their processes', response: { 200: ProcessMap, ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => readProcessMap(tx));
  });

  app.get('/api/process-map/options', {
    config: { policy: edit },
    schema: { tags, summary: 'Owners, service areas, concerns and articles an editor can choose from', response: { 200: EditOptions, ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => readEditOptions(tx));
  });

  app.post('/api/process-groups', {
    config: { policy: edit },
    schema: {
      tags, summary: 'Create a service area of the process map',
      body: Type.Object({ name: GroupName, position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })) }, { additionalProperties: false }),
      response: { 201: Group, ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const group = await withTenant(db, auth.tenantId, (tx) => createProcessGroup(tx, auth.tenantId, auth, request.body));
    return reply.status(201).send(group);
  });

  app.patch('/api/process-groups/:id', {
    config: { policy: edit },
    schema: {
      tags, summary: 'Rename or move a service area', params: IdParams,
      body: Type.Object({ name: Type.Optional(GroupName), position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })) }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Group, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => updateProcessGroup(tx, auth.tenantId, auth, request.params.id, request.body));
  });

  app.post('/api/processes', {
    config: { policy: edit },
    schema: {
      tags, summary: 'Create a process (version 1), optionally with a BPMN model and links',
      body: Type.Object({
        groupId: Uuid, title: Title, description: Type.Optional(Description),
        ownerUnitId: Type.Optional(NullableUuid), ownerStaffId: Type.Optional(NullableUuid),
        concernIds: Type.Optional(Ids), articleIds: Type.Optional(Ids),
        bpmnXml: Type.Optional(BpmnXml), changeNote: Type.Optional(ChangeNote),
      }, { additionalProperties: false }),
      response: { 201: Created, ...errors(400, 401, 403, 409, 413) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const { bpmnXml, ...body } = request.body;
    const model = bpmnXml === undefined ? undefined : await parseBpmn(bpmnXml);
    const created = await withTenant(db, auth.tenantId, (tx) =>
      createProcess(tx, auth.tenantId, auth, {
        ...body, description: body.description ?? '', ownerUnitId: body.ownerUnitId ?? null, ownerStaffId: body.ownerStaffId ?? null, ...(model && { model }),
      }),
    );
    return reply.status(201).send(created);
  });

  app.get('/api/processes/:id', {
    config: { policy: read },
    schema: { tags, summary: 'One process with owner, links and version history', params: IdParams, response: { 200: ProcessDetail, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => readProcess(tx, auth, request.params.id));
  });

  app.patch('/api/processes/:id', {
    config: { policy: edit },
    schema: {
      tags, summary: 'Change title, description, service area or owner; writes a new version with the change note', params: IdParams,
      body: Type.Object({
        baseVersion: Version, changeNote: ChangeNote,
        groupId: Type.Optional(Uuid), title: Type.Optional(Title), description: Type.Optional(Description),
        ownerUnitId: Type.Optional(NullableUuid), ownerStaffId: Type.Optional(NullableUuid),
      }, { additionalProperties: false }),
      response: { 200: NewVersion, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, (tx) => updateProcess(tx, auth.tenantId, auth, request.params.id, request.body));
  });

  app.put('/api/processes/:id/links', {
    config: { policy: edit },
    schema: {
      tags, summary: 'Set the concerns and knowledge articles linked to a process', params: IdParams,
      body: Type.Object({ concernIds: Ids, articleIds: Ids }, { additionalProperties: false }),
      response: { 200: Type.Object({ concerns: Type.Array(Named), articles: Type.Array(LinkedArticle) }), ...errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    return withTenant(db, auth.tenantId, async (tx) => {
      await updateLinks(tx, auth.tenantId, auth, request.params.id, request.body);
      const detail = await readProcess(tx, auth, request.params.id);
      return { concerns: detail.concerns, articles: detail.articles };
    });
  });

  app.post('/api/processes/:id/model', {
    config: { policy: edit },
    schema: {
      tags, summary: 'Import or save a BPMN 2.0 model as the next version (validated with bpmn-moddle)', params: IdParams,
      body: Type.Object({ xml: BpmnXml, baseVersion: Version, changeNote: ChangeNote }, { additionalProperties: false }),
      response: { 200: NewVersion, ...errors(400, 401, 403, 404, 409, 413) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const model = await parseBpmn(request.body.xml);
    return withTenant(db, auth.tenantId, (tx) => saveModel(tx, auth.tenantId, auth, request.params.id, { model, baseVersion: request.body.baseVersion, changeNote: request.body.changeNote }));
  });

  app.get('/api/processes/:id/model', {
    config: { policy: read },
    schema: { tags, summary: 'The BPMN model of a version (default: current) for the viewer and editor', params: IdParams, querystring: VersionQuery, response: { 200: Model, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const model = await withTenant(db, auth.tenantId, (tx) => readModel(tx, request.params.id, request.query.version));
    return { version: model.version, xml: model.xml };
  });

  app.get('/api/processes/:id/bpmn', {
    config: { policy: read },
    schema: {
      tags, summary: 'Export the BPMN 2.0 file of a version (default: current), element ids preserved', params: IdParams, querystring: VersionQuery,
      produces: ['application/xml'],
      response: { 200: Type.String({ description: 'BPMN 2.0 XML' }), ...errors(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const model = await withTenant(db, auth.tenantId, (tx) => readModel(tx, request.params.id, request.query.version));
    return reply
      .type('application/xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(model.title, model.version)}"`)
      .send(model.xml);
  });

  app.get('/api/processes/:id/checklist', {
    config: { policy: read },
    schema: { tags, summary: 'The tasks of the model as an ordered checklist for a case file', params: IdParams, querystring: VersionQuery, response: { 200: Checklist, ...errors(400, 401, 403, 404) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const checklist = await withTenant(db, auth.tenantId, (tx) => readChecklist(tx, request.params.id, request.query.version));
    return { version: checklist.version, items: checklist.items.map((item, index) => ({ position: index + 1, ...item })) };
  });
}
