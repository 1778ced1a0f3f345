import ical from 'ical-generator';

// The mails of online booking, in the person's language: the eight languages
// of the public pages (plain German is `de-x-ls`), German for any other. The
// confirmation carries an iCalendar file. A new text needs all eight: the
// compiler refuses a language without it.

export const mailLanguages = ['de', 'de-x-ls', 'en', 'ar', 'uk', 'fa', 'tr', 'ru'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

const isMailLanguage = (value: string): value is MailLanguage => (mailLanguages as readonly string[]).includes(value);

/** The asked language, else its primary subtag ("uk-UA" → "uk"), else German. */
export function mailLanguage(language: string): MailLanguage {
  if (isMailLanguage(language)) return language;
  const primary = language.split('-')[0] ?? '';
  return isMailLanguage(primary) ? primary : 'de';
}

interface Appointment {
  name: string;
  concernTitle: string;
  locationName: string;
  locationAddress: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

export interface MailTexts {
  holdSubject: string;
  hold(a: Appointment, code: string, link: string, minutes: number): string;
  confirmedSubject: string;
  confirmed(a: Appointment, manage: string): string;
  reminderSubject: string;
  reminder(a: Appointment, manage: string): string;
  drawSubject: string;
  draw(name: string, link: string): string;
  cancelledSubject: string;
  cancelled(a: Appointment): string;
}

// Persian with the Gregorian calendar: the date then matches the German letters and the calendar file.
const locales: Record<MailLanguage, string> = {
  de: 'de-DE', 'de-x-ls': 'de-DE', en: 'en-GB', ar: 'ar', uk: 'uk-UA', fa: 'fa-IR-u-ca-gregory', tr: 'tr-TR', ru: 'ru-RU',
};

function when(appointment: Appointment, language: MailLanguage): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'full', timeStyle: 'short', timeZone: appointment.timeZone }).format(appointment.startsAt);
}

/** A number with its noun in the form the number asks for ("1 хвилину", "3 хвилини", "10 хвилин"). */
function counted(language: MailLanguage, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[new Intl.PluralRules(locales[language]).select(count)] ?? forms.other;
  return `${new Intl.NumberFormat(locales[language]).format(count)} ${form}`;
}

