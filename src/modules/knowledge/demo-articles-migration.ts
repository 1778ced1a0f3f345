import { NOTE, type DemoArticle } from './demo-types.js';

// Residence perspectives for people from the asylum procedure and with a
// Duldung: change of track, well-integrated young people, sustainable
// integration, training and employment toleration.

export const migrationArticles: DemoArticle[] = [
  {
    key: 'spurwechsel',
    title: 'Spurwechsel: vom Asylverfahren in die Beschäftigung',
    unit: 'Ausländerbehörde',
    tags: ['Spurwechsel', 'Asyl', 'Beschäftigung', 'Fachkräfte'],
    legalRefs: ['§ 10 Abs. 3 AufenthG', '§ 18a AufenthG', '§ 18b AufenthG', '§ 19c AufenthG', '§ 60c AufenthG', '§ 60d AufenthG'],
    reviewBy: '2026-03-31',
    versions: [{
      validFrom: '2024-03-01', changeNote: 'Neue Möglichkeit mit der zweiten Stufe der Fachkräftereform',
      body: `**Stand: 1. März 2024.**\n\n## Worum es geht\n\nMenschen im Asylverfahren, die als Fachkraft arbeiten könnten, sollen nicht erst ausreisen müssen. Grundsätzlich sperrt ein laufendes oder abgelehntes Asylverfahren die Erteilung vieler Aufenthaltstitel (§ 10 AufenthG). Seit dem 1. März 2024 gibt es dazu eine Ausnahme.\n\n## Voraussetzungen (Kurzfassung)\n\n- **Einreise vor dem 29. März 2023**,\n- der **Asylantrag wird zurückgenommen**,\n- die Voraussetzungen eines Titels für Fachkräfte liegen vor, insbesondere als Fachkraft mit Berufsausbildung oder akademischer Ausbildung (§§ 18a, 18b AufenthG) oder für eine Beschäftigung mit ausgeprägter berufspraktischer Erfahrung (§ 19c Abs. 2 AufenthG),\n- die allgemeinen Erteilungsvoraussetzungen (u. a. Identität, Lebensunterhalt) sind erfüllt.\n\n## Beratung vor der Rücknahme\n\nDie Rücknahme des Asylantrags ist endgültig. Vor dem Schritt sollten die Person und – wenn gewünscht – eine Migrationsberatung prüfen, ob alle Voraussetzungen wirklich vorliegen; wir entscheiden erst über einen vollständigen Antrag.\n\n## Andere Wege aus der Duldung\n\nFür Geduldete kommen daneben die Ausbildungsduldung (§ 60c), die Beschäftigungsduldung (§ 60d) und die Aufenthaltserlaubnisse nach §§ 25a, 25b AufenthG in Betracht – siehe die eigenen Artikel.${NOTE}`,
    }],
  },
  {
    key: 'aufenthalt-25a',
    title: 'Aufenthaltserlaubnis für gut integrierte Jugendliche und junge Volljährige (§ 25a AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Bleiberecht', 'Jugendliche', 'Duldung'],
    legalRefs: ['§ 25a AufenthG'],
    versions: [
      {
        validFrom: '2020-01-01', validUntil: '2022-12-30', changeNote: 'Rechtslage vor dem Chancen-Aufenthaltsrecht (im Demo-Bestand ab 2020 erfasst)',
        body: `## Voraussetzungen (Rechtslage bis 30. Dezember 2022)\n\n- Jugendliche oder Heranwachsende, Antrag **vor Vollendung des 21. Lebensjahres**,\n- seit **vier Jahren** ununterbrochen erlaubt, geduldet oder gestattet im Bundesgebiet,\n- in der Regel vier Jahre erfolgreicher Schulbesuch oder ein anerkannter Abschluss,\n- positive Integrationsprognose und Bekenntnis zur freiheitlichen demokratischen Grundordnung.${NOTE}`,
      },
      {
        validFrom: '2022-12-31', changeNote: 'Chancen-Aufenthaltsrechtsgesetz: kürzere Fristen, höhere Altersgrenze',
        body: `## Voraussetzungen (seit 31. Dezember 2022)\n\n- Jugendliche und junge Volljährige, Antrag **vor Vollendung des 27. Lebensjahres**,\n- geduldet (zu Dauer und Art der Vorduldung Abs. 1 Nr. 1 im Wortlaut prüfen),\n- seit **drei Jahren** ununterbrochen erlaubt, geduldet oder gestattet im Bundesgebiet,\n- in der Regel **drei Jahre** erfolgreicher Schulbesuch oder ein anerkannter Schul- oder Berufsabschluss,\n- es ist zu erwarten, dass sich die Person in die Lebensverhältnisse einfügt; Bekenntnis zur freiheitlichen demokratischen Grundordnung.\n\n## Familie\n\nEltern und minderjährige Geschwister können unter den Voraussetzungen des Abs. 2 eine Aufenthaltserlaubnis erhalten.\n\n## Lebensunterhalt\n\nSolange Schule, Ausbildung oder Studium laufen, steht der Bezug öffentlicher Leistungen der Erteilung nicht entgegen.${NOTE}`,
      },
    ],
  },
  {
    key: 'aufenthalt-25b',
    title: 'Aufenthaltserlaubnis bei nachhaltiger Integration (§ 25b AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Bleiberecht', 'Duldung'],
    legalRefs: ['§ 25b AufenthG'],
    versions: [
      {
        validFrom: '2020-01-01', validUntil: '2022-12-30', changeNote: 'Rechtslage vor dem Chancen-Aufenthaltsrecht (im Demo-Bestand ab 2020 erfasst)',
        body: `Voraufenthalt: **acht Jahre**, mit minderjährigem ledigem Kind in häuslicher Gemeinschaft **sechs Jahre**. Weitere Voraussetzungen: überwiegende Sicherung des Lebensunterhalts, Deutsch A2, Bekenntnis zur freiheitlichen demokratischen Grundordnung, Schulbesuch der Kinder.${NOTE}`,
      },
      {
        validFrom: '2022-12-31', changeNote: 'Kürzere Voraufenthaltszeiten',
        body: `Voraufenthalt: **sechs Jahre**, mit minderjährigem ledigem Kind in häuslicher Gemeinschaft **vier Jahre**. Weitere Voraussetzungen unverändert: überwiegende Sicherung des Lebensunterhalts, Deutsch A2, Bekenntnis zur freiheitlichen demokratischen Grundordnung, Schulbesuch der Kinder.${NOTE}`,
      },
    ],
  },
  {
    key: 'duldung-60a',
    title: 'Duldung (§ 60a AufenthG): Grundlagen für die Sachbearbeitung',
    unit: 'Ausländerbehörde',
    tags: ['Duldung', 'Grundlagen'],
    legalRefs: ['§ 60a AufenthG', '§ 60b AufenthG'],
    versions: [{
      validFrom: '2020-01-01', changeNote: 'Grundlagenartikel',
      body: `Die Duldung ist **kein Aufenthaltstitel**, sondern die Bescheinigung, dass die Abschiebung vorübergehend ausgesetzt ist.\n\n## Prüfschritte\n\n1. Liegt ein rechtliches oder tatsächliches Abschiebungshindernis vor (z. B. fehlende Reisedokumente, Krankheit, familiäre Bindungen)?\n2. Sind dringende humanitäre oder persönliche Gründe gegeben (Ermessensduldung)?\n3. Ist die Identität ungeklärt und hat die Person das zu vertreten? Dann Duldung für Personen mit ungeklärter Identität (§ 60b) prüfen.\n\n## Bleibeperspektiven\n\nAus der Duldung heraus: Ausbildungsduldung (§ 60c), Beschäftigungsduldung (§ 60d), §§ 25a und 25b AufenthG. Bei jeder Verlängerung aktiv ansprechen.${NOTE}`,
    }],
  },
  {
    key: 'ausbildungsduldung',
    title: 'Ausbildungsduldung (§ 60c AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Duldung', 'Ausbildung'],
    legalRefs: ['§ 60c AufenthG'],
    versions: [{
      validFrom: '2020-01-01', changeNote: 'Grundlagenartikel',
      body: `Für die Dauer einer **qualifizierten Berufsausbildung** (staatlich anerkannter Ausbildungsberuf) oder einer Assistenz- bzw. Helferausbildung mit anschließender Aussicht auf eine qualifizierte Ausbildung.\n\n- Identität muss geklärt sein (Fristen in Abs. 2 beachten),\n- keine konkreten Maßnahmen zur Aufenthaltsbeendigung eingeleitet,\n- keine Ausschlussgründe (z. B. Straftaten oberhalb der Bagatellgrenzen).\n\nNach erfolgreichem Abschluss und passender Beschäftigung kommt eine Aufenthaltserlaubnis nach § 19d AufenthG in Betracht.${NOTE}`,
    }],
  },
  {
    key: 'beschaeftigungsduldung',
    title: 'Beschäftigungsduldung (§ 60d AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Duldung', 'Beschäftigung'],
    legalRefs: ['§ 60d AufenthG'],
    reviewBy: '2025-09-30',
    versions: [{
      validFrom: '2024-03-01', changeNote: 'Voraussetzungen 2024 gelockert',
      body: `**Stand: März 2024.** Die Voraussetzungen wurden 2024 gelockert; vor der Entscheidung mit dem aktuellen Gesetzestext abgleichen.\n\nFür Geduldete, die ihren Lebensunterhalt durch eine **sozialversicherungspflichtige Beschäftigung** sichern:\n\n- Einreise bis zu einem Stichtag (Abs. 1 Nr. 1 prüfen),\n- Identität geklärt,\n- Vorbeschäftigung und Mindestwochenarbeitszeit nach Abs. 1 (Umfang im aktuellen Wortlaut prüfen),\n- Lebensunterhalt gesichert, hinreichende Deutschkenntnisse,\n- keine Straftaten oberhalb der Bagatellgrenzen.\n\nDie Beschäftigungsduldung wird für 30 Monate erteilt; danach kommt § 25b Abs. 6 AufenthG in Betracht.${NOTE}`,
    }],
  },
  {
    key: 'arbeitsmarktzugang',
    title: 'Beschäftigungserlaubnis für Asylsuchende und Geduldete',
    unit: 'Ausländerbehörde',
    tags: ['Beschäftigung', 'Asyl', 'Duldung'],
    legalRefs: ['§ 61 AsylG', '§ 4a AufenthG', '§ 32 BeschV'],
    versions: [{
      validFrom: '2024-03-01', changeNote: 'Überarbeitet',
      body: `Asylsuchende (Aufenthaltsgestattung) und Geduldete brauchen für eine Beschäftigung eine **Erlaubnis der Ausländerbehörde**, meist mit Zustimmung der Bundesagentur für Arbeit.\n\n- Wartezeiten und Ausschlussgründe (u. a. Wohnpflicht in einer Aufnahmeeinrichtung, sichere Herkunftsstaaten, Duldung für Personen mit ungeklärter Identität) im aktuellen Wortlaut von § 61 AsylG und § 60a Abs. 6 AufenthG prüfen – sie wurden mehrfach geändert.\n- Die Erlaubnis wird arbeitgeberbezogen eingetragen; bei Wechsel neu beantragen.\n\nIntern: Antrag mit Stellenbeschreibung direkt an die BA-Zustimmung weiterleiten, Frist im Posteingang setzen.${NOTE}`,
    }],
  },
  {
    key: 'fiktionsbescheinigung',
    title: 'Fiktionsbescheinigung (§ 81 AufenthG)',
    unit: 'Ausländerbehörde',
    tags: ['Verlängerung', 'Bescheinigung'],
    legalRefs: ['§ 81 Abs. 3 AufenthG', '§ 81 Abs. 4 AufenthG', '§ 81 Abs. 5 AufenthG'],
    versions: [{
      validFrom: '2020-01-01', changeNote: 'Grundlagenartikel',
      body: `Wer **rechtzeitig vor Ablauf** seines Titels die Verlängerung beantragt, behält bis zur Entscheidung seine Rechte (Fortgeltungsfiktion, § 81 Abs. 4). Die Fiktionsbescheinigung (§ 81 Abs. 5) weist das nach – wichtig für Arbeitgeber, Jobcenter und Vermieter.\n\n- Antrag nach Ablauf: nur in Ausnahmefällen Fortgeltung anordnen (Abs. 4 Satz 3).\n- Ersterteilung bei rechtmäßigem Aufenthalt ohne Titel: Erlaubnisfiktion (Abs. 3).\n\nDie Bescheinigung befristet ausstellen und bei längerer Bearbeitung rechtzeitig verlängern.${NOTE}`,
    }],
  },
];
