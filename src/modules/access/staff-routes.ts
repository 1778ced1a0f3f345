import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../platform/config/config.js';
import { withTenant, type Database } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireAuth, roles, type RequestAuth } from '../../platform/http/policy.js';
import { Email, errors, IdParams, NoContent, Uuid } from '../../platform/http/schemas.js';
import { acceptInvitation, findInvitation, inviteStaff, listStaff, updateStaff } from './staff.js';
import type { StaffRecord } from './staff-store.js';

const RoleSchema = Type.Enum(roles);
const Roles = Type.Array(RoleSchema, { maxItems: roles.length, uniqueItems: true });
const UnitIds = Type.Array(Uuid, { maxItems: 50, uniqueItems: true });
const DisplayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const PartnerOrganisationId = Type.Union([Uuid, Type.Null()], { description: 'partner organisation of a partner counsellor (required for that role, refused for others)' });
const Staff = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  unitIds: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('invited'), Type.Literal('active'), Type.Literal('disabled')]),
  mfaEnrolled: Type.Boolean(),
  partnerOrganisation: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
});
const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

const present = (staff: StaffRecord) => ({
  id: staff.id, email: staff.email, displayName: staff.displayName, roles: staff.roles, unitIds: staff.unitIds, status: staff.status, mfaEnrolled: staff.mfaEnrolled,
  partnerOrganisation: staff.partnerOrganisationId ? { id: staff.partnerOrganisationId, name: staff.partnerOrganisationName ?? '' } : null,
});
const actorOf = (auth: RequestAuth) => ({ id: auth.staffId, label: auth.displayName });

export function registerStaffRoutes(parent: FastifyInstance, db: Database, config: Config): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/staff', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: { tags: ['administration'], summary: 'All staff accounts of the tenant', response: { 200: Type.Object({ items: Type.Array(Staff) }), ...errors(401, 403) } },
  }, async (request) => {
    const auth = requireAuth(request);
    const items = await withTenant(db, auth.tenantId, (tx) => listStaff(tx, auth.tenantId, actorOf(auth)));
    return { items: items.map(present) };
  });

  app.post('/api/staff', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags: ['administration'], summary: 'Invite a staff member; returns the invitation link',
      body: Type.Object(
        { email: Email, displayName: DisplayName, roles: Roles, unitIds: UnitIds, partnerOrganisationId: Type.Optional(PartnerOrganisationId) },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ staff: Staff, invitationUrl: Type.String() }), ...errors(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const result = await withTenant(db, auth.tenantId, (tx) => inviteStaff(tx, config, auth.tenantId, actorOf(auth), request.body));
    return reply.status(201).send({ staff: present(result.staff), invitationUrl: result.invitationUrl });
  });

  app.patch('/api/staff/:id', {
    config: { policy: { access: 'staff', roles: ['admin'] } },
    schema: {
      tags: ['administration'], params: IdParams,
      summary: 'Change name, roles, units, partner organisation or status of a staff member (taking the partner-counsellor role away also removes the organisation)',
      body: Type.Object(
        {
          displayName: Type.Optional(DisplayName), roles: Type.Optional(Roles), unitIds: Type.Optional(UnitIds),
          status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
          partnerOrganisationId: Type.Optional(PartnerOrganisationId),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: Staff, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const auth = requireAuth(request);
    const staff = await withTenant(db, auth.tenantId, (tx) => updateStaff(tx, auth.tenantId, actorOf(auth), request.params.id, request.body));
    return present(staff);
  });

  app.get('/api/invitations/:token', {
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['administration'], summary: 'What an invitation link is for', params: TokenParams,
      response: { 200: Type.Object({ email: Type.String(), displayName: Type.String(), tenantName: Type.String() }), ...errors(400, 404) },
    },
  }, async (request) => {
    const invitation = await findInvitation(db, request.params.token);
    if (!invitation) throw new AppError('INVITATION_INVALID');
    return { email: invitation.email, displayName: invitation.display_name, tenantName: invitation.tenant_name };
  });

  app.post('/api/invitations/:token', {
    config: { policy: { access: 'public' } },
    schema: {
      tags: ['administration'], summary: 'Accept an invitation by choosing a password', params: TokenParams,
      body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
      response: { 204: NoContent, ...errors(400, 404) },
    },
  }, async (request, reply) => {
    await acceptInvitation(db, request.params.token, request.body.password);
    return reply.status(204).send(null);
  });
}
