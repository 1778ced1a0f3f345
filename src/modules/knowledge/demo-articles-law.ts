import { NOTE, type DemoArticle } from './demo-types.js';

// Skilled immigration (Fachkräfteeinwanderung): the reform of 2023 took
// effect in three steps, 18 November 2023, 1 March 2024 and 1 June 2024.

export const legalArticles: DemoArticle[] = [
  {
    key: 'fachkraefte-ueberblick',
    title: 'Fachkräfteeinwanderung: die drei Stufen der Reform',
    unit: 'Ausländerbehörde',
    tags: ['Fachkräfte', 'Reform', 'Überblick'],
    legalRefs: ['§ 18a AufenthG', '§ 18b AufenthG', '§ 18g AufenthG', '§ 20a AufenthG'],
    reviewBy: '2026-06-30',
    versions: [
      {
        validFrom: '2023-11-18', validUntil: '2024-02-29', changeNote: 'Erste Stufe in Kraft',
        body: `## Stand 18. November 2023 – erste Stufe\n\nDas Gesetz zur Weiterentwicklung der Fachkräfteeinwanderung tritt in drei Stufen in Kraft. Seit dem **18. November 2023** gilt:\n\n- **Blaue Karte EU** (§ 18g AufenthG) mit niedrigeren Gehaltsschwellen; auch IT-Fachleute ohne Hochschulabschluss mit Berufserfahrung können sie erhalten.\n- Fachkräfte mit anerkannter Qualifikation dürfen **jede qualifizierte Beschäftigung** ausüben, nicht nur eine, zu der ihre Ausbildung befähigt (§§ 18a, 18b AufenthG).\n- Kürzere Wege zur **Niederlassungserlaubnis** für Fachkräfte.\n\nAngekündigt: zweite Stufe am 1. März 2024, dritte Stufe am 1. Juni 2024.${NOTE}`,
      },
      {
        validFrom: '2024-03-01', validUntil: '2024-05-31', changeNote: 'Zweite Stufe in Kraft',
        body: `## Stand 1. März 2024 – zweite Stufe\n\nZusätzlich zur ersten Stufe (18. November 2023) gilt seit dem **1. März 2024**:\n\n- **Erfahrungsbasierte Beschäftigung** (§ 19c Abs. 2 AufenthG i. V. m. BeschV): Berufserfahrung und eine im Herkunftsland staatlich anerkannte Qualifikation genügen, wenn Gehaltsschwelle oder Tarifbindung erfüllt sind.\n- **Anerkennungspartnerschaft** (§ 16d Abs. 3 AufenthG): Einreise und Arbeit, während die Anerkennung im Inland nachgeholt wird.\n- Erweiterter **Familiennachzug** zu Fachkräften (siehe eigener Artikel).\n- Studierende dürfen mehr arbeiten (siehe Artikel Studium).\n\nAngekündigt: dritte Stufe am 1. Juni 2024 (Chancenkarte).${NOTE}`,
      },
      {
        validFrom: '2024-06-01', changeNote: 'Dritte Stufe in Kraft',
        body: `## Stand 1. Juni 2024 – dritte Stufe\n\nSeit dem **1. Juni 2024** ist die Reform vollständig in Kraft. Neu in dieser Stufe:\n\n- **Chancenkarte** (§ 20a AufenthG) zur Arbeitssuche mit Punktesystem.\n- **Westbalkanregelung** (§ 26 Abs. 2 BeschV) mit einem Kontingent von 50.000 Zustimmungen im Jahr.\n\nDie Regeln der ersten Stufe (18. November 2023) und der zweiten Stufe (1. März 2024) gelten weiter; Einzelheiten in den verlinkten Artikeln.${NOTE}`,
      },
    ],
  },
  {
    key: 'blaue-karte',
    title: 'Blaue Karte EU (§ 18g AufenthG): Voraussetzungen und Gehaltsschwellen',
    unit: 'Ausländerbehörde',
    tags: ['Fachkräfte', 'Blaue Karte'],
    legalRefs: ['§ 18g AufenthG', '§ 18c AufenthG'],
    reviewBy: '2025-12-31',
    versions: [
      {
        validFrom: '2023-11-18', validUntil: '2023-12-31', changeNote: 'Neufassung durch die Fachkräfteeinwanderungsreform',
        body: `## Voraussetzungen\n\n- Hochschulabschluss (anerkannt oder vergleichbar) **oder** bei IT-Fachleuten mindestens drei Jahre einschlägige Berufserfahrung in den letzten sieben Jahren,\n- konkretes Arbeitsplatzangebot,\n- Gehalt mindestens in Höhe der Schwelle.\n\n## Gehaltsschwellen 2023 (ab 18.11.2023)\n\n- allgemein: 43.800 € brutto im Jahr\n- Engpassberufe sowie Berufsanfängerinnen und -anfänger: 39.682,80 €\n\nDie Schwellen werden jährlich vom Bundesministerium des Innern bekannt gemacht.${NOTE}`,
      },
      {
        validFrom: '2024-01-01', validUntil: '2024-12-31', changeNote: 'Gehaltsschwellen 2024',
        body: `## Voraussetzungen\n\nUnverändert: Hochschulabschluss oder (IT) drei Jahre Berufserfahrung, Arbeitsplatzangebot, Mindestgehalt.\n\n## Gehaltsschwellen 2024\n\n- allgemein: 45.300 € brutto im Jahr\n- Engpassberufe sowie Berufsanfängerinnen und -anfänger: 41.041,80 €${NOTE}`,
      },
      {
        validFrom: '2025-01-01', changeNote: 'Gehaltsschwellen 2025',
        body: `## Voraussetzungen\n\nUnverändert: Hochschulabschluss oder (IT) drei Jahre Berufserfahrung, Arbeitsplatzangebot, Mindestgehalt.\n\n## Gehaltsschwellen 2025\n\n- allgemein: 48.300 € brutto im Jahr\n- Engpassberufe sowie Berufsanfängerinnen und -anfänger: 43.759,80 €\n\n**Prüfauftrag:** Schwellen für das Folgejahr nach der Bekanntmachung des BMI als neue Fassung mit „gilt ab 1. Januar“ anlegen.${NOTE}`,
      },
    ],
  },
  {
    key: 'chancenkarte',
    title: 'Chancenkarte (§ 20a AufenthG): Arbeitssuche mit Punktesystem',
    unit: 'Ausländerbehörde',
    tags: ['Fachkräfte', 'Chancenkarte', 'Arbeitssuche'],
    legalRefs: ['§ 20a AufenthG'],
    versions: [{
      validFrom: '2024-06-01', changeNote: 'Neu seit der dritten Stufe',
      body: `**Gilt ab 1. Juni 2024.**\n\nDie Chancenkarte erlaubt den Aufenthalt zur Suche nach einer Arbeit oder einer Qualifizierungsmaßnahme, in der Regel bis zu einem Jahr.\n\n- Wer eine in Deutschland **voll anerkannte** Qualifikation hat, gilt als Fachkraft und braucht keine Punkte.\n- Sonst: ausländische Qualifikation, Sprachkenntnisse (Deutsch A1 oder Englisch B2) und Punkte für u. a. Teilanerkennung, Berufserfahrung, Sprachkenntnisse, Alter und Voraufenthalte.\n- Der **Lebensunterhalt** muss für die Zeit der Suche gesichert sein.\n- Während der Suche: Nebenbeschäftigung bis 20 Stunden in der Woche und Probebeschäftigungen sind möglich.\n\nFür die Punktetabelle die Anwendungshinweise des Bundes heranziehen.${NOTE}`,
    }],
  },
  {
    key: 'erfahrung-19c',
    title: 'Erfahrungsbasierte Beschäftigung (§ 19c Abs. 2 AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Fachkräfte', 'Berufserfahrung'],
    legalRefs: ['§ 19c AufenthG', '§ 6 BeschV'],
    versions: [{
      validFrom: '2024-03-01', changeNote: 'Neu seit der zweiten Stufe',
      body: `**Gilt ab 1. März 2024.**\n\nAuch ohne Anerkennung in Deutschland kann eine Beschäftigung erlaubt werden, wenn\n\n- mindestens **zwei Jahre Berufserfahrung** im angestrebten Beruf in den letzten fünf Jahren vorliegen,\n- eine im Herkunftsstaat **staatlich anerkannte** Berufsqualifikation (mindestens zwei Jahre Ausbildung) oder ein Hochschulabschluss vorliegt und\n- das Gehalt eine Schwelle erreicht **oder** der Arbeitgeber tarifgebunden ist.\n\nDie Zustimmung der Bundesagentur für Arbeit ist einzuholen.${NOTE}`,
    }],
  },
  {
    key: 'anerkennungspartnerschaft',
    title: 'Anerkennungspartnerschaft (§ 16d Abs. 3 AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Fachkräfte', 'Anerkennung'],
    legalRefs: ['§ 16d AufenthG'],
    versions: [{
      validFrom: '2024-03-01', changeNote: 'Neu seit der zweiten Stufe',
      body: `**Gilt ab 1. März 2024.**\n\nArbeitgeber und Fachkraft verpflichten sich, das **Anerkennungsverfahren nach der Einreise** zu betreiben. Die Person arbeitet währenddessen schon beim Arbeitgeber.\n\nTypische Nachweise: Arbeitsvertrag, Vereinbarung über die Anerkennungspartnerschaft, ausländische Qualifikation (mind. zwei Jahre Ausbildung, staatlich anerkannt), Deutschkenntnisse auf Niveau **A2**.${NOTE}`,
    }],
  },
  {
    key: 'westbalkan',
    title: 'Westbalkanregelung (§ 26 Abs. 2 BeschV)',
    unit: 'Ausländerbehörde',
    tags: ['Beschäftigung', 'Westbalkan'],
    legalRefs: ['§ 26 BeschV'],
    versions: [
      {
        validFrom: '2021-01-01', validUntil: '2024-05-31', changeNote: 'Kontingent 25.000 (im Demo-Bestand ab 2021 erfasst)',
        body: `Staatsangehörige von Albanien, Bosnien und Herzegowina, Kosovo, Montenegro, Nordmazedonien und Serbien können mit Zustimmung der Bundesagentur für Arbeit **jede Beschäftigung** aufnehmen, auch ohne anerkannte Qualifikation.\n\nKontingent: **25.000** Zustimmungen im Kalenderjahr.${NOTE}`,
      },
      {
        validFrom: '2024-06-01', changeNote: 'Kontingent verdoppelt (dritte Stufe der Reform)',
        body: `Staatsangehörige von Albanien, Bosnien und Herzegowina, Kosovo, Montenegro, Nordmazedonien und Serbien können mit Zustimmung der Bundesagentur für Arbeit **jede Beschäftigung** aufnehmen, auch ohne anerkannte Qualifikation.\n\nKontingent seit 1. Juni 2024: **50.000** Zustimmungen im Kalenderjahr.${NOTE}`,
      },
    ],
  },
  {
    key: 'familiennachzug-fachkraefte',
    title: 'Familiennachzug zu Fachkräften',
    unit: 'Ausländerbehörde',
    tags: ['Familiennachzug', 'Fachkräfte'],
    legalRefs: ['§ 29 AufenthG', '§ 30 AufenthG', '§ 36 AufenthG'],
    versions: [{
      validFrom: '2024-03-01', changeNote: 'Erweiterung mit der zweiten Stufe',
      body: `**Gilt ab 1. März 2024.**\n\n- Für den Nachzug zu Fachkräften wird **kein ausreichender Wohnraum** mehr verlangt.\n- Fachkräfte, deren Aufenthaltserlaubnis **erstmals ab dem 1. März 2024** erteilt wurde, können auch ihre **Eltern** und unter Umständen die Eltern des Ehegatten nachziehen lassen; der Lebensunterhalt muss gesichert sein.\n\nDie Einzelheiten (u. a. welche Titel erfasst sind) vor der Entscheidung in den Anwendungshinweisen prüfen.${NOTE}`,
    }],
  },
  {
    key: 'studium-16b',
    title: 'Aufenthalt zum Studium (§ 16b AufenthG): Arbeit neben dem Studium',
    unit: 'Ausländerbehörde',
    tags: ['Studium', 'Beschäftigung'],
    legalRefs: ['§ 16b AufenthG'],
    versions: [
      {
        validFrom: '2020-03-01', validUntil: '2024-02-29', changeNote: 'Rechtslage vor der Reform (ab dem Fachkräfteeinwanderungsgesetz 2020)',
        body: `Studierende dürfen neben dem Studium **120 ganze oder 240 halbe Tage** im Jahr arbeiten; studentische Nebentätigkeiten zählen nicht mit.${NOTE}`,
      },
      {
        validFrom: '2024-03-01', changeNote: 'Mehr Arbeitstage seit der zweiten Stufe',
        body: `Studierende dürfen neben dem Studium **140 ganze oder 280 halbe Tage** im Jahr arbeiten; studentische Nebentätigkeiten zählen nicht mit.${NOTE}`,
      },
    ],
  },
  {
    key: 'niederlassung',
    title: 'Niederlassungserlaubnis: allgemeine Voraussetzungen (§ 9 AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Niederlassungserlaubnis', 'Daueraufenthalt'],
    legalRefs: ['§ 9 AufenthG', '§ 18c AufenthG'],
    versions: [{
      validFrom: '2023-11-18', changeNote: 'Hinweis auf Sonderregeln für Fachkräfte',
      body: `## Allgemeine Regel (§ 9 AufenthG)\n\n- seit fünf Jahren Aufenthaltserlaubnis,\n- Lebensunterhalt gesichert,\n- mindestens 60 Monate Pflichtbeiträge oder vergleichbare Altersvorsorge,\n- ausreichende Deutschkenntnisse (B1) und Grundkenntnisse der Rechts- und Gesellschaftsordnung,\n- ausreichender Wohnraum, keine entgegenstehenden Gründe der öffentlichen Sicherheit.\n\n## Fachkräfte\n\nFür Fachkräfte und Inhaber der Blauen Karte EU gelten kürzere Fristen (§ 18c AufenthG); vor der Entscheidung die jeweils geltende Frist prüfen.${NOTE}`,
    }],
  },
  {
    key: 'einbuergerung',
    title: 'Einbürgerung: Voraufenthaltszeiten',
    unit: 'Ausländerbehörde',
    tags: ['Einbürgerung', 'Staatsangehörigkeit'],
    legalRefs: ['§ 10 StAG'],
    versions: [
      {
        validFrom: '2020-01-01', validUntil: '2024-06-26', changeNote: 'Rechtslage vor der Modernisierung (im Demo-Bestand ab 2020 erfasst)',
        body: `Anspruchseinbürgerung in der Regel nach **acht Jahren** rechtmäßigem gewöhnlichem Aufenthalt; Verkürzung auf sieben Jahre mit erfolgreichem Integrationskurs und auf bis zu sechs Jahre bei besonderen Integrationsleistungen. Grundsätzlich Aufgabe der bisherigen Staatsangehörigkeit.${NOTE}`,
      },
      {
        validFrom: '2024-06-27', changeNote: 'Gesetz zur Modernisierung des Staatsangehörigkeitsrechts',
        body: `**Gilt ab 27. Juni 2024.**\n\n- Anspruchseinbürgerung in der Regel nach **fünf Jahren** rechtmäßigem gewöhnlichem Aufenthalt.\n- Mehrstaatigkeit wird grundsätzlich hingenommen; die bisherige Staatsangehörigkeit muss nicht mehr aufgegeben werden.\n- Weitere Voraussetzungen (Lebensunterhalt, Sprachkenntnisse B1, Einbürgerungstest, Bekenntnis) bleiben; Einzelheiten in § 10 StAG.${NOTE}`,
      },
    ],
  },
];
