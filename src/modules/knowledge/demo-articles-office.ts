import { NOTE, type DemoArticle } from './demo-types.js';

// How the office works: first days, data protection, interpreters, the
// inbox, renewals and integration courses.

export const officeArticles: DemoArticle[] = [
  {
    key: 'orientierung-abh',
    title: 'Willkommen in der Ausländerbehörde: die ersten Tage',
    unit: 'Ausländerbehörde',
    tags: ['Einarbeitung', 'Organisation'],
    legalRefs: [],
    versions: [{
      validFrom: '2024-01-01', changeNote: 'Erstfassung',
      body: `## Wer macht was\n\n- **Eingangszone:** nimmt Anliegen ohne Termin auf und leitet weiter.\n- **Sachbearbeitung:** entscheidet über Titel, Duldungen und Erlaubnisse.\n- **Leitung:** Einarbeitung, schwierige Fälle, Fallkonferenzen.\n\n## Erste Woche\n\n1. Zugang zu Lotse einrichten (Passwort und zweiter Faktor).\n2. Einarbeitungspfad in der Wissensbasis Schritt für Schritt lesen und bestätigen.\n3. Zwei Tage bei einer erfahrenen Kollegin mitsitzen.\n\nFragen gern jederzeit an die Leitung.`,
    }],
  },
  {
    key: 'datenschutz-akte',
    title: 'Datenschutz in der E-Akte: was wir sehen dürfen',
    unit: 'Ausländerbehörde',
    tags: ['Datenschutz', 'Einarbeitung'],
    legalRefs: ['Art. 9 DSGVO', '§ 86 AufenthG', '§ 87 AufenthG'],
    versions: [{
      validFrom: '2024-01-01', changeNote: 'Erstfassung',
      body: `- **Erforderlichkeit:** Wir lesen nur die Teile einer Akte, die wir für die Aufgabe brauchen. Jeder Zugriff wird protokolliert.\n- **Besondere Kategorien** (Gesundheit, Religion, Fluchtgründe) nur, wenn sie für die Entscheidung nötig sind.\n- **Weitergabe** an andere Stellen nur mit Rechtsgrundlage (z. B. Übermittlungspflichten nach § 87 AufenthG) oder mit dokumentierter Einwilligung.\n- Auskunftsersuchen der betroffenen Person an die Leitung geben.${NOTE}`,
    }],
  },
  {
    key: 'sprachmittlung',
    title: 'Sprachmittlung und Dolmetschen bei Vorsprachen',
    unit: 'Eingangszone',
    tags: ['Organisation', 'Sprache'],
    legalRefs: ['§ 23 VwVfG'],
    versions: [{
      validFrom: '2024-01-01', changeNote: 'Erstfassung',
      body: `Die Amtssprache ist Deutsch (§ 23 VwVfG). Damit Vorsprachen gelingen:\n\n- Bei der Terminvergabe nach der Sprache fragen und im Termin vermerken.\n- Für Anhörungen und Belehrungen beauftragte Dolmetscherinnen und Dolmetscher einsetzen, keine Kinder.\n- Kurze Auskünfte: Telefondolmetschdienst des Kreises nutzen.\n- Wichtige Schreiben in einfacher Sprache ergänzen.`,
    }],
  },
  {
    key: 'posteingang',
    title: 'Posteingang: Anträge sichten und Fristen setzen',
    unit: 'Ausländerbehörde',
    tags: ['Organisation', 'Fristen'],
    legalRefs: ['§ 81 AufenthG'],
    versions: [{
      validFrom: '2024-01-01', changeNote: 'Erstfassung',
      body: `1. Eingangsdatum festhalten – es entscheidet über die Fortgeltungsfiktion (§ 81 Abs. 4 AufenthG).\n2. Anliegen zuordnen und an die zuständige Sachbearbeitung weiterleiten.\n3. Fehlende Unterlagen mit Frist nachfordern.\n4. Bei drohendem Titelablauf sofort Fiktionsbescheinigung prüfen.`,
    }],
  },
  {
    key: 'verlaengerung',
    title: 'Verlängerung einer Aufenthaltserlaubnis: Ablauf und Unterlagen',
    unit: 'Ausländerbehörde',
    tags: ['Verlängerung', 'Unterlagen'],
    legalRefs: ['§ 8 AufenthG', '§ 81 AufenthG'],
    versions: [{
      validFrom: '2024-01-01', changeNote: 'Erstfassung',
      body: `## Unterlagen (Regelfall)\n\n- gültiger Pass, aktuelles biometrisches Lichtbild,\n- Nachweise zum Aufenthaltszweck (z. B. Arbeitsvertrag, Immatrikulation),\n- Nachweise zum Lebensunterhalt und zur Krankenversicherung,\n- Mietvertrag oder Meldebescheinigung.\n\n## Ablauf\n\nAntrag vor Ablauf des Titels (dann Fortgeltung, § 81 Abs. 4), Prüfung, Bestellung des elektronischen Aufenthaltstitels, Ausgabe mit PIN-Brief.${NOTE}`,
    }],
  },
  {
    key: 'integrationskurs',
    title: 'Integrationskurs: Berechtigung und Verpflichtung',
    unit: 'Integrationsberatung',
    tags: ['Integration', 'Sprache'],
    legalRefs: ['§ 44 AufenthG', '§ 44a AufenthG'],
    versions: [{
      validFrom: '2024-01-01', changeNote: 'Erstfassung',
      body: `- **Berechtigung** (§ 44): u. a. bei erstmaliger Erteilung bestimmter Aufenthaltserlaubnisse auf Dauer.\n- **Verpflichtung** (§ 44a): u. a. wenn keine einfachen Deutschkenntnisse vorliegen; die Ausländerbehörde stellt sie fest.\n- Ausstellung des Berechtigungsscheins und Hinweis auf Kursträger in der Nähe.\n- Abschluss: Deutsch-Test für Zuwanderer (Ziel B1) und Test „Leben in Deutschland“.${NOTE}`,
    }],
  },
];
