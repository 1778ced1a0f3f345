// The demo district's process map: service areas (Leistungsbereiche) of an
// immigration office and its neighbours, each with its processes, owners
// (unit names of the demo district, or a demo staff member's e-mail), the
// titles of the demo concerns they serve, and where one exists the key of a
// full BPMN model (models.ts).

export interface DemoProcess {
  title: string;
  description: string;
  owner: { unit: string } | { staffEmail: string } | null;
  concerns?: string[];
  model?: string;
}

export interface DemoGroup {
  name: string;
  processes: DemoProcess[];
}

const ABH = { unit: 'Ausländerbehörde' };
const ASYLBLG = { unit: 'Asylbewerberleistungen' };
const HOUSING = { unit: 'Unterbringung' };
const INTEGRATION = { unit: 'Integrationsberatung' };
const JOBCENTRE = { unit: 'Jobcenter' };
const INTAKE = { unit: 'Eingangszone' };

export const demoCatalogue: DemoGroup[] = [
  {
    name: 'Aufenthalt und Erwerbsmigration',
    processes: [
      { title: 'Verlängerung der Aufenthaltserlaubnis', description: 'Vom Antrag über die Prüfung der Erteilungsvoraussetzungen bis zur Aushändigung des verlängerten Titels.', owner: ABH, concerns: ['Aufenthaltserlaubnis verlängern'], model: 'ae_verlaengerung' },
      { title: 'Erteilung einer Niederlassungserlaubnis', description: 'Unbefristeter Aufenthalt nach § 9 AufenthG und den Sonderregeln für Fachkräfte (§ 18c).', owner: ABH, concerns: ['Niederlassungserlaubnis (unbefristeter Aufenthalt)'] },
      { title: 'Erlaubnis zum Daueraufenthalt – EU', description: 'Daueraufenthalt nach § 9a AufenthG mit Prüfung der fünf Jahre rechtmäßigen Aufenthalts.', owner: ABH },
      { title: 'Erteilung der Blauen Karte EU', description: 'Blaue Karte EU nach § 18g AufenthG mit Gehaltsschwellen, Anerkennung des Abschlusses und Zustimmung der BA.', owner: ABH, concerns: ['Blaue Karte EU'], model: 'blaue_karte' },
      { title: 'Beschleunigtes Fachkräfteverfahren', description: 'Verfahren nach § 81a AufenthG auf Antrag des Arbeitgebers bis zur Vorabzustimmung an die Auslandsvertretung.', owner: ABH, model: 'fachkraefteverfahren' },
      { title: 'Aufenthaltserlaubnis für Fachkräfte mit Berufsausbildung oder Studium', description: 'Erteilung nach §§ 18a und 18b AufenthG einschließlich Zustimmung der Bundesagentur für Arbeit.', owner: ABH },
      { title: 'Chancenkarte zur Arbeitsplatzsuche', description: 'Aufenthalt zur Arbeitssuche nach § 20a AufenthG mit Punktesystem.', owner: ABH, concerns: ['Chancenkarte zur Arbeitssuche'] },
      { title: 'Aufenthaltserlaubnis zum Studium', description: 'Erteilung und Verlängerung nach § 16b AufenthG, Nachweis der Sicherung des Lebensunterhalts.', owner: ABH, concerns: ['Aufenthaltserlaubnis zum Studium'] },
      { title: 'Familiennachzug: Zustimmung zum Visum', description: 'Beteiligung der Ausländerbehörde am Visumverfahren zum Familiennachzug (§ 31 AufenthV).', owner: ABH, concerns: ['Familiennachzug'] },
      { title: 'Beschäftigungserlaubnis erteilen', description: 'Erlaubnis der Erwerbstätigkeit für Personen mit Gestattung oder Duldung (§ 4a AufenthG, § 61 AsylG).', owner: ABH, concerns: ['Beschäftigungserlaubnis (Arbeitserlaubnis)'] },
      { title: 'Wohnsitzauflage ändern oder aufheben', description: 'Prüfung nach § 12a AufenthG bei Arbeit, Ausbildung, Studium oder Härtefall.', owner: ABH, concerns: ['Wohnsitzauflage aufheben oder ändern'] },
    ],
  },
  {
    name: 'Dokumente und Titel',
    processes: [
      { title: 'Ausstellung des elektronischen Aufenthaltstitels (eAT)', description: 'Biometrie, Bestellung bei der Bundesdruckerei, PIN-Brief und Aushändigung.', owner: ABH, concerns: ['Fertige Aufenthaltskarte (eAT) abholen'], model: 'eat' },
      { title: 'Fiktionsbescheinigung ausstellen', description: 'Bescheinigung nach § 81 Abs. 5 AufenthG, solange über einen rechtzeitigen Antrag nicht entschieden ist.', owner: ABH, concerns: ['Fiktionsbescheinigung'] },
      { title: 'Übertrag des Aufenthaltstitels in einen neuen Pass', description: 'Änderung der Passdaten auf dem eAT oder Neuausstellung bei Passwechsel.', owner: ABH, concerns: ['Aufenthaltstitel auf neuen Pass übertragen'] },
      { title: 'Verlust oder Diebstahl des Aufenthaltstitels', description: 'Sperrung, Verlustanzeige und Ersatzausstellung.', owner: ABH, concerns: ['Aufenthaltstitel verloren oder gestohlen'] },
      { title: 'Reiseausweis ausstellen', description: 'Reiseausweis für Flüchtlinge oder für Ausländer bei Unzumutbarkeit der Passbeschaffung.', owner: ABH, concerns: ['Reiseausweis für Flüchtlinge oder für Ausländer'] },
      { title: 'Verpflichtungserklärung entgegennehmen', description: 'Beglaubigung der Verpflichtungserklärung nach § 68 AufenthG mit Bonitätsprüfung.', owner: ABH, concerns: ['Verpflichtungserklärung für Besuch aus dem Ausland'], model: 'verpflichtungserklaerung' },
    ],
  },
  {
    name: 'Asyl, Duldung und Bleiberecht',
    processes: [
      { title: 'Aufenthaltsgestattung ausstellen und verlängern', description: 'Bescheinigung über die Aufenthaltsgestattung während des Asylverfahrens (§ 63 AsylG).', owner: ABH, concerns: ['Aufenthaltsgestattung verlängern'] },
      { title: 'Duldung erteilen und verlängern', description: 'Aussetzung der Abschiebung nach § 60a AufenthG, Nebenbestimmungen und Mitwirkungspflichten.', owner: ABH, concerns: ['Duldung verlängern'] },
      { title: 'Ausbildungsduldung', description: 'Duldung für die Dauer einer qualifizierten Berufsausbildung nach § 60c AufenthG.', owner: ABH },
      { title: 'Beschäftigungsduldung', description: 'Duldung bei nachhaltiger Beschäftigung nach § 60d AufenthG.', owner: ABH },
      { title: 'Aufenthaltserlaubnis für gut integrierte Jugendliche (§ 25a)', description: 'Bleiberecht für junge Menschen unter 27 Jahren mit positiver Integrationsprognose.', owner: ABH, model: 'paragraf_25a' },
      { title: 'Aufenthaltserlaubnis bei nachhaltiger Integration (§ 25b)', description: 'Bleiberecht nach sechs (mit Kindern vier) Jahren Voraufenthalt bei überwiegender Lebensunterhaltssicherung.', owner: ABH },
      { title: 'Chancen-Aufenthaltsrecht (§ 104c)', description: 'Probeaufenthalt für langjährig Geduldete, um die Voraussetzungen der §§ 25a, 25b zu erfüllen.', owner: ABH },
      { title: 'Spurwechsel vom Asylverfahren in die Beschäftigung', description: 'Prüfung eines Aufenthaltstitels zur Beschäftigung nach Rücknahme des Asylantrags (Stichtagsregelung 29. März 2023).', owner: ABH },
      { title: 'Umverteilungsantrag bearbeiten', description: 'Länderübergreifende oder landesinterne Umverteilung wegen Haushaltsgemeinschaft oder Härte.', owner: ABH },
      { title: 'Passbeschaffung und Mitwirkungspflichten', description: 'Aufforderung zur Passbeschaffung, Vorsprache bei Botschaften, Dokumentation der Mitwirkung.', owner: ABH },
      { title: 'Rückkehrberatung und freiwillige Ausreise', description: 'Vermittlung in Rückkehrberatung und Förderprogramme (REAG/GARP), Grenzübertrittsbescheinigung.', owner: ABH },
    ],
  },
  {
    name: 'Einbürgerung',
    processes: [
      { title: 'Einbürgerungsantrag bearbeiten', description: 'Anspruchseinbürgerung nach § 10 StAG von der Antragstellung bis zur Urkunde.', owner: ABH, concerns: ['Einbürgerung: Erstberatung'], model: 'einbuergerung' },
      { title: 'Staatsangehörigkeitsausweis ausstellen', description: 'Feststellung der deutschen Staatsangehörigkeit nach § 30 StAG.', owner: ABH },
      { title: 'Einbürgerungsfeier vorbereiten', description: 'Einladung, Ablauf und Aushändigung der Urkunden im feierlichen Rahmen.', owner: { staffEmail: 'leitung.abh@musterland.example' } },
    ],
  },
  {
    name: 'Leistungen nach dem AsylbLG',
    processes: [
      { title: 'Erstantrag auf Leistungen nach dem AsylbLG', description: 'Aufnahme, Berechnung und Bewilligung der Grundleistungen nach §§ 3, 3a AsylbLG.', owner: ASYLBLG, concerns: ['Leistungen nach dem Asylbewerberleistungsgesetz beantragen'], model: 'asylblg_erstantrag' },
      { title: 'Weiterbewilligung von AsylbLG-Leistungen', description: 'Prüfung geänderter Verhältnisse und Weiterbewilligung.', owner: ASYLBLG },
      { title: 'Behandlungsschein ausstellen', description: 'Krankenbehandlung nach §§ 4 und 6 AsylbLG, Kostenübernahme und Abrechnung.', owner: ASYLBLG, concerns: ['Behandlungsschein für Arzt oder Zahnarzt'] },
      { title: 'Bezahlkarte ausgeben und sperren', description: 'Ausgabe, Aufladung, Sperrung und Ersatz der Bezahlkarte.', owner: ASYLBLG },
      { title: 'Analogleistungen nach § 2 AsylbLG prüfen', description: 'Übergang zu Leistungen entsprechend dem SGB XII nach 36 Monaten Aufenthalt.', owner: ASYLBLG },
      { title: 'Rechtskreiswechsel in das SGB II', description: 'Übergabe an das Jobcenter nach Anerkennung, Erstattungsansprüche und Aktenübergabe.', owner: ASYLBLG, concerns: ['Bürgergeld nach der Anerkennung (Wechsel ins Jobcenter)'] },
      { title: 'Notfallhilfe bei fehlenden Mitteln', description: 'Sofortige Hilfe in bar oder als Gutschein, wenn am Tag keine Mittel für Essen vorhanden sind.', owner: ASYLBLG, concerns: ['Notfall: kein Geld für Essen'] },
    ],
  },
  {
    name: 'Unterbringung',
    processes: [
      { title: 'Aufnahme in eine Gemeinschaftsunterkunft', description: 'Von der Zuweisung des Landes über die Platzsuche bis zur Erstversorgung.', owner: HOUSING, concerns: ['Unterkunft: Platz, Umzug oder eigene Wohnung'], model: 'gu_aufnahme' },
      { title: 'Umzug innerhalb der Unterkünfte', description: 'Verlegung wegen Familienzusammenführung, Schutzbedarf oder Belegungssteuerung.', owner: HOUSING },
      { title: 'Auszug in eigenen Wohnraum', description: 'Vermittlung aus dem Wohnungskontingent, Mietübernahme und Übergabe an private Mietverhältnisse.', owner: HOUSING },
      { title: 'Notunterbringung am selben Tag', description: 'Sofortige Unterbringung bei Obdachlosigkeit, Zuständigkeitsklärung im Nachgang.', owner: HOUSING, concerns: ['Notfall: heute keine Unterkunft'] },
      { title: 'Belegungsmeldung an das Land', description: 'Wöchentliche Meldung freier und belegter Plätze.', owner: HOUSING },
      { title: 'Verstöße gegen die Hausordnung bearbeiten', description: 'Anhörung, Dokumentation und Maßnahmen bei Verstößen in der Unterkunft.', owner: HOUSING },
      { title: 'Gewaltschutz in Unterkünften', description: 'Schutzkonzept, Meldewege und sofortige Trennung bei Gewaltvorfällen.', owner: { staffEmail: 'admin@musterland.example' } },
    ],
  },
  {
    name: 'Integration und Beratung',
    processes: [
      { title: 'Integrationskurs: Berechtigung und Verpflichtung', description: 'Prüfung von Anspruch und Verpflichtung, Berechtigungsschein und Vermittlung an Kursträger.', owner: INTEGRATION, concerns: ['Berechtigung zum Integrationskurs'], model: 'integrationskurs' },
      { title: 'Integrationsvereinbarung abschließen', description: 'Ziele und Maßnahmen mit der Person vereinbaren, unterschreiben und fortschreiben.', owner: INTEGRATION, concerns: ['Integrationsberatung'] },
      { title: 'Anerkennung ausländischer Berufsabschlüsse begleiten', description: 'Beratung, zuständige Stelle finden, Antrag und Anpassungsqualifizierung.', owner: INTEGRATION, concerns: ['Beratung zur Anerkennung ausländischer Berufsabschlüsse'] },
      { title: 'Kita- und Schulplatzvermittlung', description: 'Bedarf erfassen, mit Jugendamt und Schulamt abstimmen, Platz vermitteln.', owner: INTEGRATION, concerns: ['Unterstützung bei der Suche nach einem Kita-Platz'] },
      { title: 'Vermittlung an Migrationsberatung (MBE) und Jugendmigrationsdienst', description: 'Übergabe an Beratungsstellen der Wohlfahrtsverbände mit Einwilligung.', owner: INTEGRATION },
      { title: 'Fallkonferenz einberufen', description: 'Mehrere Stellen und Partner beraten einen schwierigen Fall mit befristetem Zugang.', owner: INTEGRATION },
    ],
  },
  {
    name: 'Arbeit und Jobcenter',
    processes: [
      { title: 'Erstantrag auf Bürgergeld nach Anerkennung', description: 'Antragsaufnahme nach Rechtskreiswechsel, Bedarfsgemeinschaft und Kosten der Unterkunft.', owner: JOBCENTRE },
      { title: 'Kooperationsplan erstellen', description: 'Gemeinsamer Plan zur Eingliederung in Arbeit nach § 15 SGB II.', owner: JOBCENTRE },
      { title: 'Vermittlung in Berufssprachkurse', description: 'Zuweisung in Berufssprachkurse nach der DeuFöV.', owner: JOBCENTRE },
      { title: 'Job-Turbo: Arbeitsmarktintegration Geflüchteter', description: 'Engmaschige Begleitung nach dem Integrationskurs in die erste Beschäftigung.', owner: JOBCENTRE },
    ],
  },
  {
    name: 'Eingangszone und Service',
    processes: [
      { title: 'Triage des Anliegens in der Eingangszone', description: 'Anliegen klären, Wartenummer ziehen, an die zuständige Stelle leiten.', owner: INTAKE },
      { title: 'Terminvergabe online und am Telefon', description: 'Buchung, Bestätigung, Umbuchung und faire Verteilung knapper Termine.', owner: INTAKE },
      { title: 'Posteingang und E-Mail-Triage', description: 'Eingänge sichten, Anliegen und Stelle zuordnen, Fristen überwachen.', owner: INTAKE },
      { title: 'Dolmetscheinsatz organisieren', description: 'Sprachmittlung vor Ort, per Video oder Telefon anfordern und abrechnen.', owner: INTAKE },
      { title: 'Beschwerden und Lob bearbeiten', description: 'Eingang, Stellungnahme der Fachstelle, Antwort binnen zwei Wochen.', owner: null },
    ],
  },
  {
    name: 'Querschnitt und Organisation',
    processes: [
      { title: 'Elektronische Akte anlegen', description: 'Anlage der E-Akte, Zuordnung der Abschnitte zu den Stellen, Scannen von Papiereingängen.', owner: null },
      { title: 'Löschfristen und Aussonderung', description: 'Prüfung der Aufbewahrungsfristen, Löschung und Abgabe an das Archiv.', owner: { staffEmail: 'datenschutz@musterland.example' } },
      { title: 'Auskunft nach Art. 15 DSGVO', description: 'Auskunftsersuchen prüfen, Daten zusammenstellen und binnen eines Monats beantworten.', owner: { staffEmail: 'datenschutz@musterland.example' } },
      { title: 'Einarbeitung neuer Mitarbeitender', description: 'Einarbeitungspfad, Patenschaft im Team und Freigabe der Zugänge.', owner: { staffEmail: 'leitung.abh@musterland.example' } },
      { title: 'Gebühren erheben und buchen', description: 'Gebühren nach der AufenthV festsetzen, Befreiungen prüfen, Zahlung buchen.', owner: ABH },
    ],
  },
];
