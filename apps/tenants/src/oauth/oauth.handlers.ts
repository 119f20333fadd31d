import { randomBytes } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import { queryRows } from '@qms/db';
import { type AppEnv, hashSecret, isScope, ProblemError, verifySecret } from '@qms/platform';
import { sql } from 'drizzle-orm';
import { type getJwks, type issueToken, TokenRequestSchema } from './oauth.routes.js';

const oauthError = (
  kind: 'invalid-client' | 'validation-error' | 'forbidden',
  error: string,
  description: string,
) =>
  new ProblemError(kind, description, {
    extensions: { error, error_description: description },
    headers: kind === 'invalid-client' ? { 'WWW-Authenticate': 'Basic realm="qms"' } : {},
  });

/** Verified against when the client does not exist, so timing does not reveal which ids exist. */
const decoyHash = hashSecret(randomBytes(24).toString('base64url'));

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = header ? /^Basic ([A-Za-z0-9+/=]+)$/.exec(header) : null;
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  return {
    id: decodeURIComponent(decoded.slice(0, separator)),
    secret: decodeURIComponent(decoded.slice(separator + 1)),
  };
}

function invalidRequest(issues: readonly { path: readonly PropertyKey[] }[]): ProblemError {
  const unsupported = issues.some((issue) => issue.path[0] === 'grant_type');
  return oauthError(
    'validation-error',
    unsupported ? 'unsupported_grant_type' : 'invalid_request',
    unsupported ? 'Only grant_type=client_credentials is supported' : 'The token request is malformed',
  );
}

/** Token requests fail with OAuth error codes (RFC 6749 §5.2), not only problem fields. */
export const tokenValidationHook = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}) => {
  if (!result.success) throw invalidRequest(result.error?.issues ?? []);
};

export const token: RouteHandler<typeof issueToken, AppEnv> = async (c) => {
  const isForm = (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
  // The body is optional in the route (form or JSON), so it is checked again here as a whole.
  const parsed = TokenRequestSchema.safeParse(isForm ? c.req.valid('form') : c.req.valid('json'));
  if (!parsed.success) throw invalidRequest(parsed.error.issues);
  const basic = basicCredentials(c.req.header('authorization'));
  const clientId = basic?.id ?? parsed.data.client_id;
  const clientSecret = basic?.secret ?? parsed.data.client_secret;
  if (!clientId || !clientSecret)
    throw oauthError('invalid-client', 'invalid_client', 'Client credentials are missing');

  const { database, keys, config } = c.var.services;
  const [client] = await database.anonymous((tx) =>
    queryRows<{
      tenant_id: string;
      secret_hash: string;
      roles: string[];
      scopes: string[];
      status: string;
      tenant_status: string;
    }>(
      tx,
      sql`select tenant_id, secret_hash, roles, scopes, status, tenant_status from platform.resolve_client(${clientId})`,
    ),
  );
  const secretMatches = await verifySecret(client?.secret_hash ?? (await decoyHash), clientSecret);
  if (!client || !secretMatches || client.status !== 'active') {
    throw oauthError('invalid-client', 'invalid_client', 'Unknown client, wrong secret or revoked client');
  }
  if (client.tenant_status !== 'active') {
    throw oauthError('forbidden', 'unauthorized_client', 'The client’s organisation is suspended');
  }
  const requested = parsed.data.scope?.split(' ').filter(Boolean) ?? client.scopes;
  const granted = requested.filter((scope) => isScope(scope) && client.scopes.includes(scope));
  if (granted.length !== requested.length || granted.length === 0) {
    throw oauthError(
      'validation-error',
      'invalid_scope',
      'The client may not have one or more of the requested scopes',
    );
  }
  const ttlSeconds = config.QMS_CLIENT_TOKEN_TTL_SECONDS;
  const accessToken = await keys.sign(
    {
      sub: clientId,
      client_id: clientId,
      tid: client.tenant_id,
      roles: client.roles,
      scope: granted.join(' '),
    },
    { issuer: config.QMS_ISSUER, audience: config.QMS_AUDIENCE, ttlSeconds },
  );
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      access_token: accessToken,
      token_type: 'Bearer' as const,
      expires_in: ttlSeconds,
      scope: granted.join(' '),
    },
    200,
  );
};

export const jwks: RouteHandler<typeof getJwks, AppEnv> = async (c) => {
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(c.var.services.keys.jwks(), 200);
};
