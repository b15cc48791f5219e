// Turns wait in one line when many come at once (TURN_CONCURRENCY), but the delivery of a turn's
// replies is not part of it: a messenger that is slow to take the replies holds up nobody else.
import nock from 'nock';
import { AZURE_ENV, azureActivity, mockAzure, postToMessages, type AzureMock } from '../helpers/azure';
import { lastText, startTestAssistant, type ReplyActivity, type TestAssistant } from '../helpers/harness';

const SLOW_SERVICE_URL = 'https://slow.connector.test/de/';

let assistant: TestAssistant;
let azure: AzureMock;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  azure = await mockAzure();
  assistant = await startTestAssistant({ ...AZURE_ENV, TURN_CONCURRENCY: '1' });
});
afterAll(async () => {
  await assistant?.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});

test('with one turn at a time, a citizen is answered while a messenger is still taking another citizen’s replies', async () => {
  let connectorReached!: () => void;
  const reached = new Promise<void>((resolve) => (connectorReached = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  nock(new URL(SLOW_SERVICE_URL).origin)
    .persist()
    .post(/\/de\/v3\/conversations\/.+\/activities/)
    .reply(async () => {
      connectorReached();
      await released;
      return [200, { id: 'delivered' }];
    });

  let slowDone = false;
  const slow = postToMessages(
    assistant.url,
    azureActivity({ serviceUrl: SLOW_SERVICE_URL, text: 'Wann hat das Bürgerbüro geöffnet?' }),
    await azure.token({ serviceurl: SLOW_SERVICE_URL }),
  ).finally(() => (slowDone = true));
  await reached;

  // Another citizen, answered in the response (expectReplies), signed like every Azure call.
  const answered = fetch(`${assistant.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await azure.token()}` },
    body: JSON.stringify(azureActivity({ deliveryMode: 'expectReplies', text: 'Was kostet ein Personalausweis?' })),
  }).then(async (res) => ((await res.json()) as { activities: ReplyActivity[] }).activities);
  const outcome = await Promise.race([
    answered,
    new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 5000)),
  ]);
  expect(outcome).not.toBe('still waiting');
  expect(lastText(outcome as Awaited<typeof answered>)).toMatch(/Personalausweis/);
  expect(slowDone).toBe(false);

  release();
  expect(await slow).toBe(200);
});
