import { Type, type TSchema } from 'typebox';

// Schemas shared by many routes. The response schema of each route is the
// allow-list of what leaves the server: fields not named there are dropped.

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable error code, see docs/errors.md' }),
      message: Type.String({ description: 'Message for people, in the language asked for (de, en)' }),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'ErrorBody', description: 'Every error answer has this shape' },
);

/** The error statuses a route can answer with, all in the one error shape. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((status) => [status, Type.Ref('ErrorBody')]));
}

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const NoContent = Type.Null({ description: 'No content' });
export const EmptyBody = Type.Object({}, { additionalProperties: false });
