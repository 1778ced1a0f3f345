import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { json, type TestContext } from '../support/app.js';
import { makePerson } from '../support/people.js';
import { addNote, casesApp, errorCode, makeAgency, makeCase, openCase, type Agency } from './support.js';

// Case files and person merges: after a merge both files stay as they were,
// each names the other so both histories stay in view, no second file is
// opened on the merged record, and a split leaves nothing to undo.

interface MergeLink { personId: string; caseId: string | null }
interface View { case: { id: string } | null; merge: { mergedInto: MergeLink | null; mergedRecords: MergeLink[] }; timeline: { items: Array<{ summary: string }> } }

let ctx: TestContext;
let agency: Agency;
before(async () => {
  ctx = await casesApp();
  agency = await makeAgency(ctx);
});
after(() => ctx.close());

const worker = () => agency.workers.immigration;
const merge = (survivorId: string, otherId: string) =>
  worker().inject({ method: 'POST', url: `/api/people/${survivorId}/merge`, payload: { otherId, reason: 'Dieselbe Person, zwei Schreibweisen' } });

describe('case files of merged people', () => {
  it('keeps both files, each naming the other, and a split removes the link again', async () => {
    const survivor = await makeCase(ctx, agency, { familyName: 'Al-Hashimi', givenNames: 'Mohammed' });
    const duplicate = await makeCase(ctx, agency, { familyName: 'Alhashimi', givenNames: 'Mohamad' });
    await addNote(worker(), duplicate.caseId, 'immigration', 'Vorsprache mit Pass, alte Schreibweise');
    const merged = await merge(survivor.personId, duplicate.personId);
    assert.equal(merged.statusCode, 200, merged.body);

    const survivorView = json<View>(await openCase(worker(), survivor.personId));
    assert.deepEqual(survivorView.merge.mergedRecords.map((link) => [link.personId, link.caseId]), [[duplicate.personId, duplicate.caseId]]);
    assert.equal(survivorView.merge.mergedInto, null);
    const duplicateView = json<View>(await openCase(worker(), duplicate.personId));
    assert.equal(duplicateView.case?.id, duplicate.caseId, 'the merged record\'s file is still there');
    assert.deepEqual([duplicateView.merge.mergedInto?.personId, duplicateView.merge.mergedInto?.caseId], [survivor.personId, survivor.caseId]);
    assert.ok(duplicateView.timeline.items.some((item) => item.summary === 'Vorsprache mit Pass, alte Schreibweise'), 'its history is readable');

    const split = await worker().inject({ method: 'POST', url: `/api/people/merges/${json<{ id: string }>(merged).id}/split`, payload: { reason: 'Doch zwei Personen' } });
    assert.equal(split.statusCode, 200, split.body);
    assert.deepEqual(json<View>(await openCase(worker(), survivor.personId)).merge.mergedRecords, []);
    assert.equal(json<View>(await openCase(worker(), duplicate.personId)).merge.mergedInto, null);
  });

  it('refuses a new file on a merged record and names the person to use instead', async () => {
    const survivor = await makePerson(ctx.db, agency.tenant);
    const duplicate = await makePerson(ctx.db, agency.tenant);
    assert.equal((await merge(survivor.id, duplicate.id)).statusCode, 200);
    const refused = await worker().inject({ method: 'POST', url: `/api/cases/by-person/${duplicate.id}`, payload: { sections: [{ sectionType: 'immigration' }] } });
    assert.equal(refused.statusCode, 409);
    assert.equal(errorCode(refused), 'CASE_PERSON_MERGED');
    assert.equal((refused.json() as { error: { details: { personId: string } } }).error.details.personId, survivor.id);
    const view = json<View>(await openCase(worker(), duplicate.id));
    assert.equal(view.case, null);
    assert.equal(view.merge.mergedInto?.personId, survivor.id);
    assert.equal(view.merge.mergedInto?.caseId, null);
  });
});
