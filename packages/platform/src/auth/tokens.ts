import { createRemoteJWKSet, decodeJwt, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import type { PlatformConfig } from '../config.js';
import { ProblemError } from '../problems.js';
import { SIGNING_ALGORITHM, type SigningKeys } from './keys.js';

export interface VerifiedToken {
  issuer: string;
  subject: string;
  /** Present on client-credentials tokens (RFC 9068 `client_id`). */
  clientId: string | undefined;
  /** Tenant chosen when the platform issued a person's token. */
  tenantId: string | undefined;
  payload: JWTPayload;
}

const invalidToken = (description: string) =>
  new ProblemError('invalid-token', description, {
    headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` },
  });

/** Explains jose's failures without echoing the token. */
function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'The token is not valid yet';
    if (error.claim === 'iss') return 'The token was issued by an unknown issuer';
    if (error.claim === 'aud') return 'The token is not meant for this API';
    return `The token's ${error.claim} claim is invalid`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm that is not allowed';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token is signed by an unknown key';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is invalid';
  return 'The token could not be verified';
}

/**
 * Verifies bearer tokens from the platform's own keys and, when configured, from an external
 * identity provider's JWKS. Issuer, audience, lifetime and algorithm are all checked.
 */
export class TokenVerifier {
  private readonly remoteKeys: ReturnType<typeof createRemoteJWKSet> | undefined;
  /**
   * Tokens already verified, until they expire: a client sends the same token for many requests
   * and an ECDSA verification costs more than the rest of a simple read. Only the exact token
   * string hits, so a tampered token is always verified afresh.
   */
  private readonly verified = new Map<string, VerifiedToken>();
  private static readonly CACHE_SIZE = 10_000;

  constructor(
    private readonly config: PlatformConfig,
    private readonly keys: SigningKeys,
  ) {
    this.remoteKeys = config.QMS_JWKS_URL ? createRemoteJWKSet(new URL(config.QMS_JWKS_URL)) : undefined;
  }

  async verify(token: string): Promise<VerifiedToken> {
    const cached = this.verified.get(token);
    if (cached) {
      const now = Date.now() / 1000;
      if ((cached.payload.exp ?? 0) > now - 5) return cached;
      this.verified.delete(token);
    }
    const result = await this.verifyUncached(token);
    if (this.verified.size >= TokenVerifier.CACHE_SIZE) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(token, result);
    return result;
  }

  private async verifyUncached(token: string): Promise<VerifiedToken> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw invalidToken('The token is not a well-formed JWT');
    }
    const external = this.remoteKeys !== undefined && unverified.iss === this.config.QMS_OIDC_ISSUER;
    try {
      const { payload } = external
        ? await jwtVerify(token, this.remoteKeys as NonNullable<typeof this.remoteKeys>, {
            issuer: this.config.QMS_OIDC_ISSUER,
            audience: this.config.QMS_OIDC_AUDIENCE ?? this.config.QMS_AUDIENCE,
            algorithms: this.config.QMS_OIDC_ALGORITHMS.length
              ? this.config.QMS_OIDC_ALGORITHMS
              : ['RS256', 'ES256'],
            clockTolerance: 5,
            requiredClaims: ['sub', 'exp'],
          })
        : await jwtVerify(token, this.keys.verificationKeySet(), {
            issuer: this.config.QMS_ISSUER,
            audience: this.config.QMS_AUDIENCE,
            algorithms: [SIGNING_ALGORITHM],
            clockTolerance: 5,
            requiredClaims: ['sub', 'exp'],
          });
      return {
        issuer: payload.iss as string,
        subject: payload.sub as string,
        clientId: !external && typeof payload.client_id === 'string' ? payload.client_id : undefined,
        tenantId: !external && typeof payload.tid === 'string' ? payload.tid : undefined,
        payload,
      };
    } catch (error) {
      throw invalidToken(describe(error));
    }
  }
}
