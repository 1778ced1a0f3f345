import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findTenantBySlug, seedDemo, type Tenant } from '../../src/modules/access/index.js';
import { withTenant } from '../../src/platform/db/index.js';
import { json, testApp, type TestContext } from '../support/app.js';
import { sessionFor } from '../support/factories.js';
import { makePerson } from '../support/people.js';
import { testDatabase } from '../support/database.js';

// The demo district is ready for a case conference on a fresh install: a
// counsellor of Diakonie Musterland with a demo login, and published consent
// texts. Runs on its own PGlite only: the demo district is one per database.

const skip = process.env.DATABASE_URL ? 'the demo district exists once per database; checked on PGlite' : false;
const COUNSELLOR = 'beratung@diakonie-musterland.example';

describe('demo district: partner counsellor and consent texts', { skip }, () => {
  let ctx: TestContext;
  let tenant: Tenant;
  let logins: Array<{ email: string; roles: string[] }>;
  before(async () => {
    const db = await testDatabase();
    logins = (await seedDemo(db)).logins;
    ctx = await testApp({}, db);
    tenant = (await findTenantBySlug(db, 'musterland')) as Tenant;
  });
  after(async () => {
    await ctx?.close();
    await ctx?.db.close();
  });

  const staffByEmail = (email: string) =>
    withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('staff').select(['id', 'display_name', 'status', 'partner_organisation_id']).where('email', '=', email).executeTakeFirstOrThrow());

  it('prints a demo login for the counsellor of Diakonie Musterland', async () => {
    assert.deepEqual(logins.find((login) => login.email === COUNSELLOR)?.roles, ['partner_counsellor']);
    const counsellor = await staffByEmail(COUNSELLOR);
    assert.equal(counsellor.status, 'active');
    const organisation = await withTenant(ctx.db, tenant.id, (tx) =>
      tx.selectFrom('partner_organisations').select('name').where('id', '=', counsellor.partner_organisation_id as string).executeTakeFirst());
    assert.equal(organisation?.name, 'Diakonie Musterland');
  });

  it('publishes German consent texts, version 1, with which a case worker starts a conference with the counsellor', async () => {
    const worker = await staffByEmail('sachbearbeitung@musterland.example');
    const caller = await sessionFor(ctx.app, ctx.db, ctx.config, { id: worker.id, tenantId: tenant.id, email: 'sachbearbeitung@musterland.example', displayName: worker.display_name, totpSecret: null });

    const texts = json<{ items: Array<{ id: string; purpose: string; version: number; body: string }> }>(await caller.inject({ method: 'GET', url: '/api/consent-texts' })).items;
    const conferenceText = texts.find((text) => /Fallkonferenz/.test(text.purpose));
    assert.ok(conferenceText, texts.map((text) => text.purpose).join(', '));
    assert.equal(conferenceText.version, 1);
    assert.match(conferenceText.body, /widerrufen/);
    assert.match(conferenceText.body, /DSGVO/);

    const counsellors = json<{ items: Array<{ id: string; organisationName: string }> }>(await caller.inject({ method: 'GET', url: '/api/case-partner-counsellors' })).items;
    const counsellor = counsellors.find((item) => item.organisationName === 'Diakonie Musterland');
    assert.ok(counsellor, 'the counsellor can be chosen');

    const person = await makePerson(ctx.db, tenant, { familyName: 'Demir', givenNames: 'Leyla' });
    const units = await withTenant(ctx.db, tenant.id, (tx) => tx.selectFrom('units').select(['id', 'name']).execute());
    const immigration = units.find((unit) => unit.name === 'Ausländerbehörde')?.id as string;
    const createdCase = await caller.inject({ method: 'POST', url: `/api/cases/by-person/${person.id}`, payload: { sections: [{ sectionType: 'immigration', ownerUnitId: immigration }] } });
    assert.equal(createdCase.statusCode, 201, createdCase.body);
    const conference = await caller.inject({
      method: 'POST', url: `/api/cases/${json<{ id: string }>(createdCase).id}/conferences`,
      payload: { title: 'Aufenthalt und Beratung', sectionTypes: ['immigration'], consentTextId: conferenceText.id, unitIds: [], partnerStaffIds: [counsellor.id] },
    });
    assert.equal(conference.statusCode, 201, conference.body);
  });
});
