// /api/messages as Azure Bot Service calls it: signed tokens (test key, JWKS served by nock),
// replies posted to the activity's serviceUrl with a client-credentials token. Only Microsoft's
// hosts (Bot Framework keys, Entra token endpoint, Bot Connector) are mocked.
import nock from 'nock';
import { de } from '../../../knowledge/texts/de';
import { en } from '../../../knowledge/texts/en';
import { ls } from '../../../knowledge/texts/ls';
import {
  AZURE_ENV,
  azureActivity as activity,
  CONNECTOR_TOKEN,
  mockAzure,
  postToMessages,
  SERVICE_URL,
  type AzureMock,
} from '../../helpers/azure';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';

let assistant: TestAssistant;
let azure: AzureMock;
let posted: AzureMock['posted'];
const token: AzureMock['token'] = (...args) => azure.token(...args);
const post = (body: Record<string, unknown>, bearer?: string) => postToMessages(assistant.url, body, bearer);

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  azure = await mockAzure();
  posted = azure.posted;
  assistant = await startTestAssistant(AZURE_ENV);
});
afterAll(async () => {
  await assistant?.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});
beforeEach(() => {
  posted.length = 0;
});

test('a valid Bot Framework token → 200, the reply reaches the Connector with the client-credentials token', async () => {
  const incoming = activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'teams-user-1' }] });
  expect(await post(incoming, await token())).toBe(200);
  expect(posted.length).toBeGreaterThan(0);
  const conversationId = (incoming.conversation as { id: string }).id;
  expect(posted[0]!.path).toBe(`/de/v3/conversations/${conversationId}/activities/${incoming.id as string}`);
  expect(posted[0]!.auth).toBe(`Bearer ${CONNECTOR_TOKEN}`);
  expect(posted[0]!.body.text).toBe(de.conversation.welcome(assistant.services.municipality));
});

test('the conversation language reaches the Connector: an English Teams is welcomed in English (en-GB), Leichte Sprache as de-DE', async () => {
  const conversation = { id: `a:conv-lang-${Date.now()}` };
  const welcome = activity({
    type: 'conversationUpdate',
    text: undefined,
    locale: 'en-US',
    conversation,
    membersAdded: [{ id: 'teams-user-1' }],
  });
  expect(await post(welcome, await token())).toBe(200);
  expect(posted.map((p) => [p.body.text, p.body.locale])).toEqual([[en.conversation.welcome(assistant.services.municipality), 'en-GB']]);
  posted.length = 0;
  expect(await post(activity({ text: 'Help', locale: 'en-US', conversation }), await token())).toBe(200);
  expect(posted.map((p) => [p.body.text, p.body.locale])).toEqual([[en.conversation.help, 'en-GB']]);
  posted.length = 0;
  expect(await post(activity({ text: 'Leichte Sprache', locale: 'en-US', conversation }), await token())).toBe(200);
  expect(posted.map((p) => [p.body.text, p.body.locale])).toEqual([[ls.language.switched, 'de-DE']]);
  posted.length = 0;
  expect(await post(activity({ text: 'Hilfe', conversation }), await token())).toBe(200);
  expect(posted.map((p) => p.body.text)).toEqual([ls.conversation.help]);
});

test('a token signed with another key → 401', async () => {
  expect(await post(activity(), await token({}, { key: azure.foreignKey }))).toBe(401);
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

test("a serviceUrl other than the token's serviceurl claim is refused, nothing is posted there", async () => {
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
    expect.objectContaining({
      path: expect.stringContaining(`/de/v3/conversations/${conversationId}/activities`),
      auth: `Bearer ${CONNECTOR_TOKEN}`,
    }),
  ]);
  expect(posted[0]!.body.text).toBe('Ihr Ausweis liegt zur Abholung bereit.');
});
