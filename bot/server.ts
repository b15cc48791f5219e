// The express app: routes, security headers, limits. Channels are mounted here; they translate
// their protocol into Activities and hold no logic of their own.
import express, { type ErrorRequestHandler, type Express } from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Activity } from '@microsoft/agents-activity';
import type { CloudAdapter, TurnContext } from '@microsoft/agents-hosting';
import { Assistant } from './assistant';
import { botFrameworkRoute } from './channels/bot-framework';
import { DirectLineChannel } from './channels/directline/channel';
import { InFlight } from './inflight';
import type { OwnChannelAdapter } from './channels/own-adapter';
import { mountPrivacyNotice } from './privacy/notice';
import { TelegramChannel } from './channels/telegram/channel';
import { apiHeaders, mountSite, notFound, pageHeaders } from './site';
import { accountsFile, StaffAccounts } from './staff/accounts';
import { StaffAuth } from './staff/auth';
import { StaffConsole } from './staff/console';
import { de } from '../knowledge/texts/de';
import { plainMessage, type AssistantServices } from './turn';

export interface Adapters {
  /** Azure Bot Service and other Bot Connector channels (/api/messages). */
  /** Azure Bot Service; absent in production without MICROSOFT_APP_ID. */
  cloud: CloudAdapter | undefined;
  /** Channels the assistant serves itself (Direct Line, Telegram). */
  own: OwnChannelAdapter;
}

export interface App {
  app: Express;
  adapters: Adapters;
  assistant: Assistant;
  /** The Telegram channel, when TELEGRAM_BOT_TOKEN is set. */
  telegram?: TelegramChannel;
  /** Runs an incoming activity of an own channel (Direct Line, Telegram) through the assistant. */
  runOwnChannelTurn(activity: Activity): Promise<void>;
  /**
   * Starts the drain of a graceful stop: /readyz answers 503 so that load balancers send no new
   * requests, while requests are still served; responses close their connection from now on.
   */
  beginDrain(): void;
  /** Resolves when no request or turn is in flight any more (event streams do not count). */
  drain(): Promise<void>;
  /** Serves what needs the HTTP server itself (WebSocket streams). */
  attach(server: Server): void;
  /** Closes long-lived connections (WebSocket and console event streams) on shutdown. */
  close(): void;
}

export function createApp(services: AssistantServices, adapters: Adapters): App {
  const { logger, municipality } = services;
  const assistant = new Assistant(services);
  const adapter = adapters.cloud;

  /** A turn that failed: logged without what was said, and the citizen gets a polite apology. */
  const failed = (activity: Activity, error: unknown): Activity[] => {
    logger.error({ err: error, conversation: activity.conversation?.id }, 'turn failed');
    return [plainMessage(de.conversation.error(municipality))];
  };
  const onTurnError = async (context: TurnContext, error: Error) => {
    await context.sendActivities(failed(context.activity, error)).catch(() => undefined);
  };
  if (adapters.cloud) adapters.cloud.onTurnError = onTurnError;
  adapters.own.onTurnError = onTurnError;

  const inFlight = new InFlight();
  const track = inFlight.track;
  let draining = false;

  const app = express();
  app.disable('x-powered-by');
  if (services.config.TRUST_PROXY) app.set('trust proxy', 1);
  // While draining, a kept-alive connection is closed after its response: the client's next request
  // opens a new connection, which after the drain the load balancer sends to another instance.
  app.use((_req, res, next) => {
    if (draining) res.set('Connection', 'close');
    next();
  });
  app.use(apiHeaders());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const readiness = readinessProbe(services);
  app.get('/readyz', async (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
    if (await readiness()) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: 'store not writable' });
  });

  if (adapter) {
    app.post('/api/messages', track, ...botFrameworkRoute({ adapter, assistant, logger, failed }));
  } else {
    // Production without an app registration: no Azure channel, and no anonymous calls.
    app.post(
      '/api/messages',
      (_req, res) => void res.status(401).json({ error: 'authentication required: MICROSOFT_APP_ID is not configured' }),
    );
  }

  // Our own channels' turns go straight to the assistant; their connectors deliver the replies.
  const runOwnChannelTurn = async (activity: Activity) => {
    const send = (replies: Activity[]) => adapters.own.deliver(activity, replies);
    try {
      await assistant.handle(activity, send);
    } catch (error) {
      await send(failed(activity, error)).catch(() => undefined);
    }
  };
  const directLine = new DirectLineChannel(services, adapters.own, runOwnChannelTurn);
  app.use(track, directLine.router);
  const telegram = services.config.TELEGRAM_BOT_TOKEN ? new TelegramChannel(services, adapters.own, runOwnChannelTurn) : undefined;
  if (telegram) app.use(track, telegram.router);
  // The notices valid now, for the citizen page (which asks our own server, never a third party).
  app.get('/api/notices', (_req, res) => {
    const notices = services.town.activeNotices().map((n) => ({ id: n.id, text: de.conversation.noticeLine(n.text, n.ortsteile) }));
    res.set('Cache-Control', 'no-cache').json({ notices });
  });

  // Everything below may answer a page (the staff console's API and the 404 too, as before).
  app.use(pageHeaders(services.config));
  mountPrivacyNotice(app, services.municipality, services.config);
  const staffAuth = new StaffAuth(services, new StaffAccounts(accountsFile(services.config)));
  const staffConsole = new StaffConsole(services, staffAuth);
  app.use('/staff', staffAuth.router, staffConsole.router);
  mountSite(app, services.municipality);

  app.use(notFound(services.municipality));
  app.use(httpErrors(services));

  return {
    app,
    adapters,
    assistant,
    telegram,
    runOwnChannelTurn,
    beginDrain: () => {
      draining = true;
    },
    drain: async () => {
      await inFlight.idle();
      await telegram?.idle();
    },
    attach: (server) => directLine.attach(server),
    close: () => {
      directLine.close();
      staffConsole.close();
    },
  };
}

/** How long a readiness probe waits for the store (Redis queues commands while it reconnects). */
const READINESS_TIMEOUT_MS = 2_000;

/**
 * Readiness is a real write through the store (a small key of this instance that expires soon): a
 * store that answers but cannot write (disk full, read-only DATA_DIR, Redis out of memory or a
 * read-only replica) fails every turn, so the instance must not get traffic. Logged when it changes.
 */
function readinessProbe({ store, logger }: AssistantServices): () => Promise<boolean> {
  const key = `readyz/${randomUUID()}`;
  let failing = false;
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('the store did not answer in time')), READINESS_TIMEOUT_MS);
      });
      await Promise.race([store.set(key, Date.now(), 60), timeout]);
      if (failing) logger.info('readiness: the store accepts writes again');
      failing = false;
      return true;
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (!failing) logger.warn({ error: code ?? message }, 'readiness: the store does not accept a write');
      failing = true;
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Turns body-parser and other errors into a 4xx with a reason; never leaks a stack. */
function httpErrors({ logger }: AssistantServices): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string; code?: string; message?: string }, _req, res, _next) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    if (res.headersSent) return;
    const reason =
      error.type === 'entity.too.large'
        ? 'request body too large'
        : error.type === 'entity.parse.failed'
          ? 'malformed JSON'
          : status < 500
            ? (error.message ?? 'bad request')
            : 'internal error';
    // The console fetches a fresh CSRF token and sends once more (another tab logged in meanwhile).
    res.status(status).json({ error: reason, ...(error.code === 'EBADCSRFTOKEN' ? { csrfExpired: true } : {}) });
  };
}
