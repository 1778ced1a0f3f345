import { p } from './phrases.js';
import type { DemoConcern } from './types.js';

// Concerns of the immigration office's neighbours in the one-stop agency:
// asylum-seeker benefits, accommodation, integration counselling and the job
// centre. Local concerns without a LeiKa key (the key is to be verified
// against the LeiKa catalogue before one is entered).

export const neighbourConcerns: DemoConcern[] = [
  {
    key: 'asylum-benefits', unit: 'Asylbewerberleistungen', channel: 'online_booking', durationMinutes: 30, fee: 'free',
    documents: ['tolerationPaper', 'passport', 'bankStatements', 'rent', 'registration'], prerequisites: ['inAsylumProcedure', 'livingHere'],
    locations: ['kreishaus'],
    title: p('Leistungen nach dem Asylbewerberleistungsgesetz beantragen', 'Geld zum Leben im Asyl-Verfahren', 'Apply for asylum-seeker benefits (AsylbLG)', 'طلب المساعدات وفق قانون إعانات طالبي اللجوء (AsylbLG)', 'Заява на допомогу за Законом про допомогу шукачам притулку (AsylbLG)'),
    description: p(
      'Während des Asylverfahrens oder mit Duldung erhalten Sie Leistungen für Essen, Kleidung, Wohnen und den persönlichen Bedarf. Wir nehmen den Antrag auf und prüfen Ihr Einkommen und Vermögen.',
      'Sie sind im Asyl-Verfahren oder haben eine Duldung? Dann bekommen Sie Geld für Essen, Kleidung und Wohnung. Wir helfen Ihnen beim Antrag.',
      'During the asylum procedure or with a Duldung you receive benefits for food, clothing, housing and personal needs. We take your application and check income and assets.',
      'خلال إجراءات اللجوء أو مع الدولدونغ تحصل على مساعدات للطعام والملابس والسكن والاحتياجات الشخصية. نستقبل طلبك ونفحص الدخل والممتلكات.',
      'Під час процедури надання притулку або з Duldung ви отримуєте допомогу на харчування, одяг, житло та особисті потреби. Ми приймаємо заяву та перевіряємо доходи і майно.'),
  },
  {
    key: 'treatment-voucher', unit: 'Asylbewerberleistungen', channel: 'walk_in', durationMinutes: 10, fee: 'free',
    documents: ['tolerationPaper'], prerequisites: ['inAsylumProcedure'],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Behandlungsschein für Arzt oder Zahnarzt', 'Krankenschein für den Arzt', 'Treatment voucher for a doctor or dentist', 'قسيمة علاج للطبيب أو طبيب الأسنان', 'Направлення на лікування до лікаря або стоматолога'),
    description: p(
      'Wer Leistungen nach dem Asylbewerberleistungsgesetz bekommt und noch keine Gesundheitskarte hat, erhält für den Arztbesuch einen Behandlungsschein. Bei akuten Schmerzen gehen Sie direkt zum Arzt.',
      'Sie bekommen Geld nach dem Asyl-Gesetz? Sie müssen zum Arzt? Dann holen Sie bei uns einen Kranken-Schein. Bei starken Schmerzen gehen Sie sofort zum Arzt.',
      'If you receive asylum-seeker benefits and have no health card yet, you get a treatment voucher for the doctor. With acute pain, go straight to a doctor.',
      'إذا كنت تتلقى مساعدات طالبي اللجوء وليس لديك بطاقة صحية بعد، تحصل على قسيمة علاج لزيارة الطبيب. في حالة الألم الشديد اذهب مباشرة إلى الطبيب.',
      'Якщо ви отримуєте допомогу для шукачів притулку і ще не маєте медичної картки, ви отримуєте направлення до лікаря. При гострому болю йдіть одразу до лікаря.'),
  },
  {
    key: 'emergency-money', unit: 'Asylbewerberleistungen', channel: 'emergency', durationMinutes: 15, fee: 'free',
    documents: ['tolerationPaper', 'passport'], prerequisites: [],
    locations: ['kreishaus'],
    title: p('Notfall: kein Geld für Essen', 'Notfall: Ich habe kein Geld für Essen', 'Emergency: no money for food', 'حالة طارئة: لا يوجد مال للطعام', 'Невідкладний випадок: немає грошей на їжу'),
    description: p(
      'Ihre Leistungen sind nicht angekommen oder aufgebraucht und Sie haben nichts zu essen. Wir klären noch am selben Tag eine Abschlagszahlung oder einen Gutschein.',
      'Sie haben kein Geld mehr für Essen? Kommen Sie sofort. Wir helfen Ihnen noch heute.',
      'Your benefits have not arrived or are used up and you have nothing to eat. We arrange an advance payment or a voucher on the same day.',
      'لم تصلك المساعدات أو نفدت وليس لديك ما تأكله. نرتب دفعة مقدمة أو قسيمة في اليوم نفسه.',
      'Ваша допомога не надійшла або закінчилася, і вам нічого їсти. Ми того ж дня домовимося про аванс або ваучер.'),
  },
  {
    key: 'accommodation', unit: 'Unterbringung', channel: 'online_booking', durationMinutes: 30, fee: 'free',
    documents: ['tolerationPaper', 'permit', 'registration', 'rent'], prerequisites: ['livingHere'],
    locations: ['kreishaus'],
    title: p('Unterkunft: Platz, Umzug oder eigene Wohnung', 'Wohnen: Platz im Heim, Umzug oder eigene Wohnung', 'Accommodation: a place, a move or a flat of your own', 'السكن: مكان في السكن الجماعي أو الانتقال أو شقة خاصة', 'Житло: місце, переїзд або власна квартира'),
    description: p(
      'Die Unterbringung weist Plätze in Gemeinschaftsunterkünften zu, regelt Umzüge zwischen Unterkünften und unterstützt beim Wechsel in eine eigene Wohnung aus dem Kontingent der Wohnungsunternehmen.',
      'Sie brauchen einen Platz zum Wohnen? Sie wollen in ein anderes Heim ziehen? Oder in eine eigene Wohnung? Dann sprechen Sie mit uns.',
      'The accommodation team assigns places in shared accommodation, arranges moves between them and helps with moving to a flat of your own from the housing companies’ contingent.',
      'يخصص قسم السكن أماكن في مراكز السكن الجماعي وينظم الانتقال بينها ويساعد في الانتقال إلى شقة خاصة من حصة شركات الإسكان.',
      'Відділ розміщення надає місця в гуртожитках, організовує переїзди між ними та допомагає переїхати до власної квартири з фонду житлових компаній.'),
  },
  {
    key: 'emergency-shelter', unit: 'Unterbringung', channel: 'emergency', durationMinutes: 20, fee: 'free',
    documents: ['passport', 'tolerationPaper'], prerequisites: [],
    locations: ['kreishaus'],
    title: p('Notfall: heute keine Unterkunft', 'Notfall: Ich habe heute keinen Schlaf-Platz', 'Emergency: no place to sleep tonight', 'حالة طارئة: لا مكان للنوم الليلة', 'Невідкладний випадок: сьогодні немає де ночувати'),
    description: p(
      'Sie haben heute Nacht keinen Schlafplatz, zum Beispiel nach einem Wohnungsverlust oder bei Gewalt in der Unterkunft. Wir vermitteln noch heute einen sicheren Platz.',
      'Sie haben heute Nacht keinen Platz zum Schlafen? Oder Sie sind im Heim nicht sicher? Kommen Sie sofort. Wir finden heute einen sicheren Platz.',
      'You have no place to sleep tonight, for example after losing your home or because of violence in your accommodation. We find a safe place today.',
      'ليس لديك مكان للنوم الليلة، مثلاً بعد فقدان السكن أو بسبب العنف في مكان الإقامة. نجد لك مكاناً آمناً اليوم.',
      'Вам сьогодні ніде ночувати, наприклад після втрати житла або через насильство в гуртожитку. Ми сьогодні ж знайдемо безпечне місце.'),
  },
  {
    key: 'integration-counselling', unit: 'Integrationsberatung', channel: 'walk_in', durationMinutes: 45, fee: 'free',
    documents: ['passport', 'permit', 'certificates'], prerequisites: ['livingHere'],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Integrationsberatung', 'Beratung: Wie geht es weiter in Deutschland?', 'Integration counselling', 'استشارة الاندماج', 'Консультація з інтеграції'),
    description: p(
      'Wir beraten Sie zu Sprache, Arbeit, Schule, Gesundheit und Alltag, vereinbaren mit Ihnen Ziele und begleiten Sie zu anderen Stellen. Die Beratung ist vertraulich.',
      'Wir helfen Ihnen: bei Deutsch, Arbeit, Schule, Arzt und im Alltag. Wir machen zusammen einen Plan. Alles bleibt geheim.',
      'We advise you on language, work, school, health and everyday life, agree goals with you and accompany you to other offices. Counselling is confidential.',
      'نقدم لك المشورة حول اللغة والعمل والمدرسة والصحة والحياة اليومية، ونتفق معك على أهداف ونرافقك إلى الجهات الأخرى. الاستشارة سرية.',
      'Ми консультуємо щодо мови, роботи, школи, здоров’я та побуту, разом визначаємо цілі та супроводжуємо вас до інших установ. Консультація конфіденційна.'),
  },
  {
    key: 'integration-course', unit: 'Ausländerbehörde', channel: 'online_booking', durationMinutes: 15, fee: 'free',
    documents: ['passport', 'permit'], prerequisites: ['livingHere'],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Berechtigung zum Integrationskurs', 'Deutsch-Kurs: Schein für den Integrations-Kurs', 'Entitlement to an integration course', 'أحقية المشاركة في دورة الاندماج', 'Право на інтеграційний курс'),
    description: p(
      'Mit der Berechtigung besuchen Sie einen Integrationskurs mit Deutschunterricht und Orientierungskurs. Wir stellen die Bestätigung aus; die Integrationsberatung hilft bei der Suche nach einem Kurs.',
      'Sie wollen Deutsch lernen? Im Integrations-Kurs lernen Sie Deutsch und viel über Deutschland. Wir geben Ihnen den Schein dafür.',
      'With the entitlement you attend an integration course with German lessons and an orientation course. We issue the confirmation; integration counselling helps you find a course.',
      'بموجب الأحقية تلتحق بدورة اندماج تشمل دروس اللغة الألمانية ودورة توجيهية. نصدر لك التأكيد، وتساعدك استشارة الاندماج في إيجاد دورة.',
      'З цим правом ви відвідуєте інтеграційний курс із вивченням німецької мови та орієнтаційним курсом. Ми видаємо підтвердження; консультація з інтеграції допоможе знайти курс.'),
  },
  {
    key: 'kita-support', unit: 'Integrationsberatung', channel: 'online_booking', durationMinutes: 30, fee: 'free',
    documents: ['childPapers', 'permit', 'registration'], prerequisites: ['livingHere'],
    locations: ['kreishaus', 'nordstadt'],
    title: p('Unterstützung bei der Suche nach einem Kita-Platz', 'Hilfe: Platz im Kinder-Garten finden', 'Help finding a place in a day-care centre (Kita)', 'المساعدة في إيجاد مكان في الحضانة (Kita)', 'Допомога в пошуку місця в дитячому садку (Kita)'),
    description: p(
      'Ab dem ersten Geburtstag hat Ihr Kind Anspruch auf einen Betreuungsplatz. Wir helfen bei der Anmeldung im Kita-Portal, beim Antrag auf Kostenübernahme und wenn kein Platz frei ist.',
      'Ihr Kind ist 1 Jahr oder älter? Dann darf es in die Kita. Wir helfen bei der Anmeldung. Wir helfen auch beim Geld für die Kita.',
      'From its first birthday your child is entitled to a childcare place. We help with registering on the Kita portal, with applying for the costs to be covered and when no place is free.',
      'من عيد ميلاده الأول يحق لطفلك الحصول على مكان في الرعاية. نساعد في التسجيل في بوابة الحضانات وفي طلب تغطية التكاليف وعندما لا يتوفر مكان.',
      'З першого дня народження ваша дитина має право на місце в дитячому закладі. Ми допомагаємо з реєстрацією на порталі Kita, із заявою на покриття витрат і коли вільних місць немає.'),
  },
  {
    key: 'recognition-advice', unit: 'Integrationsberatung', channel: 'online_booking', durationMinutes: 45, fee: 'free',
    documents: ['certificates', 'passport'], prerequisites: [],
    locations: ['kreishaus'],
    title: p('Beratung zur Anerkennung ausländischer Berufsabschlüsse', 'Ihr Beruf aus dem Heimat-Land: Gilt er in Deutschland?', 'Advice on recognition of foreign qualifications', 'استشارة حول الاعتراف بالمؤهلات المهنية الأجنبية', 'Консультація щодо визнання іноземних професійних кваліфікацій'),
    description: p(
      'Wir klären mit Ihnen, welche Stelle für Ihren Beruf zuständig ist, welche Unterlagen übersetzt werden müssen und wie Sie die Kosten fördern lassen können.',
      'Sie haben in Ihrem Land einen Beruf gelernt? Wir sagen Ihnen, wo Sie den Beruf anerkennen lassen. Und wer dafür bezahlt.',
      'We find out with you which authority is responsible for your profession, which documents need translating and how the costs can be funded.',
      'نوضح معك الجهة المختصة بمهنتك والمستندات التي تحتاج إلى ترجمة وكيفية الحصول على دعم للتكاليف.',
      'Ми разом з’ясуємо, яка установа відповідає за вашу професію, які документи потрібно перекласти і як отримати фінансування витрат.'),
  },
  {
    key: 'citizens-income', unit: 'Jobcenter', channel: 'online_booking', durationMinutes: 45, fee: 'free',
    documents: ['passport', 'permit', 'recognitionDecision', 'bankStatements', 'rent', 'registration'], prerequisites: ['recognised', 'livingHere'],
    locations: ['kreishaus'],
    title: p('Bürgergeld nach der Anerkennung (Wechsel ins Jobcenter)', 'Nach dem Asyl-Verfahren: Geld vom Jobcenter', 'Citizen’s income after recognition (moving to the job centre)', 'إعانة المواطن (Bürgergeld) بعد الاعتراف (الانتقال إلى مركز العمل)', 'Громадянська допомога (Bürgergeld) після визнання (перехід до Jobcenter)'),
    description: p(
      'Nach der Anerkennung endet der Anspruch auf Asylbewerberleistungen; Lebensunterhalt, Wohnkosten und Arbeitsvermittlung übernimmt das Jobcenter. Stellen Sie den Antrag sofort, damit keine Lücke entsteht.',
      'Sie haben Schutz bekommen? Dann bekommen Sie Geld vom Jobcenter. Stellen Sie den Antrag sofort. Dann haben Sie keine Zeit ohne Geld.',
      'After recognition, asylum-seeker benefits end; the job centre takes over living costs, housing costs and job placement. Apply immediately so that there is no gap.',
      'بعد الاعتراف ينتهي استحقاق مساعدات طالبي اللجوء، ويتولى مركز العمل (Jobcenter) نفقات المعيشة والسكن والتوظيف. قدّم الطلب فوراً حتى لا تنشأ فجوة.',
      'Після визнання право на допомогу шукачам притулку припиняється; витрати на життя, житло та працевлаштування бере на себе Jobcenter. Подайте заяву одразу, щоб не було перерви.'),
  },
];
