// Conversation tokens of the website channel: HS256 JWTs (jose), short-lived and bound to one
// conversation and one citizen id. The page gets one from POST /api/directline/token and renews
// it with POST /v3/directline/tokens/refresh while it is open.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { languageSchema, type Language } from '../../../knowledge/texts/index';
import type { Config } from '../../config';
import type { Logger } from '../../logger';

const ISSUER = 'buerger-assistent';
const AUDIENCE = 'directline';

const claimsSchema = z.object({ conv: z.string().min(1), sub: z.string().min(1), lang: languageSchema.optional() });
/** `language`: the page's or embed's language setting, for the welcome. */
export type TokenClaims = { conversationId: string; userId: string; language?: Language };

export class TokenExpiredError extends Error {}
class TokenInvalidError extends Error {}

export class DirectLineTokens {
  private readonly key: Uint8Array;
  readonly ttlSeconds: number;
  readonly fileLinks: FileLinks;

  constructor(config: Config, logger: Logger) {
    if (config.DIRECTLINE_TOKEN_SECRET) {
      this.key = new TextEncoder().encode(config.DIRECTLINE_TOKEN_SECRET);
    } else {
      // Allowed outside production only (config.ts): tokens die with the process.
      this.key = randomBytes(32);
      if (config.REDIS_URL) logger.warn('DIRECTLINE_TOKEN_SECRET is not set: chat tokens are valid on this instance only');
    }
    this.ttlSeconds = config.DIRECTLINE_TOKEN_TTL_MINUTES * 60;
    this.fileLinks = new FileLinks(this.key);
  }

  /** A token for a new conversation. */
  issueNew(language?: Language): Promise<{ token: string } & TokenClaims> {
    return this.issue({
      conversationId: randomUUID(),
      userId: `web-${randomUUID().replaceAll('-', '').slice(0, 16)}`,
      ...(language && { language }),
    });
  }

  async issue(claims: TokenClaims): Promise<{ token: string } & TokenClaims> {
    const token = await new SignJWT({ conv: claims.conversationId, ...(claims.language && { lang: claims.language }) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
    return { token, ...claims };
  }

  /** The claims of a valid token; throws TokenExpiredError or TokenInvalidError. */
  async verify(token: string | undefined): Promise<TokenClaims> {
    if (!token) throw new TokenInvalidError('token missing');
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const claims = claimsSchema.parse(payload);
      return { conversationId: claims.conv, userId: claims.sub, ...(claims.lang && { language: claims.lang }) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenExpiredError('token expired');
      throw new TokenInvalidError('token invalid');
    }
  }
}

/**
 * Signatures for file links. A file link must work in an <img> for as long as the file is kept
 * (its retention), longer than a conversation token lives, so it carries an HMAC of the file id
 * instead: only someone who was shown the link (the conversation) can open the file.
 */
export class FileLinks {
  constructor(private readonly key: Uint8Array) {}

  sign(fileId: string): string {
    return createHmac('sha256', this.key).update(`file:${fileId}`).digest('base64url');
  }

  verify(fileId: string, signature: unknown): boolean {
    if (typeof signature !== 'string') return false;
    const expected = Buffer.from(this.sign(fileId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
