import { Type } from 'typebox';

// Request and response shapes of the knowledge routes. The response schemas
// are the allow-list of what leaves the server.

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day, YYYY-MM-DD' });
const Title = Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' });
const Markdown = Type.String({ maxLength: 200_000 });
const ShortText = Type.String({ minLength: 1, maxLength: 200 });
const Ids = Type.Array(Type.String({ format: 'uuid' }), { maxItems: 100 });

export const VersionStatus = Type.Enum(['draft', 'review', 'published', 'superseded']);

export const ArticleBody = Type.Object({
  title: Title,
  owningUnitId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  ownerStaffId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  tags: Type.Optional(Type.Array(ShortText, { maxItems: 30 })),
  legalRefs: Type.Optional(Type.Array(ShortText, { maxItems: 30 })),
  concernIds: Type.Optional(Ids),
  processIds: Type.Optional(Ids),
  reviewBy: Type.Optional(Type.Union([Day, Type.Null()])),
}, { additionalProperties: false });

export const NewArticleBody = Type.Object({
  ...ArticleBody.properties,
  bodyMarkdown: Markdown,
  validFrom: Day,
  validUntil: Type.Optional(Type.Union([Day, Type.Null()])),
  changeNote: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });

export const ArticlePatch = Type.Partial(ArticleBody, { additionalProperties: false, minProperties: 1 });

export const NewVersionBody = Type.Object({
  title: Type.Optional(Title),
  bodyMarkdown: Markdown,
  validFrom: Day,
  validUntil: Type.Optional(Type.Union([Day, Type.Null()])),
  changeNote: Type.Optional(Type.String({ maxLength: 2000 })),
  replacesVersionId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
}, { additionalProperties: false });

export const VersionPatch = Type.Partial(NewVersionBody, { additionalProperties: false, minProperties: 1 });

export const VersionSummary = Type.Object({
  id: Type.String(), number: Type.Integer(), title: Type.String(), status: VersionStatus,
  validFrom: Day, validUntil: Type.Union([Day, Type.Null()]), changeNote: Type.String(),
  publishedAt: Type.Union([Type.String(), Type.Null()]), replacesVersionId: Type.Union([Type.String(), Type.Null()]),
});

export const VersionDetail = Type.Object({
  ...VersionSummary.properties,
  articleId: Type.String(),
  bodyMarkdown: Type.String(),
  bodyHtml: Type.String({ description: 'Rendered and sanitised by the server' }),
});

const Ref = Type.Object({ id: Type.String(), title: Type.String() });

export const ArticleView = Type.Object({
  id: Type.String(), title: Type.String(), tags: Type.Array(Type.String()), legalRefs: Type.Array(Type.String()),
  owningUnit: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  owner: Type.Union([Type.Object({ id: Type.String(), displayName: Type.String() }), Type.Null()]),
  reviewBy: Type.Union([Day, Type.Null()]), reviewOverdue: Type.Boolean(),
  concerns: Type.Array(Ref), processes: Type.Array(Ref),
  asOf: Day, current: Type.Union([VersionDetail, Type.Null()]), upcoming: Type.Array(VersionSummary), versions: Type.Array(VersionSummary),
});

export const ArticleListItem = Type.Object({
  id: Type.String(), title: Type.String(), tags: Type.Array(Type.String()), legalRefs: Type.Array(Type.String()),
  owningUnitId: Type.Union([Type.String(), Type.Null()]), reviewBy: Type.Union([Day, Type.Null()]), validToday: Type.Boolean(),
});

export const SearchHit = Type.Object({
  kind: Type.Enum(['article', 'concern', 'process']),
  id: Type.String(), title: Type.String(), rank: Type.Number(),
  snippet: Type.Array(Type.Object({ text: Type.String(), hit: Type.Boolean() }), { description: 'Plain text; hit marks the matched words' }),
});

export const DueReview = Type.Object({
  articleId: Type.String(), title: Type.String(), reviewBy: Day, daysOverdue: Type.Integer(),
  owner: Type.Union([Type.Object({ id: Type.String(), displayName: Type.String() }), Type.Null()]),
});

export const StepInput = Type.Object({ kind: Type.Enum(['article', 'process']), id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const PathBody = Type.Object({
  title: Title,
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  unitId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  steps: Type.Array(StepInput, { maxItems: 200 }),
}, { additionalProperties: false });

const PathStep = Type.Object({ position: Type.Integer(), kind: Type.Enum(['article', 'process']), id: Type.String(), title: Type.String() });

export const PathView = Type.Object({
  id: Type.String(), title: Type.String(), description: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]), steps: Type.Array(PathStep),
});

export const PathListItem = Type.Object({ id: Type.String(), title: Type.String(), description: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]), steps: Type.Integer() });

export const StepProgress = Type.Object({
  ...PathStep.properties,
  state: Type.Enum(['open', 'confirmed', 'changed']),
  confirmedAt: Type.Union([Type.String(), Type.Null()]),
  currentVersionId: Type.Union([Type.String(), Type.Null()]),
});

export const MyPath = Type.Object({
  id: Type.String(), title: Type.String(), description: Type.String(), unitId: Type.Union([Type.String(), Type.Null()]),
  steps: Type.Array(StepProgress), done: Type.Integer(),
});

export const NewcomerProgress = Type.Object({
  staffId: Type.String(), displayName: Type.String(), assignedAt: Type.String(), done: Type.Integer(), total: Type.Integer(), steps: Type.Array(StepProgress),
});
