// Azure Bot Service as seen from /api/messages: a test signing key whose JWKS is served where
// the SDK fetches Microsoft's keys, the Entra token endpoint, and a Bot Connector that records
// what the assistant posts. Only these third-party hosts are mocked (nock).
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import nock from 'nock';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const SERVICE_URL = 'https://smba.connector.test/de/';
export const CONNECTOR_TOKEN = 'connector-access-token-from-entra';
/** Environment of an assistant registered as APP_ID. */
export const AZURE_ENV = { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'test-client-secret', MICROSOFT_APP_TENANT_ID: TENANT };
const KID = 'test-key-1';

interface PostedActivity {
  path: string;
  auth: string | undefined;
  body: {
    type: string;
    text?: string;
    conversation?: { id: string };
    suggestedActions?: { actions: Array<{ title: string; value?: unknown }> };
    locale?: string;
  };
}

export interface AzureMock {
  /** What the assistant posted to the Bot Connector. */
  posted: PostedActivity[];
  /** A token as Azure Bot Service signs it; override claims or sign with another key. */
  token(claims?: Record<string, unknown>, options?: { key?: CryptoKey; expiresIn?: string | number }): Promise<string>;
  /** A key Microsoft did not publish. */
  foreignKey: CryptoKey;
}

export async function mockAzure(): Promise<AzureMock> {
  const ours = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256'); // Microsoft publishes several keys
  const keys = {
    keys: [
      { ...(await exportJWK(ours.publicKey)), kid: KID, use: 'sig', alg: 'RS256' },
      { ...(await exportJWK(other.publicKey)), kid: 'other', use: 'sig', alg: 'RS256' },
    ],
  };
  nock('https://login.botframework.com').persist().get('/v1/.well-known/keys').reply(200, keys);
  // MSAL knows login.microsoftonline.com's metadata; the keys of Entra issuers and the token request go out.
  nock('https://login.microsoftonline.com')
    .persist()
    .get(/\/discovery\/v2\.0\/keys/)
    .reply(200, keys)
    .post(new RegExp(`^/${TENANT}/oauth2/v2\\.0/token`))
    .reply(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: CONNECTOR_TOKEN });
  const posted: PostedActivity[] = [];
  nock(new URL(SERVICE_URL).origin)
    .persist()
    .post(/\/de\/v3\/conversations\/.+\/activities/)
    .reply(200, function (uri, body) {
      posted.push({ path: uri, auth: this.req.headers.authorization, body: body as PostedActivity['body'] });
      return { id: randomUUID() };
    });
  return {
    posted,
    foreignKey: foreign.privateKey,
    token: (claims = {}, options = {}) => {
      const { iss = 'https://api.botframework.com', aud = APP_ID, serviceurl = SERVICE_URL, ...rest } = claims;
      return new SignJWT({ serviceurl, ...rest })
        .setProtectedHeader({ alg: 'RS256', kid: KID })
        .setIssuer(String(iss))
        .setAudience(aud as string)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(options.key ?? ours.privateKey);
    },
  };
}

/** An activity as a Teams user's message arrives from Azure Bot Service. */
export function azureActivity(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    conversation: { id: `a:conv-${randomUUID()}` },
    from: { id: 'teams-user-1', role: 'user' },
    recipient: { id: `28:${APP_ID}`, role: 'bot' },
    locale: 'de-DE',
    text: 'Hallo',
    ...extra,
  };
}

export async function postToMessages(baseUrl: string, body: Record<string, unknown>, bearer?: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  await res.text();
  return res.status;
}
