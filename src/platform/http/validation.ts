import type { FastifyInstance } from 'fastify';
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';

// Request validation with two rule sets: path and query strings arrive as
// text, so numbers and booleans are coerced there; JSON bodies carry their
// own types, and a number where a name belongs is an error, not a name.

const shared: Options = { allErrors: false, removeAdditional: false, useDefaults: true, strict: false };

function build(options: Options): Ajv {
  const ajv = new Ajv({ ...shared, ...options });
  addFormats.default(ajv);
  return ajv;
}

export function registerValidation(app: FastifyInstance): void {
  const forBodies = build({ coerceTypes: false });
  const forUrls = build({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? forBodies : forUrls).compile(schema));
  // Only JSON is accepted. Dropping the text/plain parser also means a plain
  // HTML form on another site cannot post to the API.
  app.removeContentTypeParser('text/plain');
}
