import type { Actor } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { publishConsentTextAs } from './consent.js';

// The demo district's consent texts, so that consent can be recorded and a
// case conference started on a fresh install. Real districts publish their
// own, checked by their data-protection officer (POST /api/consent-texts).

export const DEMO_CONFERENCE_CONSENT_PURPOSE = 'Fallkonferenz mit Partnerorganisationen';

const DEMO_CONSENT_TEXTS: ReadonlyArray<{ purpose: string; body: string }> = [
  {
    purpose: DEMO_CONFERENCE_CONSENT_PURPOSE,
    body: `Einwilligung in die Fallkonferenz

Ich bin damit einverstanden, dass der Landkreis Musterland für eine Fallkonferenz (gemeinsame Fallbesprechung) Angaben aus meiner Akte an die eingeladenen Stellen weitergibt. Weitergegeben werden nur die Bereiche meiner Akte, die in der Einladung zur Fallkonferenz genannt sind, zum Beispiel Integrationsberatung oder Jobcenter. Eingeladen werden können Stellen des Landkreises (zum Beispiel Ausländerbehörde, Integrationsberatung, Jobcenter) und Beraterinnen und Berater von Partnerorganisationen (zum Beispiel die Migrationsberatung der Diakonie Musterland).

Zweck: Die Beteiligten besprechen meine Situation gemeinsam und vereinbaren mit mir die nächsten Schritte (zum Beispiel Sprachkurs, Ausbildung, Arbeit oder Wohnen).

Die Beraterinnen und Berater der Partnerorganisationen sehen nur die genannten Bereiche dieser einen Akte und nur bis zu dem Enddatum, das in der Einladung steht. Andere Bereiche meiner Akte sehen sie nicht. Sie dürfen die Angaben nur für diese Beratung verwenden und nicht an andere weitergeben. Jeder Zugriff wird protokolliert.

Meine Einwilligung ist freiwillig. Wenn ich nicht einwillige oder sie widerrufe, entstehen mir bei meinem Anliegen keine Nachteile; die Stellen beraten mich dann jede für sich.

Ich kann meine Einwilligung jederzeit ohne Angabe von Gründen widerrufen, mündlich, schriftlich oder per E-Mail bei der Stelle, die mich berät. Der Widerruf gilt sofort für die Zukunft; was bis dahin besprochen wurde, bleibt rechtmäßig.

Rechtsgrundlage: Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a Datenschutz-Grundverordnung (DSGVO). Über meine Rechte auf Auskunft, Berichtigung, Löschung und Einschränkung, mein Beschwerderecht bei der Datenschutzaufsicht und die Kontaktdaten der oder des Datenschutzbeauftragten des Landkreises wurde ich informiert.`,
  },
  {
    purpose: 'Weitergabe von Aktenbereichen innerhalb des Landkreises',
    body: `Einwilligung in die Weitergabe von Aktenbereichen

Ich bin damit einverstanden, dass die Stelle des Landkreises Musterland, die einen Bereich meiner Akte führt, einer anderen Stelle des Landkreises Einsicht in diesen Bereich gibt. Welche Stelle welchen Bereich sehen (oder bearbeiten) darf und zu welchem Zweck, wird bei der Freigabe in meiner Akte festgehalten.

Zweck: Ich muss meine Unterlagen und meine Geschichte nicht bei jeder Stelle neu vorlegen, und die Stellen können mein Anliegen abgestimmt bearbeiten.

Meine Einwilligung ist freiwillig. Wenn ich nicht einwillige, entstehen mir bei meinem Anliegen keine Nachteile; dann fragt jede Stelle die nötigen Angaben selbst bei mir ab.

Ich kann meine Einwilligung jederzeit ohne Angabe von Gründen widerrufen, mündlich, schriftlich oder per E-Mail bei einer der beteiligten Stellen. Der Widerruf gilt sofort für die Zukunft; die andere Stelle sieht den Bereich dann nicht mehr.

Rechtsgrundlage: Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a Datenschutz-Grundverordnung (DSGVO). Über meine Rechte auf Auskunft, Berichtigung, Löschung und Einschränkung, mein Beschwerderecht bei der Datenschutzaufsicht und die Kontaktdaten der oder des Datenschutzbeauftragten des Landkreises wurde ich informiert.`,
  },
];

/** Publishes the demo consent texts (version 1 each); purposes that already have a text are left alone. */
export async function seedDemoConsentTexts(tx: Tx, tenantId: string, actor: Actor): Promise<number> {
  let published = 0;
  for (const text of DEMO_CONSENT_TEXTS) {
    const existing = await tx.selectFrom('consent_texts').select('id').where('purpose', '=', text.purpose).executeTakeFirst();
    if (existing) continue;
    await publishConsentTextAs(tx, tenantId, actor, text);
    published += 1;
  }
  return published;
}
