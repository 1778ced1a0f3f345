import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loggableUrl } from './request-log.js';

describe('loggable URL', () => {
  it('keeps the path and the parameter names, never a query value', () => {
    assert.equal(loggableUrl('/api/people/search?q=Abdulkarim%20Haddad&born=1990-01-01'), '/api/people/search?q=[redacted]&born=[redacted]');
    assert.equal(loggableUrl('/api/units'), '/api/units');
    assert.equal(loggableUrl('/api/units?'), '/api/units');
  });

  it('replaces invitation and booking-management tokens in the path', () => {
    assert.equal(loggableUrl('/api/invitations/abc123def'), '/api/invitations/[redacted]');
    assert.equal(loggableUrl('/einladung/abc123?x=1'), '/einladung/[redacted]?x=[redacted]');
    assert.equal(loggableUrl('/api/public/musterland/appointments/manage/tok_9/cancel'), '/api/public/musterland/appointments/manage/[redacted]/cancel');
    assert.equal(loggableUrl('/api/auth/oidc/callback?code=secret&state=s'), '/api/auth/oidc/callback?code=[redacted]&state=[redacted]');
  });

  it('lets no query value through, whatever it is', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !/[&#]/.test(s)), (value) => {
      assert.equal(loggableUrl(`/api/people/search?q=${value}&born=${value}`), '/api/people/search?q=[redacted]&born=[redacted]');
    }));
  });
});
