import ical from 'ical-generator';

// The mails of online booking, in the person's language (German, English,
// Arabic; German for any other). The confirmation carries an iCalendar file.

export const mailLanguages = ['de', 'en', 'ar'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

export function mailLanguage(language: string): MailLanguage {
  return (mailLanguages as readonly string[]).includes(language) ? (language as MailLanguage) : 'de';
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

const locales: Record<MailLanguage, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar' };

function when(appointment: Appointment, language: MailLanguage): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'full', timeStyle: 'short', timeZone: appointment.timeZone }).format(appointment.startsAt);
}

const texts = {
  de: {
    holdSubject: 'Bitte bestätigen Sie Ihren Termin',
    hold: (a: Appointment, code: string, link: string, minutes: number) =>
      `Guten Tag ${a.name},\n\nwir haben für Sie den Termin „${a.concernTitle}“ am ${when(a, 'de')} (${a.locationName}) für ${minutes} Minuten reserviert.\n\nIhr Bestätigungscode: ${code}\nOder bestätigen Sie über diesen Link: ${link}\n\nOhne Bestätigung verfällt die Reservierung.`,
    confirmedSubject: 'Ihr Termin ist bestätigt',
    confirmed: (a: Appointment, manage: string) =>
      `Guten Tag ${a.name},\n\nIhr Termin „${a.concernTitle}“ ist bestätigt:\n${when(a, 'de')}\n${a.locationName}, ${a.locationAddress}\n\nDen Termin im Anhang können Sie in Ihren Kalender übernehmen.\nAbsagen oder verlegen: ${manage}`,
    reminderSubject: 'Erinnerung: Ihr Termin morgen',
    reminder: (a: Appointment, manage: string) => `Guten Tag ${a.name},\n\nwir erinnern Sie an Ihren Termin „${a.concernTitle}“ am ${when(a, 'de')} (${a.locationName}, ${a.locationAddress}).\n\nFalls Sie nicht kommen können, sagen Sie bitte ab: ${manage}`,
    drawSubject: 'Bitte bestätigen Sie Ihre Teilnahme an der Terminverlosung',
    draw: (name: string, link: string) => `Guten Tag ${name},\n\nbitte bestätigen Sie Ihre Teilnahme an der Verlosung über diesen Link: ${link}\n\nNach Ende der Anmeldefrist werden die Termine per Los vergeben.`,
    cancelledSubject: 'Ihr Termin wurde abgesagt',
    cancelled: (a: Appointment) => `Guten Tag ${a.name},\n\nIhr Termin „${a.concernTitle}“ am ${when(a, 'de')} ist abgesagt.`,
  },
  en: {
    holdSubject: 'Please confirm your appointment',
    hold: (a: Appointment, code: string, link: string, minutes: number) =>
      `Hello ${a.name},\n\nwe have reserved the appointment "${a.concernTitle}" on ${when(a, 'en')} (${a.locationName}) for you for ${minutes} minutes.\n\nYour confirmation code: ${code}\nOr confirm with this link: ${link}\n\nWithout confirmation the reservation lapses.`,
    confirmedSubject: 'Your appointment is confirmed',
    confirmed: (a: Appointment, manage: string) =>
      `Hello ${a.name},\n\nyour appointment "${a.concernTitle}" is confirmed:\n${when(a, 'en')}\n${a.locationName}, ${a.locationAddress}\n\nThe attached file adds it to your calendar.\nCancel or move: ${manage}`,
    reminderSubject: 'Reminder: your appointment tomorrow',
    reminder: (a: Appointment, manage: string) => `Hello ${a.name},\n\na reminder of your appointment "${a.concernTitle}" on ${when(a, 'en')} (${a.locationName}, ${a.locationAddress}).\n\nIf you cannot come, please cancel: ${manage}`,
    drawSubject: 'Please confirm your request for the appointment draw',
    draw: (name: string, link: string) => `Hello ${name},\n\nplease confirm your request for the draw with this link: ${link}\n\nAfter requests close, the appointments are allocated by lot.`,
    cancelledSubject: 'Your appointment was cancelled',
    cancelled: (a: Appointment) => `Hello ${a.name},\n\nyour appointment "${a.concernTitle}" on ${when(a, 'en')} is cancelled.`,
  },
  ar: {
    holdSubject: 'يرجى تأكيد موعدك',
    hold: (a: Appointment, code: string, link: string, minutes: number) =>
      `مرحباً ${a.name}،\n\nلقد حجزنا لك موعد «${a.concernTitle}» في ${when(a, 'ar')} (${a.locationName}) لمدة ${minutes} دقيقة.\n\nرمز التأكيد: ${code}\nأو أكّد عبر هذا الرابط: ${link}\n\nبدون تأكيد ينتهي الحجز.`,
    confirmedSubject: 'تم تأكيد موعدك',
    confirmed: (a: Appointment, manage: string) =>
      `مرحباً ${a.name}،\n\nتم تأكيد موعدك «${a.concernTitle}»:\n${when(a, 'ar')}\n${a.locationName}، ${a.locationAddress}\n\nيمكنك إضافة الموعد إلى تقويمك من الملف المرفق.\nللإلغاء أو التغيير: ${manage}`,
    reminderSubject: 'تذكير: موعدك غداً',
    reminder: (a: Appointment, manage: string) => `مرحباً ${a.name}،\n\nنذكّرك بموعدك «${a.concernTitle}» في ${when(a, 'ar')} (${a.locationName}، ${a.locationAddress}).\n\nإذا لم تستطع الحضور يرجى الإلغاء: ${manage}`,
    drawSubject: 'يرجى تأكيد طلبك في قرعة المواعيد',
    draw: (name: string, link: string) => `مرحباً ${name}،\n\nيرجى تأكيد طلبك في القرعة عبر هذا الرابط: ${link}\n\nبعد انتهاء فترة الطلبات توزَّع المواعيد بالقرعة.`,
    cancelledSubject: 'تم إلغاء موعدك',
    cancelled: (a: Appointment) => `مرحباً ${a.name}،\n\nتم إلغاء موعدك «${a.concernTitle}» في ${when(a, 'ar')}.`,
  },
} satisfies Record<MailLanguage, unknown>;

export function textsFor(language: string) {
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
