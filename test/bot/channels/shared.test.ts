// One assistant, the same conversation scripts over every channel it serves.
import nock from 'nock';
import { AZURE_ENV, mockAzure, type AzureMock } from '../../helpers/azure';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';
import { AzureDriver, DirectLineDriver, mockTelegram, scripts, TelegramDriver, type ChannelDriver } from './shared-scripts';

const TELEGRAM_API = 'https://telegram-api.test';
const TELEGRAM_TOKEN = '123456:SHARED-suite-token';
const TELEGRAM_SECRET = 'shared-suite-webhook-secret';

let assistant: TestAssistant;
let azure: AzureMock;
let telegramSent: ReturnType<typeof mockTelegram>;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  azure = await mockAzure();
  telegramSent = mockTelegram(TELEGRAM_API, TELEGRAM_TOKEN);
  assistant = await startTestAssistant({
    ...AZURE_ENV,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    TELEGRAM_API_URL: TELEGRAM_API,
  });
});
afterAll(async () => {
  await assistant?.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});

const drivers: Array<[string, () => ChannelDriver]> = [
  ['Azure Bot Service', () => new AzureDriver(assistant.url, azure)],
  ['Telegram', () => new TelegramDriver(assistant.url, TELEGRAM_SECRET, telegramSent, () => assistant.app.telegram!.idle())],
  ['Direct Line', () => new DirectLineDriver(assistant.url)],
];

describe.each(drivers)('%s', (_name, driver) => {
  test.each(scripts.map((s) => [s.name, s] as const))('%s', async (_script, script) => {
    await script.run(driver(), assistant.services.municipality);
  });
});
