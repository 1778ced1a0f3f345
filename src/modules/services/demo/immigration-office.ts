import { p } from './phrases.js';
import type { DemoConcern } from './types.js';

// Concerns of the demo district's immigration office (Ausländerbehörde).
// LeiKa keys are left empty on purpose: a key goes in only after it has
// been checked against the LeiKa catalogue (leika.de / FIM portal), and for
// these demo texts no key has been verified.

const ABH = 'Ausländerbehörde';
const FORMS = 'https://musterland.example/formulare';

export const immigrationOfficeConcerns: DemoConcern[] = [
  {
    key: 'extend-permit', unit: ABH, channel: 'online_booking', durationMinutes: 30, fee: 'permit',
    documents: ['passport', 'permit', 'photo', 'registration', 'income', 'insurance', 'rent'], prerequisites: ['validPassport', 'livelihood', 'applyBeforeExpiry'],
    locations: ['kreishaus', 'nordstadt'], forms: [{ title: 'Antrag auf Erteilung oder Verlängerung eines Aufenthaltstitels', url: `${FORMS}/antrag-aufenthaltstitel.pdf` }],
    title: p('Aufenthaltserlaubnis verlängern', 'Aufenthalts-Erlaubnis länger machen', 'Extend a residence permit', 'تمديد تصريح الإقامة', 'Продовження дозволу на проживання'),
    description: p(
      'Ihre Aufenthaltserlaubnis läuft ab und der Zweck Ihres Aufenthalts besteht weiter (z. B. Arbeit, Familie, Studium). Wir prüfen die Voraussetzungen und bestellen die neue Karte.',
      'Ihre Aufenthalts-Erlaubnis ist bald zu Ende. Sie wollen weiter hier leben. Dann machen wir die Erlaubnis länger. Sie bekommen eine neue Karte.',
      'Your residence permit is expiring and the purpose of your stay continues (e.g. work, family, studies). We check the requirements and order the new card.',
      'ينتهي تصريح إقامتك وما زال سبب إقامتك قائماً (مثل العمل أو الأسرة أو الدراسة). نتحقق من الشروط ونطلب البطاقة الجديدة.',
      'Строк дії вашого дозволу на проживання закінчується, а мета перебування зберігається (наприклад, робота, сім’я, навчання). Ми перевіряємо умови та замовляємо нову картку.'),
  },
  {
    key: 'settlement-permit', unit: ABH, channel: 'online_booking', durationMinutes: 45, fee: 'settlement',
    documents: ['passport', 'permit', 'photo', 'registration', 'income', 'pension', 'language', 'rent', 'insurance'], prerequisites: ['fiveYears', 'livelihood', 'germanB1'],
    locations: ['kreishaus'], forms: [{ title: 'Antrag auf Erteilung einer Niederlassungserlaubnis', url: `${FORMS}/antrag-niederlassungserlaubnis.pdf` }],
    title: p('Niederlassungserlaubnis (unbefristeter Aufenthalt)', 'Für immer in Deutschland bleiben: Niederlassungs-Erlaubnis', 'Settlement permit (permanent residence)', 'تصريح الإقامة الدائمة (Niederlassungserlaubnis)', 'Дозвіл на поселення (безстрокове проживання)'),
    description: p(
      'Nach mehreren Jahren mit Aufenthaltserlaubnis können Sie einen unbefristeten Titel bekommen. Er erlaubt jede Arbeit und muss nicht mehr verlängert werden.',
      'Sie leben schon lange hier. Dann können Sie eine Erlaubnis ohne Ende bekommen. Sie müssen sie nicht mehr verlängern. Sie dürfen jede Arbeit machen.',
      'After several years with a residence permit you can receive a permanent title. It allows any work and no longer needs to be extended.',
      'بعد عدة سنوات من الإقامة يمكنك الحصول على إقامة غير محددة المدة. تسمح بأي عمل ولا تحتاج إلى تمديد.',
      'Після кількох років із дозволом на проживання ви можете отримати безстроковий дозвіл. Він дозволяє будь-яку роботу і більше не потребує продовження.'),
  },
  {
    key: 'blue-card', unit: ABH, channel: 'online_booking', durationMinutes: 30, fee: 'permit',
    documents: ['passport', 'photo', 'registration', 'employment', 'jobDescription', 'degree', 'insurance'], prerequisites: ['qualification', 'salary', 'validPassport'],
    locations: ['kreishaus'],
    title: p('Blaue Karte EU', 'Blaue Karte EU: Arbeit mit Studium', 'EU Blue Card', 'البطاقة الزرقاء الأوروبية', 'Блакитна карта ЄС'),
    description: p(
      'Aufenthaltstitel für Fachkräfte mit Hochschulabschluss und einem gut bezahlten Arbeitsplatz in Deutschland. Auch der Wechsel aus einem anderen Titel ist möglich.',
      'Sie haben studiert. Sie haben eine gute Arbeit in Deutschland gefunden. Dann können Sie die Blaue Karte bekommen.',
      'Residence title for skilled workers with a university degree and a well-paid job in Germany. Switching from another title is possible.',
      'إقامة للكفاءات الحاصلة على شهادة جامعية ولديها عمل بأجر جيد في ألمانيا. يمكن أيضاً التحول إليها من إقامة أخرى.',
      'Дозвіл на проживання для фахівців із вищою освітою та добре оплачуваною роботою в Німеччині. Можливий також перехід з іншого дозволу.'),
  },
  {
    key: 'opportunity-card', unit: ABH, channel: 'online_booking', durationMinutes: 30, fee: 'permit',
    documents: ['passport', 'photo', 'registration', 'certificates', 'degree', 'bankStatements', 'insurance'], prerequisites: ['qualification', 'livelihood'],
    locations: ['kreishaus'],
    title: p('Chancenkarte zur Arbeitssuche', 'Chancen-Karte: Arbeit suchen in Deutschland', 'Opportunity Card (Chancenkarte) for job search', 'بطاقة الفرص (Chancenkarte) للبحث عن عمل', 'Карта можливостей (Chancenkarte) для пошуку роботи'),
    description: p(
      'Mit der Chancenkarte suchen Fachkräfte bis zu einem Jahr eine Arbeit in Deutschland und dürfen nebenher begrenzt arbeiten. Meist wird sie bei der deutschen Auslandsvertretung beantragt; wer schon hier ist, klärt den Wechsel bei uns.',
      'Mit der Chancen-Karte dürfen Sie bis zu 1 Jahr Arbeit suchen. Meistens beantragen Sie die Karte in Ihrem Heimat-Land. Sie sind schon hier? Dann sprechen Sie mit uns.',
      'With the Opportunity Card skilled workers may look for work in Germany for up to a year and work part-time meanwhile. It is usually applied for at the German mission abroad; if you are already here, we clarify a change with you.',
      'تتيح بطاقة الفرص للكفاءات البحث عن عمل في ألمانيا حتى سنة مع العمل الجزئي خلالها. تُطلب عادةً من البعثة الألمانية في الخارج؛ إذا كنت هنا بالفعل نوضح معك إمكانية التحويل.',
      'З Картою можливостей фахівці можуть до року шукати роботу в Німеччині й тим часом працювати з обмеженнями. Зазвичай її оформлюють у посольстві Німеччини; якщо ви вже тут, ми з’ясуємо можливість переходу.'),
  },
  {
    key: 'declaration-of-commitment', unit: ABH, channel: 'online_booking', durationMinutes: 20, fee: 'commitment',
    documents: ['passport', 'registration', 'income', 'rent', 'guestData'], prerequisites: ['solvent', 'livingHere'],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Verpflichtungserklärung für Besuch aus dem Ausland', 'Besuch einladen: Verpflichtungs-Erklärung', 'Declaration of commitment for a visitor from abroad', 'تعهد بالكفالة (Verpflichtungserklärung) لزائر من الخارج', 'Зобов’язання про утримання (Verpflichtungserklärung) для гостя з-за кордону'),
    description: p(
      'Sie laden jemanden nach Deutschland ein und übernehmen die Kosten seines Aufenthalts. Die Erklärung unterschreiben Sie persönlich bei uns; der Gast legt sie beim Visumantrag vor.',
      'Sie wollen Besuch einladen. Sie bezahlen für Ihren Gast. Das unterschreiben Sie bei uns. Ihr Gast braucht das Papier für das Visum.',
      'You invite someone to Germany and cover the costs of their stay. You sign the declaration in person with us; your guest shows it when applying for a visa.',
      'تدعو شخصاً إلى ألمانيا وتتحمل تكاليف إقامته. توقّع التعهد شخصياً لدينا، ويقدمه الضيف عند طلب التأشيرة.',
      'Ви запрошуєте когось до Німеччини та берете на себе витрати на його перебування. Ви підписуєте зобов’язання особисто в нас; гість подає його під час оформлення візи.'),
  },
  {
    key: 'fiction-certificate', unit: ABH, channel: 'walk_in', durationMinutes: 15, fee: 'fiction',
    documents: ['passport', 'permit', 'registration'], prerequisites: ['applyBeforeExpiry'],
    locations: ['kreishaus'],
    title: p('Fiktionsbescheinigung', 'Fiktions-Bescheinigung: Papier bis zur neuen Karte', 'Fiktionsbescheinigung (certificate of continued residence)', 'شهادة استمرار الإقامة المؤقتة (Fiktionsbescheinigung)', 'Фікційне посвідчення (Fiktionsbescheinigung)'),
    description: p(
      'Sie haben die Verlängerung rechtzeitig beantragt, aber über den Antrag ist noch nicht entschieden. Die Bescheinigung zeigt, dass Ihr Aufenthalt bis dahin erlaubt ist – wichtig für Arbeitgeber und Reisen.',
      'Sie haben die neue Erlaubnis schon beantragt. Aber sie ist noch nicht fertig. Dann bekommen Sie ein Papier. Es zeigt: Sie dürfen weiter hier sein.',
      'You applied for the extension in time but no decision has been made yet. The certificate shows that your stay remains lawful until then – important for employers and travel.',
      'قدمت طلب التمديد في الوقت المناسب ولم يصدر القرار بعد. تثبت الشهادة أن إقامتك قانونية حتى ذلك الحين – وهذا مهم لصاحب العمل والسفر.',
      'Ви вчасно подали заяву на продовження, але рішення ще не ухвалено. Посвідчення підтверджує, що до того часу ваше перебування законне – це важливо для роботодавця та подорожей.'),
  },
  {
    key: 'transfer-to-new-passport', unit: ABH, channel: 'online_booking', durationMinutes: 15, fee: 'card',
    documents: ['oldPassport', 'permit', 'photo', 'registration'], prerequisites: [],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Aufenthaltstitel auf neuen Pass übertragen', 'Neuer Pass: Aufenthalts-Karte ändern', 'Transfer the residence permit (eAT) to a new passport', 'نقل تصريح الإقامة (eAT) إلى جواز سفر جديد', 'Перенесення дозволу на проживання (eAT) на новий паспорт'),
    description: p(
      'Sie haben einen neuen Pass bekommen. Ihr elektronischer Aufenthaltstitel (eAT) muss zu den neuen Passdaten passen; dafür bestellen wir eine neue Karte.',
      'Sie haben einen neuen Pass. Die Aufenthalts-Karte muss zum neuen Pass passen. Wir bestellen eine neue Karte für Sie.',
      'You have received a new passport. Your electronic residence permit (eAT) has to match the new passport data, so we order a new card.',
      'حصلت على جواز سفر جديد. يجب أن يتطابق تصريح الإقامة الإلكتروني (eAT) مع بيانات الجواز الجديد، لذلك نطلب بطاقة جديدة.',
      'Ви отримали новий паспорт. Електронний дозвіл на проживання (eAT) має відповідати даним нового паспорта, тому ми замовляємо нову картку.'),
  },
  {
    key: 'family-reunification', unit: ABH, channel: 'online_booking', durationMinutes: 45, fee: 'free',
    documents: ['passport', 'permit', 'familyPapers', 'income', 'rent', 'registration'], prerequisites: ['livelihood', 'livingHere'],
    locations: ['kreishaus'],
    title: p('Familiennachzug', 'Familie nach Deutschland holen', 'Family reunification', 'لمّ شمل الأسرة', 'Возз’єднання сім’ї'),
    description: p(
      'Ihr Ehepartner oder Ihre Kinder möchten zu Ihnen nach Deutschland ziehen. Wir beraten Sie zu den Voraussetzungen und beteiligen uns am Visumverfahren der Auslandsvertretung.',
      'Ihre Frau, Ihr Mann oder Ihre Kinder sollen zu Ihnen kommen. Wir sagen Ihnen, was Sie dafür brauchen. Wir helfen beim Visum.',
      'Your spouse or your children want to join you in Germany. We advise you on the requirements and take part in the visa procedure of the German mission abroad.',
      'يرغب زوجك أو زوجتك أو أطفالك في الانتقال إليك في ألمانيا. ننصحك بشأن الشروط ونشارك في إجراءات التأشيرة لدى البعثة الألمانية.',
      'Ваш чоловік, дружина або діти хочуть переїхати до вас у Німеччину. Ми консультуємо щодо умов і беремо участь у візовій процедурі посольства.'),
  },
  {
    key: 'lift-residence-obligation', unit: ABH, channel: 'online_booking', durationMinutes: 20, fee: 'free',
    documents: ['passport', 'permit', 'employment', 'rent'], prerequisites: ['recognised'],
    locations: ['kreishaus'],
    title: p('Wohnsitzauflage aufheben oder ändern', 'Sie wollen in eine andere Stadt ziehen: Wohnsitz-Auflage', 'Lift or change a residence obligation (Wohnsitzauflage)', 'إلغاء أو تعديل شرط السكن (Wohnsitzauflage)', 'Скасування або зміна обов’язку проживання (Wohnsitzauflage)'),
    description: p(
      'Ihr Aufenthaltstitel schreibt vor, wo Sie wohnen müssen. Haben Sie woanders eine Arbeit, einen Ausbildungs- oder Studienplatz oder leben dort enge Angehörige, kann die Auflage aufgehoben werden.',
      'In Ihrer Karte steht: Sie müssen hier wohnen. Sie haben in einer anderen Stadt Arbeit oder Familie? Dann können Sie vielleicht umziehen.',
      'Your residence permit states where you must live. If you have a job, a training or university place elsewhere, or close family lives there, the obligation can be lifted.',
      'يحدد تصريح إقامتك مكان سكنك الإلزامي. إذا كان لديك عمل أو مكان تدريب أو دراسة في مكان آخر، أو يعيش هناك أقارب مقربون، يمكن إلغاء هذا الشرط.',
      'У вашому дозволі зазначено, де ви повинні проживати. Якщо в іншому місці у вас є робота, місце навчання чи близькі родичі, цей обов’язок можна скасувати.'),
  },
  {
    key: 'employment-permission', unit: ABH, channel: 'online_booking', durationMinutes: 20, fee: 'free',
    documents: ['tolerationPaper', 'passport', 'employment', 'jobDescription'], prerequisites: ['inAsylumProcedure', 'jobOffer'],
    locations: ['kreishaus'],
    title: p('Beschäftigungserlaubnis (Arbeitserlaubnis)', 'Erlaubnis zum Arbeiten', 'Employment permission (work permit)', 'إذن العمل', 'Дозвіл на працевлаштування'),
    description: p(
      'Mit Aufenthaltsgestattung oder Duldung brauchen Sie für eine Arbeit oder Ausbildung unsere Erlaubnis. Bringen Sie das Angebot des Arbeitgebers mit; wir holen die Zustimmung der Arbeitsagentur ein.',
      'Sie haben eine Gestattung oder eine Duldung. Sie wollen arbeiten? Dann brauchen Sie eine Erlaubnis von uns. Bringen Sie das Angebot von der Firma mit.',
      'With an Aufenthaltsgestattung or a Duldung you need our permission for a job or training. Bring the employer’s offer; we obtain the approval of the employment agency.',
      'إذا كان لديك إذن إقامة مؤقت (Gestattung) أو دولدونغ (Duldung) فأنت تحتاج إلى إذننا للعمل أو التدريب المهني. أحضر عرض صاحب العمل؛ ونحن نطلب موافقة وكالة العمل.',
      'Якщо у вас Aufenthaltsgestattung або Duldung, для роботи чи професійного навчання потрібен наш дозвіл. Принесіть пропозицію роботодавця; ми отримаємо згоду агентства з працевлаштування.'),
  },
  {
    key: 'duldung', unit: ABH, channel: 'walk_in', durationMinutes: 15, fee: 'free',
    documents: ['tolerationPaper', 'passport', 'photo'], prerequisites: [],
    locations: ['kreishaus'],
    title: p('Duldung verlängern', 'Duldung länger machen', 'Extend a Duldung (temporary suspension of deportation)', 'تمديد الدولدونغ (Duldung – تعليق الترحيل)', 'Продовження Duldung (тимчасового зупинення депортації)'),
    description: p(
      'Ihre Duldung läuft ab. Kommen Sie rechtzeitig vorher vorbei; wir prüfen, ob die Gründe weiter bestehen, und stellen die neue Bescheinigung aus. Fragen Sie auch nach Wegen zu einem Aufenthaltstitel.',
      'Ihre Duldung ist bald zu Ende. Kommen Sie vorher zu uns. Wir machen ein neues Papier. Fragen Sie uns auch: Kann ich eine Aufenthalts-Erlaubnis bekommen?',
      'Your Duldung is expiring. Come in good time beforehand; we check whether the reasons still apply and issue the new certificate. Ask us about ways to a residence permit, too.',
      'تنتهي صلاحية الدولدونغ الخاصة بك. تعال قبل انتهائها بوقت كافٍ؛ نتحقق من استمرار الأسباب ونصدر الشهادة الجديدة. اسألنا أيضاً عن طرق الحصول على إقامة.',
      'Строк дії вашого Duldung закінчується. Приходьте заздалегідь; ми перевіримо, чи підстави зберігаються, і видамо нове посвідчення. Запитайте також про шляхи до дозволу на проживання.'),
  },
  {
    key: 'aufenthaltsgestattung', unit: ABH, channel: 'walk_in', durationMinutes: 15, fee: 'free',
    documents: ['tolerationPaper', 'bamfLetters', 'photo'], prerequisites: ['inAsylumProcedure'],
    locations: ['kreishaus'],
    title: p('Aufenthaltsgestattung verlängern', 'Gestattung länger machen (Asyl-Verfahren)', 'Extend the Aufenthaltsgestattung (asylum procedure)', 'تمديد إذن الإقامة أثناء اللجوء (Aufenthaltsgestattung)', 'Продовження Aufenthaltsgestattung (процедура надання притулку)'),
    description: p(
      'Solange Ihr Asylverfahren läuft, weist die Aufenthaltsgestattung Ihren Aufenthalt nach. Vor ihrem Ablauf verlängern wir sie; bringen Sie die letzten Schreiben des BAMF mit.',
      'Ihr Asyl-Verfahren ist noch nicht fertig. Ihre Gestattung ist bald zu Ende. Wir machen sie länger. Bringen Sie die Briefe vom BAMF mit.',
      'While your asylum procedure is ongoing, the Aufenthaltsgestattung proves your stay. We extend it before it expires; bring the latest letters from the BAMF.',
      'طوال فترة إجراءات اللجوء يثبت إذن الإقامة المؤقت (Gestattung) إقامتك. نمدده قبل انتهاء صلاحيته؛ أحضر آخر رسائل المكتب الاتحادي (BAMF).',
      'Поки триває процедура надання притулку, Aufenthaltsgestattung підтверджує ваше перебування. Ми продовжуємо його до закінчення строку; принесіть останні листи від BAMF.'),
  },
  {
    key: 'travel-document', unit: ABH, channel: 'online_booking', durationMinutes: 30, fee: 'travel',
    documents: ['permit', 'photo', 'registration', 'recognitionDecision'], prerequisites: ['recognised'],
    locations: ['kreishaus'],
    title: p('Reiseausweis für Flüchtlinge oder für Ausländer', 'Ein Pass von Deutschland: Reise-Ausweis', 'Travel document for refugees or for foreigners', 'وثيقة سفر للاجئين أو للأجانب', 'Проїзний документ для біженців або для іноземців'),
    description: p(
      'Anerkannte Flüchtlinge bekommen einen blauen Reiseausweis; wer keinen Pass seines Herkunftslandes bekommen kann, unter Umständen einen Reiseausweis für Ausländer. Das Dokument wird bei der Bundesdruckerei hergestellt und dauert einige Wochen.',
      'Sie haben Schutz als Flüchtling? Dann bekommen Sie einen blauen Reise-Ausweis. Sie bekommen keinen Pass von Ihrem Land? Dann vielleicht einen grauen Reise-Ausweis. Das dauert ein paar Wochen.',
      'Recognised refugees receive a blue travel document; people who cannot obtain a passport from their country of origin may receive a travel document for foreigners. It is produced by the Federal Printing Office and takes a few weeks.',
      'يحصل اللاجئون المعترف بهم على وثيقة سفر زرقاء؛ ومن لا يستطيع الحصول على جواز من بلده قد يحصل على وثيقة سفر للأجانب. تُصنع الوثيقة في المطبعة الاتحادية وتستغرق بضعة أسابيع.',
      'Визнані біженці отримують синій проїзний документ; хто не може отримати паспорт своєї країни, за певних умов – проїзний документ для іноземців. Його виготовляє Федеральна друкарня, це триває кілька тижнів.'),
  },
  {
    key: 'lost-permit', unit: ABH, channel: 'online_booking', durationMinutes: 20, fee: 'card',
    documents: ['passport', 'lossReport', 'photo', 'registration'], prerequisites: [],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Aufenthaltstitel verloren oder gestohlen', 'Aufenthalts-Karte ist weg', 'Residence permit lost or stolen', 'فقدان أو سرقة تصريح الإقامة', 'Дозвіл на проживання втрачено або викрадено'),
    description: p(
      'Melden Sie den Verlust zuerst bei der Polizei. Wir sperren die alte Karte, bestellen eine neue und stellen Ihnen bis dahin eine Bescheinigung aus.',
      'Ihre Karte ist weg? Gehen Sie zuerst zur Polizei. Dann kommen Sie zu uns. Sie bekommen eine neue Karte. Bis dahin bekommen Sie ein Papier.',
      'Report the loss to the police first. We block the old card, order a new one and give you a certificate in the meantime.',
      'أبلغ الشرطة عن الفقدان أولاً. نوقف البطاقة القديمة ونطلب بطاقة جديدة ونعطيك شهادة مؤقتة حتى ذلك الحين.',
      'Спочатку повідомте про втрату в поліцію. Ми заблокуємо стару картку, замовимо нову і до того часу видамо вам довідку.'),
  },
  {
    key: 'collect-card', unit: ABH, channel: 'walk_in', durationMinutes: 10, fee: 'free',
    documents: ['pickupLetter', 'passport', 'permit'], prerequisites: [],
    locations: ['kreishaus'],
    title: p('Fertige Aufenthaltskarte (eAT) abholen', 'Ihre neue Karte abholen', 'Collect your finished residence card (eAT)', 'استلام بطاقة الإقامة الجاهزة (eAT)', 'Отримання готової картки на проживання (eAT)'),
    description: p(
      'Sie haben Post bekommen, dass Ihre Karte da ist. Holen Sie sie ohne Termin ab; Kinder ab sechs Jahren kommen mit, weil ihre Unterschrift oder Fingerabdrücke geprüft werden.',
      'Sie haben einen Brief bekommen: Ihre Karte ist fertig. Dann kommen Sie ohne Termin. Kinder ab 6 Jahren kommen mit.',
      'You received a letter that your card has arrived. Collect it without an appointment; children aged six and over come along because their signature or fingerprints are checked.',
      'وصلتك رسالة بأن بطاقتك جاهزة. استلمها دون موعد؛ ويحضر الأطفال من عمر ست سنوات لأن توقيعهم أو بصماتهم تُفحص.',
      'Ви отримали лист, що ваша картка готова. Заберіть її без запису; діти від шести років приходять разом, бо перевіряється їхній підпис або відбитки пальців.'),
  },
  {
    key: 'student-permit', unit: ABH, channel: 'online_booking', durationMinutes: 30, fee: 'permit',
    documents: ['passport', 'photo', 'registration', 'enrolment', 'insurance'], prerequisites: ['validPassport'],
    locations: ['kreishaus'],
    title: p('Aufenthaltserlaubnis zum Studium', 'Aufenthalts-Erlaubnis für das Studium', 'Residence permit for studies', 'تصريح الإقامة للدراسة', 'Дозвіл на проживання для навчання'),
    description: p(
      'Für ein Studium an einer Hochschule im Landkreis erteilen oder verlängern wir die Aufenthaltserlaubnis. Neben dem Studium dürfen Sie in begrenztem Umfang arbeiten.',
      'Sie studieren hier? Dann bekommen Sie eine Aufenthalts-Erlaubnis. Sie dürfen auch ein bisschen arbeiten.',
      'For studies at a university in the district we issue or extend the residence permit. You may work to a limited extent alongside your studies.',
      'للدراسة في جامعة داخل المقاطعة نصدر تصريح الإقامة أو نمدده. يُسمح لك بالعمل بشكل محدود إلى جانب الدراسة.',
      'Для навчання в університеті району ми видаємо або продовжуємо дозвіл на проживання. Поряд із навчанням ви можете працювати в обмеженому обсязі.'),
  },
  {
    key: 'naturalisation-advice', unit: ABH, channel: 'online_booking', durationMinutes: 30, fee: 'free',
    documents: ['passport', 'permit', 'language', 'income'], prerequisites: ['fiveYears', 'germanB1', 'livelihood'],
    locations: ['kreishaus'],
    title: p('Einbürgerung: Erstberatung', 'Deutsch werden: Beratung zur Einbürgerung', 'Naturalisation: first advice', 'التجنس: استشارة أولى', 'Натуралізація: перша консультація'),
    description: p(
      'Sie möchten Deutsche oder Deutscher werden. Im Beratungstermin prüfen wir gemeinsam, ob die Voraussetzungen vorliegen und welche Unterlagen für den Antrag nötig sind.',
      'Sie wollen einen deutschen Pass? Wir sprechen mit Ihnen. Wir sagen Ihnen, ob es schon geht. Und was Sie dafür brauchen.',
      'You want to become a German citizen. At the advice appointment we check together whether the requirements are met and which documents the application needs.',
      'ترغب في الحصول على الجنسية الألمانية. في موعد الاستشارة نتحقق معاً من توفر الشروط ومن المستندات اللازمة للطلب.',
      'Ви хочете стати громадянином Німеччини. На консультації ми разом перевіримо, чи виконано умови і які документи потрібні для заяви.'),
  },
];
