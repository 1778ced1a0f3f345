import nodemailer, { type Transporter } from 'nodemailer';

// Outgoing mail through nodemailer. Without an SMTP server configured,
// mails are not sent; the caller records "not_sent" so staff can see it
// and reach the person another way.

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

export type MailOutcome = 'sent' | 'not_sent' | 'failed';

export interface Mailer {
  send(mail: OutgoingMail): Promise<MailOutcome>;
  /** Keeps a background send (and its bookkeeping) so close() can wait for it. */
  track(work: Promise<unknown>): void;
  close(): Promise<void>;
}

function tracker() {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work: Promise<unknown>) {
      const settled = work.catch(() => undefined).finally(() => pending.delete(settled));
      pending.add(settled);
    },
    drain: () => Promise.all([...pending]).then(() => undefined),
  };
}

export function createMailer(settings: { smtpUrl: string | undefined; from: string }, log: { warn(obj: object, msg: string): void }): Mailer {
  const background = tracker();
  if (!settings.smtpUrl) {
    return {
      async send(mail) {
        log.warn({ subject: mail.subject }, 'mail not sent: LOTSE_SMTP_URL is not set');
        return 'not_sent';
      },
      track: background.track,
      close: background.drain,
    };
  }
  const transport: Transporter = nodemailer.createTransport({ url: settings.smtpUrl, pool: true, maxConnections: 10 } as never);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments });
        return 'sent';
      } catch (error) {
        log.warn({ err: error, subject: mail.subject }, 'mail could not be sent');
        return 'failed';
      }
    },
    track: background.track,
    async close() {
      await background.drain();
      transport.close();
    },
  };
}
