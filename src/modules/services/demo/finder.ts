import { p, type Phrase } from './phrases.js';

// The demo district's Anliegen-Finder: a few simple questions that lead to
// the concerns of immigration-office.ts and neighbours.ts (named by key here,
// replaced by their ids when seeded).

interface DemoAnswer {
  id: string;
  label: Phrase;
  next?: string;
  concerns?: string[];
}

interface DemoQuestion {
  question: Phrase;
  hint?: Phrase;
  answers: DemoAnswer[];
}

export const demoFinderStart = 'topic';

export const demoFinderQuestions: Record<string, DemoQuestion> = {
  topic: {
    question: p('Worum geht es bei Ihnen?', 'Was brauchen Sie?', 'What is your concern about?', 'بماذا يتعلق طلبك؟', 'Чого стосується ваше питання?'),
    hint: p('Wählen Sie, was am besten passt. Sie können jederzeit zurückgehen.', 'Wählen Sie eine Antwort. Sie können immer zurück.', 'Choose what fits best. You can go back at any time.', 'اختر الأنسب لك. يمكنك الرجوع في أي وقت.', 'Оберіть, що підходить найкраще. Ви можете повернутися будь-коли.'),
    answers: [
      { id: 'papers', label: p('Aufenthalt und Papiere', 'Aufenthalt und Papiere', 'Residence and papers', 'الإقامة والأوراق', 'Перебування та документи'), next: 'papers' },
      { id: 'work', label: p('Arbeit und Beruf', 'Arbeit', 'Work and profession', 'العمل والمهنة', 'Робота та професія'), next: 'work' },
      { id: 'money-home', label: p('Geld, Gesundheit und Wohnen', 'Geld, Arzt und Wohnung', 'Money, health and housing', 'المال والصحة والسكن', 'Гроші, здоров’я та житло'), next: 'money-home' },
      { id: 'family', label: p('Familie, Kinder und Deutschkurs', 'Familie, Kinder und Deutsch lernen', 'Family, children and German course', 'الأسرة والأطفال ودورة اللغة', 'Сім’я, діти та курс німецької'), next: 'family' },
      { id: 'emergency', label: p('Notfall: Ich brauche heute Hilfe', 'Notfall: Ich brauche heute Hilfe', 'Emergency: I need help today', 'حالة طارئة: أحتاج المساعدة اليوم', 'Невідкладно: мені потрібна допомога сьогодні'), next: 'emergency' },
    ],
  },
  papers: {
    question: p('Was möchten Sie erledigen?', 'Was wollen Sie machen?', 'What would you like to do?', 'ماذا تريد أن تنجز؟', 'Що ви хочете зробити?'),
    answers: [
      { id: 'extend', label: p('Meine Aufenthaltserlaubnis läuft bald ab', 'Meine Aufenthalts-Erlaubnis ist bald zu Ende', 'My residence permit expires soon', 'تصريح إقامتي سينتهي قريباً', 'Мій дозвіл на проживання скоро закінчується'), concerns: ['extend-permit', 'fiction-certificate'] },
      { id: 'stay', label: p('Ich möchte dauerhaft bleiben oder Deutsche/r werden', 'Ich will für immer bleiben oder einen deutschen Pass', 'I want to stay permanently or become German', 'أريد البقاء بشكل دائم أو الحصول على الجنسية الألمانية', 'Я хочу залишитися назавжди або стати громадянином Німеччини'), concerns: ['settlement-permit', 'naturalisation-advice'] },
      { id: 'new-passport', label: p('Ich habe einen neuen Pass', 'Ich habe einen neuen Pass', 'I have a new passport', 'لدي جواز سفر جديد', 'У мене новий паспорт'), concerns: ['transfer-to-new-passport'] },
      { id: 'lost', label: p('Meine Karte ist verloren oder gestohlen', 'Meine Karte ist weg', 'My card was lost or stolen', 'فقدت بطاقتي أو سُرقت', 'Мою картку втрачено або викрадено'), concerns: ['lost-permit'] },
      { id: 'collect', label: p('Ich soll meine fertige Karte abholen', 'Meine neue Karte ist fertig', 'I have to collect my finished card', 'عليّ استلام بطاقتي الجاهزة', 'Мені треба забрати готову картку'), concerns: ['collect-card'] },
      { id: 'travel', label: p('Ich brauche ein Reisedokument', 'Ich brauche einen Reise-Ausweis', 'I need a travel document', 'أحتاج إلى وثيقة سفر', 'Мені потрібен проїзний документ'), concerns: ['travel-document'] },
      { id: 'study', label: p('Ich studiere hier', 'Ich studiere hier', 'I am studying here', 'أدرس هنا', 'Я тут навчаюся'), concerns: ['student-permit'] },
      { id: 'asylum', label: p('Ich habe eine Aufenthaltsgestattung oder Duldung', 'Ich habe eine Gestattung oder eine Duldung', 'I have an Aufenthaltsgestattung or a Duldung', 'لدي إذن إقامة مؤقت (Gestattung) أو دولدونغ (Duldung)', 'У мене Aufenthaltsgestattung або Duldung'), next: 'asylum-papers' },
    ],
  },
  'asylum-papers': {
    question: p('Welches Papier haben Sie, und was brauchen Sie?', 'Welches Papier haben Sie?', 'Which paper do you have, and what do you need?', 'ما الورقة التي لديك وماذا تحتاج؟', 'Який у вас документ і що вам потрібно?'),
    answers: [
      { id: 'gestattung', label: p('Aufenthaltsgestattung verlängern (Asylverfahren läuft)', 'Gestattung länger machen', 'Extend my Aufenthaltsgestattung (asylum procedure ongoing)', 'تمديد إذن الإقامة المؤقت (إجراءات اللجوء جارية)', 'Продовжити Aufenthaltsgestattung (процедура триває)'), concerns: ['aufenthaltsgestattung'] },
      { id: 'duldung', label: p('Duldung verlängern', 'Duldung länger machen', 'Extend my Duldung', 'تمديد الدولدونغ', 'Продовжити Duldung'), concerns: ['duldung'] },
      { id: 'work-permit', label: p('Ich möchte arbeiten oder eine Ausbildung machen', 'Ich will arbeiten', 'I want to work or start training', 'أريد العمل أو بدء تدريب مهني', 'Я хочу працювати або навчатися професії'), concerns: ['employment-permission'] },
    ],
  },
  work: {
    question: p('Was trifft auf Sie zu?', 'Was passt zu Ihnen?', 'Which applies to you?', 'ما الذي ينطبق عليك؟', 'Що стосується вас?'),
    answers: [
      { id: 'graduate-job', label: p('Ich habe studiert und ein Jobangebot in Deutschland', 'Ich habe studiert und eine Arbeit gefunden', 'I have a degree and a job offer in Germany', 'لدي شهادة جامعية وعرض عمل في ألمانيا', 'У мене вища освіта і пропозиція роботи в Німеччині'), concerns: ['blue-card'] },
      { id: 'job-search', label: p('Ich möchte in Deutschland Arbeit suchen', 'Ich will in Deutschland Arbeit suchen', 'I want to look for work in Germany', 'أريد البحث عن عمل في ألمانيا', 'Я хочу шукати роботу в Німеччині'), concerns: ['opportunity-card'] },
      { id: 'asylum-job', label: p('Ich habe Gestattung oder Duldung und ein Jobangebot', 'Ich habe eine Gestattung oder Duldung und ein Job-Angebot', 'I have a Gestattung or Duldung and a job offer', 'لدي إذن إقامة مؤقت أو دولدونغ وعرض عمل', 'У мене Gestattung або Duldung і пропозиція роботи'), concerns: ['employment-permission'] },
      { id: 'recognition', label: p('Mein Berufsabschluss soll anerkannt werden', 'Mein Beruf soll in Deutschland gelten', 'I want my qualification recognised', 'أريد الاعتراف بمؤهلي المهني', 'Я хочу визнати свою кваліфікацію'), concerns: ['recognition-advice'] },
    ],
  },
  'money-home': {
    question: p('Was brauchen Sie?', 'Was brauchen Sie?', 'What do you need?', 'ماذا تحتاج؟', 'Що вам потрібно?'),
    answers: [
      { id: 'benefits', label: p('Geld zum Leben (Asylverfahren oder Duldung)', 'Geld zum Leben im Asyl-Verfahren', 'Money to live on (asylum procedure or Duldung)', 'مال للمعيشة (إجراءات اللجوء أو دولدونغ)', 'Гроші на життя (процедура притулку або Duldung)'), concerns: ['asylum-benefits'] },
      { id: 'recognised-income', label: p('Ich bin anerkannt und brauche Geld zum Leben', 'Ich habe Schutz bekommen und brauche Geld', 'I have been recognised and need money to live on', 'تم الاعتراف بي وأحتاج مالاً للمعيشة', 'Мене визнано, і мені потрібні гроші на життя'), concerns: ['citizens-income'] },
      { id: 'doctor', label: p('Ich muss zum Arzt', 'Ich muss zum Arzt', 'I need to see a doctor', 'أحتاج إلى زيارة الطبيب', 'Мені треба до лікаря'), concerns: ['treatment-voucher'] },
      { id: 'housing', label: p('Unterkunft, Umzug oder eigene Wohnung', 'Wohnen oder umziehen', 'Accommodation, a move or a flat of my own', 'سكن أو انتقال أو شقة خاصة', 'Житло, переїзд або власна квартира'), concerns: ['accommodation'] },
      { id: 'move-city', label: p('Ich möchte in eine andere Stadt ziehen', 'Ich will in eine andere Stadt ziehen', 'I want to move to another town', 'أريد الانتقال إلى مدينة أخرى', 'Я хочу переїхати до іншого міста'), concerns: ['lift-residence-obligation'] },
    ],
  },
  family: {
    question: p('Worum geht es?', 'Was brauchen Sie?', 'What is it about?', 'بماذا يتعلق الأمر؟', 'Про що йдеться?'),
    answers: [
      { id: 'reunification', label: p('Meine Familie soll nach Deutschland kommen', 'Meine Familie soll zu mir kommen', 'My family should come to Germany', 'أريد أن تلحق بي أسرتي إلى ألمانيا', 'Моя сім’я має приїхати до Німеччини'), concerns: ['family-reunification'] },
      { id: 'visit', label: p('Ich möchte Besuch aus dem Ausland einladen', 'Ich will Besuch einladen', 'I want to invite a visitor from abroad', 'أريد دعوة زائر من الخارج', 'Я хочу запросити гостя з-за кордону'), concerns: ['declaration-of-commitment'] },
      { id: 'course', label: p('Ich möchte Deutsch lernen (Integrationskurs)', 'Ich will Deutsch lernen', 'I want to learn German (integration course)', 'أريد تعلم الألمانية (دورة الاندماج)', 'Я хочу вивчати німецьку (інтеграційний курс)'), concerns: ['integration-course', 'integration-counselling'] },
      { id: 'kita', label: p('Ich suche einen Kita-Platz für mein Kind', 'Mein Kind soll in die Kita', 'I am looking for a Kita place for my child', 'أبحث عن مكان في الحضانة لطفلي', 'Я шукаю місце в дитсадку для дитини'), concerns: ['kita-support'] },
      { id: 'advice', label: p('Ich brauche Beratung, wie es weitergeht', 'Ich brauche Beratung', 'I need advice on what comes next', 'أحتاج إلى استشارة حول الخطوات القادمة', 'Мені потрібна порада, що робити далі'), concerns: ['integration-counselling'] },
    ],
  },
  emergency: {
    question: p('Was ist passiert?', 'Was ist passiert?', 'What has happened?', 'ماذا حدث؟', 'Що сталося?'),
    hint: p('Bei Gefahr für Leib und Leben rufen Sie 110 (Polizei) oder 112 (Rettungsdienst).', 'Sie sind in Gefahr? Rufen Sie 110 (Polizei) oder 112 (Kranken-Wagen).', 'If life or health is in danger, call 110 (police) or 112 (ambulance).', 'إذا كانت الحياة أو الصحة في خطر اتصل بالرقم 110 (الشرطة) أو 112 (الإسعاف).', 'Якщо під загрозою життя чи здоров’я, телефонуйте 110 (поліція) або 112 (швидка допомога).'),
    answers: [
      { id: 'no-bed', label: p('Ich habe heute keinen Schlafplatz', 'Ich habe heute keinen Platz zum Schlafen', 'I have no place to sleep tonight', 'ليس لدي مكان للنوم الليلة', 'Мені сьогодні ніде ночувати'), concerns: ['emergency-shelter'] },
      { id: 'no-food', label: p('Ich habe kein Geld für Essen', 'Ich habe kein Geld für Essen', 'I have no money for food', 'ليس لدي مال للطعام', 'У мене немає грошей на їжу'), concerns: ['emergency-money'] },
      { id: 'permit-expires', label: p('Mein Aufenthaltstitel läuft in den nächsten Tagen ab', 'Meine Karte ist in ein paar Tagen zu Ende', 'My residence permit expires in the next few days', 'ينتهي تصريح إقامتي خلال الأيام القادمة', 'Мій дозвіл на проживання закінчується найближчими днями'), concerns: ['fiction-certificate'] },
    ],
  },
};