const texts: Record<MailLanguage, MailTexts> = {
  de: {
    holdSubject: 'Bitte bestätigen Sie Ihren Termin',
    hold: (a, code, link, minutes) =>
      `Guten Tag ${a.name},\n\nwir haben für Sie den Termin „${a.concernTitle}“ am ${when(a, 'de')} (${a.locationName}) für ${minutes} Minuten reserviert.\n\nIhr Bestätigungscode: ${code}\nOder bestätigen Sie über diesen Link: ${link}\n\nOhne Bestätigung verfällt die Reservierung.`,
    confirmedSubject: 'Ihr Termin ist bestätigt',
    confirmed: (a, manage) =>
      `Guten Tag ${a.name},\n\nIhr Termin „${a.concernTitle}“ ist bestätigt:\n${when(a, 'de')}\n${a.locationName}, ${a.locationAddress}\n\nDen Termin im Anhang können Sie in Ihren Kalender übernehmen.\nAbsagen oder verlegen: ${manage}`,
    reminderSubject: 'Erinnerung: Ihr Termin morgen',
    reminder: (a, manage) => `Guten Tag ${a.name},\n\nwir erinnern Sie an Ihren Termin „${a.concernTitle}“ am ${when(a, 'de')} (${a.locationName}, ${a.locationAddress}).\n\nFalls Sie nicht kommen können, sagen Sie bitte ab: ${manage}`,
    drawSubject: 'Bitte bestätigen Sie Ihre Teilnahme an der Terminverlosung',
    draw: (name, link) => `Guten Tag ${name},\n\nbitte bestätigen Sie Ihre Teilnahme an der Verlosung über diesen Link: ${link}\n\nNach Ende der Anmeldefrist werden die Termine per Los vergeben.`,
    cancelledSubject: 'Ihr Termin wurde abgesagt',
    cancelled: (a) => `Guten Tag ${a.name},\n\nIhr Termin „${a.concernTitle}“ am ${when(a, 'de')} ist abgesagt.`,
  },
  // Einfache Sprache: one thing per sentence, the important words first.
  'de-x-ls': {
    holdSubject: 'Bitte bestätigen Sie Ihren Termin',
    hold: (a, code, link, minutes) =>
      `Guten Tag ${a.name},\n\nSie haben diesen Termin ausgesucht:\nWas: ${a.concernTitle}\nWann: ${when(a, 'de-x-ls')}\nWo: ${a.locationName}\n\nWir halten den Termin ${counted('de-x-ls', minutes, { one: 'Minute', other: 'Minuten' })} für Sie frei.\nBitte bestätigen Sie den Termin in dieser Zeit.\n\nGeben Sie diesen Code auf der Internet-Seite ein: ${code}\nOder klicken Sie auf diesen Link: ${link}\n\nWichtig: Ohne Bestätigung bekommen Sie den Termin nicht.`,
    confirmedSubject: 'Ihr Termin ist bestätigt',
    confirmed: (a, manage) =>
      `Guten Tag ${a.name},\n\nIhr Termin ist jetzt fest:\nWas: ${a.concernTitle}\nWann: ${when(a, 'de-x-ls')}\nWo: ${a.locationName}, ${a.locationAddress}\n\nIm Anhang ist eine Kalender-Datei. Damit kommt der Termin in Ihren Kalender.\n\nSie können nicht kommen? Oder Sie brauchen eine andere Zeit?\nDann sagen Sie den Termin hier ab oder verlegen Sie ihn: ${manage}`,
    reminderSubject: 'Erinnerung: Sie haben morgen einen Termin',
    reminder: (a, manage) =>
      `Guten Tag ${a.name},\n\nSie haben morgen einen Termin:\nWas: ${a.concernTitle}\nWann: ${when(a, 'de-x-ls')}\nWo: ${a.locationName}, ${a.locationAddress}\n\nSie können nicht kommen? Dann sagen Sie den Termin bitte ab: ${manage}`,
    drawSubject: 'Bitte bestätigen Sie Ihre Anmeldung zur Termin-Verlosung',
    draw: (name, link) =>
      `Guten Tag ${name},\n\nSie möchten bei der Verlosung von Terminen mitmachen.\nBitte bestätigen Sie das mit diesem Link: ${link}\n\nDie Anmeldung ist nur eine bestimmte Zeit offen. Danach verlosen wir die Termine.\nDas heißt: Der Zufall entscheidet, wer einen Termin bekommt.`,
    cancelledSubject: 'Ihr Termin ist abgesagt',
    cancelled: (a) => `Guten Tag ${a.name},\n\ndieser Termin ist abgesagt:\nWas: ${a.concernTitle}\nWann: ${when(a, 'de-x-ls')}`,
  },
  en: {
    holdSubject: 'Please confirm your appointment',
    hold: (a, code, link, minutes) =>
      `Hello ${a.name},\n\nwe have reserved the appointment "${a.concernTitle}" on ${when(a, 'en')} (${a.locationName}) for you for ${minutes} minutes.\n\nYour confirmation code: ${code}\nOr confirm with this link: ${link}\n\nWithout confirmation the reservation lapses.`,
    confirmedSubject: 'Your appointment is confirmed',
    confirmed: (a, manage) =>
      `Hello ${a.name},\n\nyour appointment "${a.concernTitle}" is confirmed:\n${when(a, 'en')}\n${a.locationName}, ${a.locationAddress}\n\nThe attached file adds it to your calendar.\nCancel or move: ${manage}`,
    reminderSubject: 'Reminder: your appointment tomorrow',
    reminder: (a, manage) => `Hello ${a.name},\n\na reminder of your appointment "${a.concernTitle}" on ${when(a, 'en')} (${a.locationName}, ${a.locationAddress}).\n\nIf you cannot come, please cancel: ${manage}`,
    drawSubject: 'Please confirm your request for the appointment draw',
    draw: (name, link) => `Hello ${name},\n\nplease confirm your request for the draw with this link: ${link}\n\nAfter requests close, the appointments are allocated by lot.`,
    cancelledSubject: 'Your appointment was cancelled',
    cancelled: (a) => `Hello ${a.name},\n\nyour appointment "${a.concernTitle}" on ${when(a, 'en')} is cancelled.`,
  },
  ar: {
    holdSubject: 'يرجى تأكيد موعدك',
    hold: (a, code, link, minutes) =>
      `مرحباً ${a.name}،\n\nلقد حجزنا لك موعد «${a.concernTitle}» في ${when(a, 'ar')} (${a.locationName}) لمدة ${minutes} دقيقة.\n\nرمز التأكيد: ${code}\nأو أكّد عبر هذا الرابط: ${link}\n\nبدون تأكيد ينتهي الحجز.`,
    confirmedSubject: 'تم تأكيد موعدك',
    confirmed: (a, manage) =>
      `مرحباً ${a.name}،\n\nتم تأكيد موعدك «${a.concernTitle}»:\n${when(a, 'ar')}\n${a.locationName}، ${a.locationAddress}\n\nيمكنك إضافة الموعد إلى تقويمك من الملف المرفق.\nللإلغاء أو التغيير: ${manage}`,
    reminderSubject: 'تذكير: موعدك غداً',
    reminder: (a, manage) => `مرحباً ${a.name}،\n\nنذكّرك بموعدك «${a.concernTitle}» في ${when(a, 'ar')} (${a.locationName}، ${a.locationAddress}).\n\nإذا لم تستطع الحضور يرجى الإلغاء: ${manage}`,
    drawSubject: 'يرجى تأكيد طلبك في قرعة المواعيد',
    draw: (name, link) => `مرحباً ${name}،\n\nيرجى تأكيد طلبك في القرعة عبر هذا الرابط: ${link}\n\nبعد انتهاء فترة الطلبات توزَّع المواعيد بالقرعة.`,
    cancelledSubject: 'تم إلغاء موعدك',
    cancelled: (a) => `مرحباً ${a.name}،\n\nتم إلغاء موعدك «${a.concernTitle}» في ${when(a, 'ar')}.`,
  },
  // Polite form with a capital "Ви"/"Ваш", as in official letters.
  uk: {
    holdSubject: 'Будь ласка, підтвердьте Ваш запис на прийом',
    hold: (a, code, link, minutes) =>
      `Добрий день, ${a.name}!\n\nМи зарезервували для Вас запис «${a.concernTitle}» на ${when(a, 'uk')} (${a.locationName}).\nРезервування діє ${counted('uk', minutes, { one: 'хвилину', few: 'хвилини', many: 'хвилин', other: 'хвилини' })}.\n\nВаш код підтвердження: ${code}\nАбо підтвердьте запис за цим посиланням: ${link}\n\nБез підтвердження резервування втрачає силу.`,
    confirmedSubject: 'Ваш запис на прийом підтверджено',
    confirmed: (a, manage) =>
      `Добрий день, ${a.name}!\n\nВаш запис «${a.concernTitle}» підтверджено:\n${when(a, 'uk')}\n${a.locationName}, ${a.locationAddress}\n\nЩоб додати запис до календаря, відкрийте файл у додатку.\nСкасувати або перенести запис: ${manage}`,
    reminderSubject: 'Нагадування: завтра у Вас запис на прийом',
    reminder: (a, manage) =>
      `Добрий день, ${a.name}!\n\nНагадуємо про Ваш запис «${a.concernTitle}» на ${when(a, 'uk')} (${a.locationName}, ${a.locationAddress}).\n\nЯкщо Ви не зможете прийти, будь ласка, скасуйте запис: ${manage}`,
    drawSubject: 'Будь ласка, підтвердьте участь у жеребкуванні записів на прийом',
    draw: (name, link) =>
      `Добрий день, ${name}!\n\nБудь ласка, підтвердьте Вашу участь у жеребкуванні за цим посиланням: ${link}\n\nПісля завершення реєстрації записи розподіляються жеребкуванням.`,
    cancelledSubject: 'Ваш запис на прийом скасовано',
    cancelled: (a) => `Добрий день, ${a.name}!\n\nВаш запис «${a.concernTitle}» на ${when(a, 'uk')} скасовано.`,
  },
  // Polite "شما"; "گرامی" after the name is courteous and fits any gender.
  fa: {
    holdSubject: 'لطفاً نوبت خود را تأیید کنید',
    hold: (a, code, link, minutes) =>
      `${a.name} گرامی،\n\nاین نوبت را برای شما رزرو کرده‌ایم:\n«${a.concernTitle}»\n${when(a, 'fa')}\n${a.locationName}\n\nاین رزرو ${counted('fa', minutes, { other: 'دقیقه' })} معتبر است. لطفاً در این مدت آن را تأیید کنید.\n\nکد تأیید شما: ${code}\nیا از طریق این پیوند تأیید کنید: ${link}\n\nبدون تأیید، رزرو باطل می‌شود.`,
    confirmedSubject: 'نوبت شما تأیید شد',
    confirmed: (a, manage) =>
      `${a.name} گرامی،\n\nنوبت «${a.concernTitle}» شما تأیید شد:\n${when(a, 'fa')}\n${a.locationName}، ${a.locationAddress}\n\nبا فایل پیوست می‌توانید این نوبت را به تقویم خود اضافه کنید.\nلغو یا تغییر زمان نوبت: ${manage}`,
    reminderSubject: 'یادآوری: فردا نوبت دارید',
    reminder: (a, manage) =>
      `${a.name} گرامی،\n\nیادآوری می‌کنیم که نوبت «${a.concernTitle}» شما در ${when(a, 'fa')} است (${a.locationName}، ${a.locationAddress}).\n\nاگر نمی‌توانید بیایید، لطفاً نوبت را لغو کنید: ${manage}`,
    drawSubject: 'لطفاً شرکت خود در قرعه‌کشی نوبت‌ها را تأیید کنید',
    draw: (name, link) =>
      `${name} گرامی،\n\nلطفاً شرکت خود در قرعه‌کشی را از طریق این پیوند تأیید کنید: ${link}\n\nپس از پایان مهلت ثبت‌نام، نوبت‌ها با قرعه‌کشی واگذار می‌شوند.`,
    cancelledSubject: 'نوبت شما لغو شد',
    cancelled: (a) => `${a.name} گرامی،\n\nنوبت «${a.concernTitle}» شما برای ${when(a, 'fa')} لغو شد.`,
  },
  // "Sayın" is the courteous address of official letters, for anyone.
  tr: {
    holdSubject: 'Lütfen randevunuzu onaylayın',
    hold: (a, code, link, minutes) =>
      `Sayın ${a.name},\n\nSizin için şu randevuyu ayırdık:\n“${a.concernTitle}”\n${when(a, 'tr')}\n${a.locationName}\n\nBu rezervasyon ${counted('tr', minutes, { other: 'dakika' })} geçerlidir. Lütfen bu süre içinde onaylayın.\n\nOnay kodunuz: ${code}\nVeya bu bağlantıyla onaylayın: ${link}\n\nOnaylamazsanız rezervasyon geçersiz olur.`,
    confirmedSubject: 'Randevunuz onaylandı',
    confirmed: (a, manage) =>
      `Sayın ${a.name},\n\n“${a.concernTitle}” randevunuz onaylandı:\n${when(a, 'tr')}\n${a.locationName}, ${a.locationAddress}\n\nEkteki dosya ile randevuyu takviminize ekleyebilirsiniz.\nİptal etmek veya başka bir zamana almak için: ${manage}`,
    reminderSubject: 'Hatırlatma: Yarın randevunuz var',
    reminder: (a, manage) =>
      `Sayın ${a.name},\n\nRandevunuzu hatırlatırız:\n“${a.concernTitle}”\n${when(a, 'tr')}\n${a.locationName}, ${a.locationAddress}\n\nGelemeyecekseniz lütfen randevunuzu iptal edin: ${manage}`,
    drawSubject: 'Lütfen randevu kurasına katılımınızı onaylayın',
    draw: (name, link) =>
      `Sayın ${name},\n\nLütfen kuraya katılım başvurunuzu bu bağlantıyla onaylayın: ${link}\n\nBaşvuru süresi bittikten sonra randevular kura ile dağıtılır.`,
    cancelledSubject: 'Randevunuz iptal edildi',
    cancelled: (a) => `Sayın ${a.name},\n\nŞu randevunuz iptal edildi:\n“${a.concernTitle}”\n${when(a, 'tr')}`,
  },
  // Polite form with a capital "Вы"/"Ваш", as in official letters.
  ru: {
    holdSubject: 'Пожалуйста, подтвердите Вашу запись на приём',
    hold: (a, code, link, minutes) =>
      `Здравствуйте, ${a.name}!\n\nМы зарезервировали для Вас запись «${a.concernTitle}» на ${when(a, 'ru')} (${a.locationName}).\nБронь действует ${counted('ru', minutes, { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' })}.\n\nВаш код подтверждения: ${code}\nИли подтвердите запись по этой ссылке: ${link}\n\nБез подтверждения бронь аннулируется.`,
    confirmedSubject: 'Ваша запись на приём подтверждена',
    confirmed: (a, manage) =>
      `Здравствуйте, ${a.name}!\n\nВаша запись «${a.concernTitle}» подтверждена:\n${when(a, 'ru')}\n${a.locationName}, ${a.locationAddress}\n\nЧтобы добавить запись в календарь, откройте файл во вложении.\nОтменить или перенести запись: ${manage}`,
    reminderSubject: 'Напоминание: завтра у Вас запись на приём',
    reminder: (a, manage) =>
      `Здравствуйте, ${a.name}!\n\nНапоминаем о Вашей записи «${a.concernTitle}» на ${when(a, 'ru')} (${a.locationName}, ${a.locationAddress}).\n\nЕсли Вы не сможете прийти, пожалуйста, отмените запись: ${manage}`,
    drawSubject: 'Пожалуйста, подтвердите участие в жеребьёвке записей на приём',
    draw: (name, link) =>
      `Здравствуйте, ${name}!\n\nПожалуйста, подтвердите Ваше участие в жеребьёвке по этой ссылке: ${link}\n\nПосле окончания приёма заявок записи распределяются по жребию.`,
    cancelledSubject: 'Ваша запись на приём отменена',
    cancelled: (a) => `Здравствуйте, ${a.name}!\n\nВаша запись «${a.concernTitle}» на ${when(a, 'ru')} отменена.`,
  },
};

export function textsFor(language: string): MailTexts {
  return texts[mailLanguage(language)];
}

export function calendarFile(bookingId: string, appointment: Appointment, publicHost: string) {
  const calendar = ical({ name: appointment.concernTitle, prodId: { company: 'Lotse', product: 'Termine' } });
  calendar.createEvent({
    id: `${bookingId}@${publicHost}`,
    start: appointment.startsAt,
    end: appointment.endsAt,
    summary: appointment.concernTitle,
    location: `${appointment.locationName}, ${appointment.locationAddress}`,
  });
  return { filename: 'termin.ics', content: calendar.toString(), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
}

export type { Appointment as MailAppointment };
