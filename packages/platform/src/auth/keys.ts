import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';

export const SIGNING_ALGORITHM = 'ES256';

export interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  createdAt: string;
  /** Set when a newer key replaced this one; it is still published until its tokens expire. */
  retiredAt?: string;
}

export interface PlatformSecrets {
  keys: StoredKey[];
  /** HMAC key that binds pagination cursors to a tenant. */
  cursorSecret: string;
}

/** Longest lifetime of any token the platform signs; a retired key stays published this long. */
export const MAX_TOKEN_TTL_SECONDS = 12 * 60 * 60;

async function newKey(): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const kid = `qms-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALGORITHM, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALGORITHM };
  return { kid, privateJwk, publicJwk, createdAt: new Date().toISOString() };
}

export async function generateSecrets(): Promise<PlatformSecrets> {
  return { keys: [await newKey()], cursorSecret: randomBytes(32).toString('base64url') };
}

/**
 * The platform's own signing keys. In embedded mode they live in a file in the data folder
 * (created on first start, readable only by the owner); on a server they come from
 * `QMS_SECRETS` so every replica signs and verifies alike.
 */
export class SigningKeys {
  private constructor(
    private secrets: PlatformSecrets,
    private readonly file: string | undefined,
  ) {}

  /** Fresh keys kept only in memory (tests, throw-away instances). */
  static async inMemory(): Promise<SigningKeys> {
    return new SigningKeys(await generateSecrets(), undefined);
  }

  static fromJson(json: string): SigningKeys {
    return new SigningKeys(JSON.parse(json) as PlatformSecrets, undefined);
  }

  static async loadOrCreate(file: string): Promise<SigningKeys> {
    if (existsSync(file))
      return new SigningKeys(JSON.parse(readFileSync(file, 'utf8')) as PlatformSecrets, file);
    const keys = new SigningKeys(await generateSecrets(), file);
    keys.persist();
    return keys;
  }

  get cursorSecret(): string {
    return this.secrets.cursorSecret;
  }

  private get signingKey(): StoredKey {
    const active = this.secrets.keys.filter((key) => !key.retiredAt);
    const newest = active.at(-1);
    if (!newest) throw new Error('No active signing key');
    return newest;
  }

  /** Keys whose tokens may still be alive: the active one and recently retired ones. */
  publishedKeys(now = Date.now()): JWK[] {
    return this.secrets.keys
      .filter((key) => !key.retiredAt || Date.parse(key.retiredAt) + MAX_TOKEN_TTL_SECONDS * 1000 > now)
      .map((key) => key.publicJwk);
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.publishedKeys() };
  }

  private cachedKeySet: { builtAt: number; keySet: ReturnType<typeof createLocalJWKSet> } | undefined;

  /** A key set for jose's verifier; rebuilt on rotation, and each minute so retired keys age out. */
  verificationKeySet() {
    const now = Date.now();
    if (!this.cachedKeySet || now - this.cachedKeySet.builtAt > 60_000) {
      this.cachedKeySet = { builtAt: now, keySet: createLocalJWKSet(this.jwks()) };
    }
    return this.cachedKeySet.keySet;
  }

  async sign(
    claims: JWTPayload,
    options: { issuer: string; audience: string; ttlSeconds: number },
  ): Promise<string> {
    if (options.ttlSeconds > MAX_TOKEN_TTL_SECONDS) throw new Error('Token lifetime too long');
    const key = this.signingKey;
    const privateKey = await importJWK(key.privateJwk, SIGNING_ALGORITHM);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'at+jwt' })
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${options.ttlSeconds}s`)
      .setJti(randomBytes(12).toString('base64url'))
      .sign(privateKey);
  }

  /** Starts signing with a new key; the old one verifies until its last token expires. */
  async rotate(): Promise<string> {
    const now = new Date().toISOString();
    for (const key of this.secrets.keys) key.retiredAt ??= now;
    const fresh = await newKey();
    this.secrets.keys.push(fresh);
    this.cachedKeySet = undefined;
    // Forget keys whose tokens can no longer be alive.
    this.secrets.keys = this.secrets.keys.filter(
      (key) => !key.retiredAt || Date.parse(key.retiredAt) + MAX_TOKEN_TTL_SECONDS * 1000 > Date.now(),
    );
    this.persist();
    return fresh.kid;
  }

  private persist(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.secrets, null, 2), { mode: 0o600 });
    renameSync(temporary, this.file);
    chmodSync(this.file, 0o600);
  }
}
