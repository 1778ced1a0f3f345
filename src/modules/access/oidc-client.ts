import * as oidc from 'openid-client';
import type { OidcConfig } from '../../platform/config/config.js';

// The relying-party side of the district's identity provider. Discovery runs
// once per app on first use and is kept; a failed discovery is forgotten, so
// a provider that was down at the first login is found again at the next.

const REQUEST_TIMEOUT_SECONDS = 10;

export type OidcConfiguration = oidc.Configuration;

export function oidcConfiguration(settings: OidcConfig): () => Promise<OidcConfiguration> {
  let pending: Promise<OidcConfiguration> | undefined;
  return () => {
    pending ??= discover(settings).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

async function discover(settings: OidcConfig): Promise<OidcConfiguration> {
  const configuration = await oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    { client_secret: settings.clientSecret },
    // The default of OpenID Connect, supported by Keycloak and every certified provider.
    oidc.ClientSecretBasic(settings.clientSecret),
    {
      timeout: REQUEST_TIMEOUT_SECONDS,
      ...(settings.allowInsecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    },
  );
  configuration.timeout = REQUEST_TIMEOUT_SECONDS;
  return configuration;
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Fresh state, nonce and PKCE verifier, and the provider address that carries them. */
export async function authorizationRequest(configuration: OidcConfiguration, redirectUri: string): Promise<AuthorizationRequest> {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Exchanges the code from the callback address for tokens, checking state,
 * nonce, PKCE, issuer, audience and signature, and returns the ID token's claims.
 */
export async function redeemCode(
  configuration: OidcConfiguration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('token response without an ID token');
  return { ...claims };
}

/** What of a failed exchange may go to the log: kinds and codes, never claims or tokens. */
export function describeOidcError(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { error: String(error).slice(0, 200) };
  const { name, code, error: oauthError, status, message, cause } = error as { name?: unknown; code?: unknown; error?: unknown; status?: unknown; message?: unknown; cause?: unknown };
  const causeCode = cause && typeof cause === 'object' ? (cause as { code?: unknown }).code : undefined;
  return {
    errorName: typeof name === 'string' ? name : undefined,
    errorCode: typeof code === 'string' ? code : undefined,
    oauthError: typeof oauthError === 'string' ? oauthError.slice(0, 100) : undefined,
    httpStatus: typeof status === 'number' ? status : undefined,
    causeCode: typeof causeCode === 'string' ? causeCode : undefined,
    // openid-client's messages name the failed check ("unexpected ID Token "nonce" claim value"), not values.
    message: typeof message === 'string' ? message.slice(0, 300) : undefined,
  };
}
