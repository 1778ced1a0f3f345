import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderMarkdown } from '../../src/modules/knowledge/index.js';
import { json, testApp, type Caller, type TestContext } from '../support/app.js';
import { makeStaff, makeTenant, sessionFor } from '../support/factories.js';

// Markdown written by staff is shown to every colleague: nothing in it may
// run script. Known payloads (OWASP XSS filter evasion cheat sheet style).

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">klick</a>',
  '[klick](javascript:alert(1))',
  '[klick](JaVaScRiPt:alert(1))',
  '[klick](java&#x09;script:alert(1))',
  '[klick](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klick](vbscript:msgbox(1))',
  '![bild](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<p onmouseover="alert(1)">hover</p>',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="  javascript:alert(1)">x</a>',
  '[x](<javascript:alert(1)>)',
];

/** What must never appear in rendered HTML: live tags or attributes that run code (escaped text is harmless). */
function assertInert(html: string, payload: string) {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  for (const tag of tags) {
    assert.match(tag, /^<(h[1-6]|p|br|hr|ul|ol|li|blockquote|pre|code|em|strong|s|a|table|thead|tbody|tr|th|td)[\s>]/i, `unexpected tag ${tag} from ${payload}`);
    assert.doesNotMatch(tag, /\son\w+\s*=/i, `event handler survived: ${payload} → ${tag}`);
    assert.doesNotMatch(tag, /\sstyle\s*=/i, `style survived: ${payload} → ${tag}`);
    const href = /\shref="([^"]*)"/i.exec(tag)?.[1];
    if (href !== undefined) assert.match(href, /^(https?:|mailto:|#|[^:]*$)/i, `dangerous link survived: ${payload} → ${tag}`);
  }
}

describe('safe Markdown', () => {
  for (const payload of payloads) {
    it(`neutralises ${payload}`, () => assertInert(renderMarkdown(`Vorher\n\n${payload}\n\nNachher`), payload));
  }

  it('keeps ordinary Markdown: headings, lists, emphasis, safe links', () => {
    const html = renderMarkdown('## Voraussetzungen\n\n- **Pass**\n- Nachweis\n\n[BAMF](https://www.bamf.de) und <https://www.gesetze-im-internet.de>');
    assert.match(html, /<h2>Voraussetzungen<\/h2>/);
    assert.match(html, /<li><strong>Pass<\/strong><\/li>/);
    assert.match(html, /<a href="https:\/\/www\.bamf\.de" rel="noopener noreferrer nofollow">BAMF<\/a>/);
  });

  it('shows script typed into an article as text, also through the API and the preview', async () => {
    let ctx: TestContext | undefined;
    try {
      ctx = await testApp();
      const tenant = await makeTenant(ctx.db);
      const lead: Caller = await sessionFor(ctx.app, ctx.db, ctx.config, await makeStaff(ctx.db, tenant, { roles: ['unit_lead'] }));
      const body = payloads.join('\n\n');
      const created = json<{ versionId: string }>(await lead.inject({ method: 'POST', url: '/api/knowledge/articles', payload: { title: 'XSS', bodyMarkdown: body, validFrom: '2024-01-01' } }));
      const version = json<{ bodyHtml: string; bodyMarkdown: string }>(await lead.inject({ method: 'GET', url: `/api/knowledge/versions/${created.versionId}` }));
      assertInert(version.bodyHtml, 'stored version');
      assert.equal(version.bodyMarkdown, body, 'the source is kept as written');
      assert.match(version.bodyHtml, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the script shows as text');
      const preview = json<{ html: string }>(await lead.inject({ method: 'POST', url: '/api/knowledge/preview', payload: { markdown: body } }));
      assertInert(preview.html, 'preview');
    } finally {
      await ctx?.close();
    }
  });
});
