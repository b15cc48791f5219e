// /api/messages as Azure Bot Service calls it: signed tokens (test key, JWKS served by nock),
// replies posted to the activity's serviceUrl with a client-credentials token. Only Microsoft's
// hosts (Bot Framework keys, Entra token endpoint, Bot Connector) are mocked.
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import nock from 'nock';
import { welcomeText } from '../../bot/texts';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const SERVICE_URL = 'https://smba.connector.test/de/';
const CONNECTOR_TOKEN = 'connector-access-token-from-entra';

let assistant: TestAssistant;
let signingKey: CryptoKey;
let foreignKey: CryptoKey;
const kid = 'test-key-1';
const posted: Array<{ path: string; auth: string | undefined; body: { text?: string; type: string; suggestedActions?: { actions: Array<{ title: string }> } } }> = [];

async function token(claims: Record<string, unknown> = {}, options: { key?: CryptoKey; expiresIn?: string | number } = {}): Promise<string> {
  const { iss = 'https://api.botframework.com', aud = APP_ID, serviceurl = SERVICE_URL, ...rest } = claims;
  return new SignJWT({ serviceurl, ...rest })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(String(iss))
    .setAudience(aud as string)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(options.key ?? signingKey);
}

function mockMicrosoft(): void {
  // MSAL knows login.microsoftonline.com's metadata; only the token request goes out.
  nock('https://login.microsoftonline.com')
    .persist()
    .post(new RegExp(`^/${TENANT}/oauth2/v2\\.0/token`))
    .reply(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: CONNECTOR_TOKEN });
  nock(new URL(SERVICE_URL).origin)
    .persist()
    .post(/\/de\/v3\/conversations\/.+\/activities/)
    .reply(200, function (uri, body) {
      posted.push({ path: uri, auth: this.req.headers.authorization, body: body as (typeof posted)[number]['body'] });
      return { id: randomUUID() };
    });
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const ours = await generateKeyPair('RS256');
  signingKey = ours.privateKey;
  ({ privateKey: foreignKey } = await generateKeyPair('RS256'));
  const other = await generateKeyPair('RS256'); // an extra key in the set, as Microsoft publishes several
  const keys = {
    keys: [
      { ...(await exportJWK(ours.publicKey)), kid, use: 'sig', alg: 'RS256' },
      { ...(await exportJWK(other.publicKey)), kid: 'other', use: 'sig', alg: 'RS256' },
    ],
  };
  nock('https://login.botframework.com').persist().get('/v1/.well-known/keys').reply(200, keys);
  nock('https://login.microsoftonline.com').persist().get(/\/discovery\/v2\.0\/keys/).reply(200, keys);
  mockMicrosoft();
  assistant = await startTestAssistant({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'test-client-secret', MICROSOFT_APP_TENANT_ID: TENANT });
});
afterAll(async () => {
  await assistant?.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});
beforeEach(() => {
  posted.length = 0;
});

function activity(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl: SERVICE_URL,
    conversation: { id: `a:conv-${randomUUID()}` }, from: { id: 'teams-user-1', role: 'user' },
    recipient: { id: `28:${APP_ID}`, role: 'bot' }, locale: 'de-DE', text: 'Hallo', ...extra,
  };
}

async function post(body: Record<string, unknown>, bearer?: string): Promise<number> {
  const res = await fetch(`${assistant.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  await res.text();
  return res.status;
}

test('a valid Bot Framework token → 200, the reply reaches the Connector with the client-credentials token', async () => {
  const incoming = activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'teams-user-1' }] });
  expect(await post(incoming, await token())).toBe(200);
  expect(posted.length).toBeGreaterThan(0);
  const conversationId = (incoming.conversation as { id: string }).id;
  expect(posted[0]!.path).toBe(`/de/v3/conversations/${conversationId}/activities/${incoming.id as string}`);
  expect(posted[0]!.auth).toBe(`Bearer ${CONNECTOR_TOKEN}`);
  expect(posted[0]!.body.text).toBe(welcomeText(assistant.services.municipality));
});

test('a token signed with another key → 401', async () => {
  expect(await post(activity(), await token({}, { key: foreignKey }))).toBe(401);
  expect(posted).toHaveLength(0);
});

test('an expired token → 401', async () => {
  expect(await post(activity(), await token({}, { expiresIn: Math.floor(Date.now() / 1000) - 600 }))).toBe(401);
});

test('a token for another app (audience) → 401', async () => {
  expect(await post(activity(), await token({ aud: '99999999-2222-4333-8444-555555555555' }))).toBe(401);
});

test('a token from an unknown issuer → 401', async () => {
  expect(await post(activity(), await token({ iss: 'https://sts.windows.net/99999999-9999-4999-8999-999999999999/' }))).toBe(401);
});

test('no token when an app id is configured → 401', async () => {
  expect(await post(activity())).toBe(401);
});

test('a serviceUrl other than the token\'s serviceurl claim is refused, nothing is posted there', async () => {
  const status = await post(activity({ serviceUrl: 'https://attacker.example/' }), await token());
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(posted).toHaveLength(0);
});

test('a staff message reaches the Azure channel conversation through the stored reference', async () => {
  const incoming = activity();
  expect(await post(incoming, await token())).toBe(200);
  posted.length = 0;
  const conversationId = (incoming.conversation as { id: string }).id;
  const reference = await assistant.services.outbound.reference('msteams', conversationId);
  expect(reference?.serviceUrl).toBe(SERVICE_URL);
  await assistant.services.outbound.send(reference!, [{ text: 'Ihr Ausweis liegt zur Abholung bereit.' }]);
  expect(posted).toEqual([
    expect.objectContaining({ path: expect.stringContaining(`/de/v3/conversations/${conversationId}/activities`), auth: `Bearer ${CONNECTOR_TOKEN}` }),
  ]);
  expect(posted[0]!.body.text).toBe('Ihr Ausweis liegt zur Abholung bereit.');
});

test('without an app id in production, /api/messages refuses every call', async () => {
  const production = await startTestAssistant({ NODE_ENV: 'production' });
  try {
    const res = await fetch(`${production.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity()) });
    expect(res.status).toBe(401);
  } finally {
    await production.stop();
  }
});
