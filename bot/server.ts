// The express app: routes, security headers, limits. Channels are mounted here; they translate
// their protocol into Activities and hold no logic of their own.
import express, { type ErrorRequestHandler, type Express, type NextFunction, type Request, type Response } from 'express';
import type { Server } from 'node:http';
import type { Activity } from '@microsoft/agents-activity';
import type { CloudAdapter, Request as AgentRequest, TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { Assistant } from './assistant';
import { DirectLineChannel } from './channels/directline/channel';
import type { OwnChannelAdapter } from './channels/own-adapter';
import { mountPrivacyNotice } from './privacy/notice';
import { TelegramChannel } from './channels/telegram/channel';
import { mountSite, securityHeaders } from './site';
import { accountsFile, StaffAccounts } from './staff/accounts';
import { StaffAuth } from './staff/auth';
import { StaffConsole } from './staff/console';
import { de } from '../knowledge/texts/de';
import { plainMessage, type AssistantServices } from './turn';

const BODY_LIMIT = '256kb';

/** The minimum an incoming Bot Framework activity must carry; the SDK reads the rest. */
const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  from: z.looseObject({ id: z.string().min(1).max(512) }).optional(),
  text: z.string().max(20_000).optional(),
});

export interface Adapters {
  /** Azure Bot Service and other Bot Connector channels (/api/messages). */
  cloud: CloudAdapter;
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
  /** Resolves when no turn is in flight any more (for a graceful shutdown). */
  drain(): Promise<void>;
  /** Serves what needs the HTTP server itself (WebSocket streams). */
  attach(server: Server): void;
  /** Closes long-lived connections (WebSocket and console event streams) on shutdown. */
  close(): void;
}

export function createApp(services: AssistantServices, adapters: Adapters): App {
  const { logger, store, municipality } = services;
  const assistant = new Assistant(services);
  const adapter = adapters.cloud;

  const onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'turn failed');
    await context.sendActivity(plainMessage(de.conversation.error(municipality))).catch(() => undefined);
  };
  adapters.cloud.onTurnError = onTurnError;
  adapters.own.onTurnError = onTurnError;

  let inFlight = 0;
  const idle: Array<() => void> = [];
  const track = (_req: Request, res: Response, next: NextFunction) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (inFlight === 0) idle.splice(0).forEach((resolve) => resolve());
    });
    next();
  };

  const app = express();
  app.disable('x-powered-by');
  if (services.config.TRUST_PROXY) app.set('trust proxy', 1);
  app.use(securityHeaders(services.config));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'store not reachable' });
    }
  });

  app.post(
    '/api/messages',
    track,
    express.json({ limit: BODY_LIMIT }),
    (_req, res, next) => {
      // The SDK decides "anonymous allowed" from process.env.NODE_ENV; the configuration is the authority here.
      if (services.config.NODE_ENV === 'production' && !services.config.MICROSOFT_APP_ID) {
        res.status(401).json({ error: 'authentication required: MICROSOFT_APP_ID is not configured' });
        return;
      }
      next();
    },
    (req, res, next) => void adapter.authorizeRequest(req as unknown as AgentRequest, res as never, next),
    (req, res, next) => {
      const parsed = incomingActivitySchema.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: 'invalid activity', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
        return;
      }
      next();
    },
    async (req, res) => {
      await adapter.process(req as unknown as AgentRequest, res as never, (context) => assistant.run(context));
    },
  );

  const runOwnChannelTurn = (activity: Activity) => adapters.own.processActivity(activity, (context) => assistant.run(context));
  const directLine = new DirectLineChannel(services, adapters.own, runOwnChannelTurn);
  app.use(track, directLine.router);
  mountPrivacyNotice(app, services.municipality, services.config);
  const telegram = services.config.TELEGRAM_BOT_TOKEN ? new TelegramChannel(services, adapters.own, runOwnChannelTurn) : undefined;
  if (telegram) app.use(track, telegram.router);
  const staffAuth = new StaffAuth(services, new StaffAccounts(accountsFile(services.config)));
  const staffConsole = new StaffConsole(services, staffAuth);
  app.use('/staff', staffAuth.router, staffConsole.router);
  mountSite(app, services.municipality);

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(httpErrors(services));

  return {
    app,
    adapters,
    assistant,
    telegram,
    runOwnChannelTurn,
    drain: async () => {
      if (inFlight > 0) await new Promise<void>((resolve) => idle.push(resolve));
      await telegram?.idle();
    },
    attach: (server) => directLine.attach(server),
    close: () => {
      directLine.close();
      staffConsole.close();
    },
  };
}

/** Turns body-parser and other errors into a 4xx with a reason; never leaks a stack. */
function httpErrors({ logger }: AssistantServices): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string; message?: string }, _req, res, _next) => {
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
    res.status(status).json({ error: reason });
  };
}
