import { roles } from '../http/policy.js';

// One typed configuration object, read from the environment once, validated,
// and frozen. A wrong value stops the process with a message that names the
// variable, so an operator never has to guess which setting was meant.

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Text on the login button, e.g. "Landkreis-Login". */
  readonly label: string;
  /** Slug of the tenant whose staff log in through this provider. */
  readonly tenantSlug: string;
  /** Claim that carries the provider's roles or groups. */
  readonly roleClaim: string;
  /** Provider role → Lotse role. Provider roles not listed grant nothing. */
  readonly roleMap: Readonly<Record<string, string>>;
  /** Allow plain http issuers (tests and local Keycloak only). */
  readonly allowInsecure: boolean;
}

/** S3-compatible storage for document contents (AWS S3, MinIO, Ceph and the like). */
export interface S3Config {
  /** Address of the storage service; absent means AWS S3 itself. */
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Name the bucket in the path rather than in the host name, as most self-hosted services need. */
  readonly forcePathStyle: boolean;
  /** Encryption the service is asked to apply to each stored object; none unless set. */
  readonly serverSideEncryption: 'AES256' | 'aws:kms' | undefined;
}

export interface Config {
  readonly env: 'production' | 'development' | 'test';
  readonly host: string;
  readonly port: number;
  /** Public base URL, used for invitation links and the OIDC redirect. */
  readonly publicUrl: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  readonly databaseUrl: string | undefined;
  /** Folder for the embedded database (ignored with databaseUrl). */
  readonly dataDir: string;
  readonly databasePoolSize: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly sessionIdleMinutes: number;
  readonly sessionMaxHours: number;
  /** Seed the demo district on first start. */
  readonly seedDemo: boolean;
  /** Serve the built web app from web/dist. */
  readonly serveWeb: boolean;
  readonly oidc: OidcConfig | undefined;
  /** Where document contents go when set; otherwise files under dataDir/documents. */
  readonly s3: S3Config | undefined;
  /** Tickets one client address may draw per minute at a location's public kiosk. */
  readonly kioskTicketsPerMinute: number;
  /** Outgoing mail; without smtpUrl mails are not sent (logged and shown to staff as "not sent"). */
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  /** Online booking's defences: proof-of-work difficulty and secret, request limits per address, e-mail and phone. */
  readonly booking: {
    readonly powSecret: string | undefined;
    readonly powMaxNumber: number;
    readonly holdMinutes: number;
    readonly addressLimitPerMinute: number;
    readonly emailLimitPerHour: number;
    readonly phoneLimitPerHour: number;
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error in ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function readString(env: Env, name: string, fallback?: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    if (fallback === undefined) throw new ConfigError(name, 'is required but not set');
    return fallback;
  }
  return value;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function readUrl(env: Env, name: string, protocols: readonly string[], fallback?: string): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw.replace(/\/$/, '');
}

function readOidc(env: Env): OidcConfig | undefined {
  const issuer = readUrl(env, 'LOTSE_OIDC_ISSUER', ['https:', 'http:']);
  if (!issuer) return undefined;
  const allowInsecure = readBool(env, 'LOTSE_OIDC_ALLOW_INSECURE', false);
  if (issuer.startsWith('http:') && !allowInsecure) {
    throw new ConfigError('LOTSE_OIDC_ISSUER', 'must use https (set LOTSE_OIDC_ALLOW_INSECURE=true only for local tests)');
  }
  let roleMap: Record<string, string>;
  const rawMap = readString(env, 'LOTSE_OIDC_ROLE_MAP', '{}');
  try {
    roleMap = JSON.parse(rawMap) as Record<string, string>;
    if (typeof roleMap !== 'object' || roleMap === null || Array.isArray(roleMap)) throw new Error('not an object');
    for (const value of Object.values(roleMap)) {
      if (typeof value !== 'string') throw new Error('values must be strings');
      if (!(roles as readonly string[]).includes(value)) throw new Error(`unknown Lotse role "${value}" (known: ${roles.join(', ')})`);
    }
  } catch (error) {
    throw new ConfigError('LOTSE_OIDC_ROLE_MAP', `must be a JSON object like {"abh-sachbearbeitung":"case_worker"} (${(error as Error).message})`);
  }
  return {
    issuer,
    clientId: readString(env, 'LOTSE_OIDC_CLIENT_ID'),
    clientSecret: readString(env, 'LOTSE_OIDC_CLIENT_SECRET'),
    label: readString(env, 'LOTSE_OIDC_LABEL', 'Dienst-Login'),
    tenantSlug: readString(env, 'LOTSE_OIDC_TENANT'),
    roleClaim: readString(env, 'LOTSE_OIDC_ROLE_CLAIM', 'roles'),
    roleMap: Object.freeze({ ...roleMap }),
    allowInsecure,
  };
}

const s3CompanionVariables = [
  'LOTSE_S3_ENDPOINT', 'LOTSE_S3_REGION', 'LOTSE_S3_ACCESS_KEY_ID', 'LOTSE_S3_SECRET_ACCESS_KEY',
  'LOTSE_S3_FORCE_PATH_STYLE', 'LOTSE_S3_SERVER_SIDE_ENCRYPTION', 'LOTSE_S3_ALLOW_INSECURE',
] as const;

function readS3(env: Env): S3Config | undefined {
  const bucket = env.LOTSE_S3_BUCKET;
  if (!bucket) {
    // Without this, a forgotten bucket would quietly keep documents on the local disk.
    const stray = s3CompanionVariables.find((name) => env[name]);
    if (stray) throw new ConfigError('LOTSE_S3_BUCKET', `is required when ${stray} is set`);
    return undefined;
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('LOTSE_S3_BUCKET', `must be 3 to 63 lower-case letters, digits, dots or hyphens, got "${bucket}"`);
  }
  const endpoint = readUrl(env, 'LOTSE_S3_ENDPOINT', ['https:', 'http:']);
  const allowInsecure = readBool(env, 'LOTSE_S3_ALLOW_INSECURE', false);
  // Documents carry special categories of personal data; plain http must be a deliberate choice.
  if (endpoint?.startsWith('http:') && !allowInsecure) {
    throw new ConfigError('LOTSE_S3_ENDPOINT', 'must use https (set LOTSE_S3_ALLOW_INSECURE=true only for a storage service on the same host or a local test)');
  }
  const region = readString(env, 'LOTSE_S3_REGION', 'eu-central-1');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(region)) throw new ConfigError('LOTSE_S3_REGION', `must be a region name like eu-central-1, got "${region}"`);
  const credential = (name: string) => {
    const value = env[name];
    if (!value) throw new ConfigError(name, 'is required when LOTSE_S3_BUCKET is set');
    return value;
  };
  const encryption = readEnum(env, 'LOTSE_S3_SERVER_SIDE_ENCRYPTION', ['off', 'AES256', 'aws:kms'] as const, 'off');
  return {
    endpoint,
    region,
    bucket,
    accessKeyId: credential('LOTSE_S3_ACCESS_KEY_ID'),
    secretAccessKey: credential('LOTSE_S3_SECRET_ACCESS_KEY'),
    forcePathStyle: readBool(env, 'LOTSE_S3_FORCE_PATH_STYLE', endpoint !== undefined),
    serverSideEncryption: encryption === 'off' ? undefined : encryption,
  };
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = readEnum(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  const port = readInt(env, 'PORT', 3000, 0, 65535);
  const host = readString(env, 'HOST', '127.0.0.1');
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const config: Config = {
    env: nodeEnv,
    host,
    port,
    publicUrl: readUrl(env, 'LOTSE_PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`) as string,
    databaseUrl,
    dataDir: readString(env, 'LOTSE_DATA_DIR', './data'),
    databasePoolSize: readInt(env, 'LOTSE_DB_POOL_SIZE', 10, 1, 200),
    logLevel: readEnum(env, 'LOTSE_LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'silent' : 'info'),
    sessionIdleMinutes: readInt(env, 'LOTSE_SESSION_IDLE_MINUTES', 60, 5, 24 * 60),
    sessionMaxHours: readInt(env, 'LOTSE_SESSION_MAX_HOURS', 12, 1, 24 * 7),
    seedDemo: readBool(env, 'LOTSE_SEED_DEMO', databaseUrl === undefined),
    serveWeb: readBool(env, 'LOTSE_SERVE_WEB', true),
    oidc: readOidc(env),
    s3: readS3(env),
    kioskTicketsPerMinute: readInt(env, 'LOTSE_KIOSK_TICKETS_PER_MINUTE', 20, 1, 1_000_000),
    mail: { smtpUrl: readUrl(env, 'LOTSE_SMTP_URL', ['smtp:', 'smtps:']), from: readString(env, 'LOTSE_MAIL_FROM', 'Lotse <termine@lotse.invalid>') },
    booking: {
      powSecret: env.LOTSE_BOOKING_POW_SECRET || undefined,
      powMaxNumber: readInt(env, 'LOTSE_BOOKING_POW_MAX_NUMBER', 50_000, 1, 10_000_000),
      holdMinutes: readInt(env, 'LOTSE_BOOKING_HOLD_MINUTES', 10, 1, 60),
      addressLimitPerMinute: readInt(env, 'LOTSE_BOOKING_ADDRESS_LIMIT', 60, 1, 1_000_000),
      emailLimitPerHour: readInt(env, 'LOTSE_BOOKING_EMAIL_LIMIT', 10, 1, 1_000_000),
      phoneLimitPerHour: readInt(env, 'LOTSE_BOOKING_PHONE_LIMIT', 10, 1, 1_000_000),
    },
  };
  return deepFreeze(config);
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object' && !Object.isFrozen(inner)) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}
