import { Type } from 'typebox';

// Request and response shapes shared by the booking routes.

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const PersonName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
// Internationalised addresses (مريم@مثال.example, jürgen@bücher.example) are
// welcome; the "email" format of the validator knows only ASCII.
export const AnyEmail = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' });
// A language tag such as "uk", "de-AT" or plain German "de-x-ls" (a private-use
// subtag); mails and titles come in the tag's language or else in German.
export const Language = Type.String({ pattern: '^[a-z]{2}(-[A-Za-z]{2,4})?(-x-[A-Za-z0-9]{1,8})?$', maxLength: 20 });
// Optional at booking; counted per number (see phoneKey) and shown to staff in the day list.
export const Phone = Type.String({ maxLength: 40, pattern: '^[+0-9 ()/-]*$' });
export const Token = Type.String({ minLength: 16, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' });
export const TenantParams = Type.Object({ tenantSlug: Type.String({ maxLength: 64 }) });

export const Pow = Type.Object({
  challenge: Type.Object({ parameters: Type.Record(Type.String(), Type.Unknown()), signature: Type.Optional(Type.String()) }),
  solution: Type.Object({ counter: Type.Integer({ minimum: 0 }), derivedKey: Type.String({ maxLength: 256 }), time: Type.Optional(Type.Number()) }),
});

export const BookingStatus = Type.Enum(['held', 'confirmed', 'cancelled', 'expired', 'arrived', 'no_show']);

export const PublicAppointment = Type.Object({
  id: Type.String(),
  status: BookingStatus,
  name: Type.String(),
  concernId: Type.String(),
  concernTitle: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  locationName: Type.String(),
  locationAddress: Type.String(),
  holdExpiresAt: Type.Union([Type.String(), Type.Null()]),
  mailStatus: Type.String(),
});

export function presentPublic(view: { id: string; status: string; name: string; concernId: string; concernTitle: string; startsAt: Date; endsAt: Date; locationName: string; locationAddress: string; holdExpiresAt: Date | null; mailStatus: string }) {
  return {
    id: view.id, status: view.status as 'held', name: view.name, concernId: view.concernId, concernTitle: view.concernTitle,
    startsAt: view.startsAt.toISOString(), endsAt: view.endsAt.toISOString(), locationName: view.locationName, locationAddress: view.locationAddress,
    holdExpiresAt: view.holdExpiresAt ? view.holdExpiresAt.toISOString() : null, mailStatus: view.mailStatus,
  };
}
