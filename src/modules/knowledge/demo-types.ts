// Shapes of the demo articles (see demo-articles.ts).

export interface DemoVersion {
  title?: string;
  body: string;
  validFrom: string;
  validUntil?: string;
  changeNote: string;
}

export interface DemoArticle {
  key: string;
  title: string;
  unit: string;
  tags: string[];
  legalRefs: string[];
  reviewBy?: string;
  versions: DemoVersion[];
}

/** The footnote of every legal demo article. */
export const NOTE = '\n\n---\n\n*Orientierungshilfe für die Sachbearbeitung, keine Rechtsberatung. Maßgeblich sind Gesetzestext, Anwendungshinweise des Bundes und Erlasse des Landes.*';
