// `npm run telegram:setup`: registers this assistant's webhook with Telegram
// (PUBLIC_URL/api/telegram, the secret token, only the update types the channel reads).
import 'dotenv/config';
import { loadConfig } from '../../config';
import { WEBHOOK_PATH } from './channel';
import { BotApi } from './protocol';

export async function registerWebhook(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const config = loadConfig(env);
  if (!config.TELEGRAM_BOT_TOKEN || !config.TELEGRAM_WEBHOOK_SECRET || !config.PUBLIC_URL) {
    throw new Error('Set TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET and PUBLIC_URL first.');
  }
  const url = new URL(WEBHOOK_PATH, config.PUBLIC_URL).toString();
  const api = new BotApi({ baseUrl: config.TELEGRAM_API_URL, token: config.TELEGRAM_BOT_TOKEN });
  await api.call('setWebhook', {
    url,
    secret_token: config.TELEGRAM_WEBHOOK_SECRET,
    allowed_updates: ['message', 'callback_query'],
    drop_pending_updates: false,
  });
  return url;
}

if (require.main === module) {
  registerWebhook().then(
    (url) => console.log(`Telegram webhook registered: ${url}`),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
