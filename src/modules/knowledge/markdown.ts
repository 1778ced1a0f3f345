import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Articles are written in Markdown by staff and read by every colleague, so
// the rendered HTML must never carry script. Two walls: markdown-it with raw
// HTML switched off (tags in the text come out as text), then sanitize-html
// with an allow-list of tags, attributes and link schemes.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_HREF = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Only web, mail and in-page links keep their target; anything else that
    // merely looks harmless to the scheme check (e.g. "java%09script:") loses
    // it. Links open outside Lotse without handing it the opener.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const safe = href !== undefined && SAFE_HREF.test(href.trim());
      return { tagName, attribs: { ...rest, ...(safe && { href: href.trim() }), rel: 'noopener noreferrer nofollow' } };
    },
  },
};
allowed.allowedAttributes = { ...(allowed.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel'] };

/** Markdown → HTML that is safe to insert into the staff app. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), allowed);
}

/** The readable text of rendered HTML, for the search index and snippets. */
export function plainText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|tr|pre|blockquote)>/g, '$& '), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
