// Wiring and lifecycle: config → logger → store → app → HTTP server, and a clean stop.
import { once } from 'node:events';
import path from 'node:path';
import type { Server } from 'node:http';
import { CloudAdapter, type AuthConfiguration } from '@microsoft/agents-hosting';
import { FileStore } from './channels/files';
import { Outbound } from './channels/outbound';
import { OwnChannelAdapter } from './channels/own-adapter';
import { Analytics } from './analytics/events';
import { Curation } from './analytics/curation';
import { KnowledgeEdits } from './knowledge-edits';
import { UnansweredQuestions } from './analytics/unanswered';
import { deliversCases, retentionSeconds, type Config } from './config';
import { RateLimits } from './limits';
import { CaseOutbox } from './outbox';
import { HandoffWatchdog } from './handoff/watchdog';
import { CHANNEL_ID as DIRECT_LINE_CHANNEL } from './channels/directline/protocol';
import { createLogger, type Logger } from './logger';
import { casesHolder } from './privacy/cases';
import { personalDataRegistry } from './privacy/holders';
import { listeningUrl } from './public-url';
import { createApp, type Adapters, type App } from './server';
import { openStore, type Store } from './storage';
import { claimDataDir } from './data-lock';
import type { AssistantServices } from './turn';
import { TownSettings } from './town';
import { KnowledgeBase } from '../knowledge/loader';
import { loadMunicipality } from '../knowledge/municipality';

export interface RunningAssistant {
  url: string;
  server: Server;
  app: App;
  services: AssistantServices;
  /**
   * Drains (SHUTDOWN_DRAIN_MS: /readyz 503, requests still served), then stops accepting requests,
   * ends event streams, lets requests in flight finish (up to SHUTDOWN_GRACE_MS) and closes the store.
   */
  stop(): Promise<void>;
}

export async function startAssistant(config: Config, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<RunningAssistant> {
  const lock = config.REDIS_URL ? undefined : claimDataDir(config.DATA_DIR);
  const store: Store = await openStore(config, logger);
  const adapters: Adapters = { cloud: newCloudAdapter(config), own: new OwnChannelAdapter() };
  const outbound = new Outbound(store, adapters.cloud, adapters.own, config.MICROSOFT_APP_ID, retentionSeconds(config));
  const files = new FileStore(store, retentionSeconds(config), config.UPLOAD_MAX_MEGAPIXELS * 1_000_000);
  const knowledge = new KnowledgeBase({
    dir: config.KNOWLEDGE_ENTRIES_DIR,
    trainingDir: config.KNOWLEDGE_TRAINING_DIR,
    cacheDir: config.MODEL_CACHE_DIR ?? path.join(config.DATA_DIR, 'models'),
    watch: true,
    onProblems: (problems) => logger.warn({ problems }, 'knowledge entries left out (run npm run kb:check)'),
  });
  const privacy = personalDataRegistry(store, outbound, files, retentionSeconds(config), (flow) => knowledge.title(flow));
  const town = new TownSettings(store, loadMunicipality(config.MUNICIPALITY_FILE), logger);
  await town.start();
  const municipality = town.base;
  const analytics = new Analytics(store, config.ANALYTICS_RETENTION_DAYS * 24 * 3600);
  const outbox = new CaseOutbox(store, config, logger, files, municipality, analytics);
  privacy.register(casesHolder(store, outbox, config.APPOINTMENT_SLOT_MINUTES));
  const unanswered = new UnansweredQuestions(store, config.UNANSWERED_RETENTION_DAYS * 24 * 3600);
  privacy.register(unanswered.holder());
  const curation = new Curation(store, knowledge, unanswered);
  await curation.start();
  const knowledgeEdits = new KnowledgeEdits(store, knowledge, logger);
  await knowledgeEdits.start();
  const services: AssistantServices = {
    config,
    logger,
    store,
    // Read at each use: the editors' hours and single days apply on every instance without a restart.
    get municipality() {
      return town.municipality;
    },
    town,
    outbound,
    files,
    limits: new RateLimits(store),
    knowledge,
    privacy,
    outbox,
    analytics,
    unanswered,
    curation,
    knowledgeEdits,
  };
  const app = createApp(services, adapters);
  const server = app.app.listen(config.PORT, config.HOST);
  app.attach(server);
  await once(server, 'listening');
  const url = listeningUrl(config, server);
  lock?.announce(url);
  await outbox.resume();
  const watchdog = new HandoffWatchdog(services, DIRECT_LINE_CHANNEL);
  watchdog.start();
  logger.info({ url, store: config.REDIS_URL ? 'redis' : 'sqlite' }, 'assistant started');
  if (!deliversCases(config)) {
    logger.warn(
      'no delivery channel for requests: set CASE_WEBHOOK_URL or CASE_SMTP_URL; until then requests are only kept in the assistant (staff console)',
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Drain: /readyz says 503 until the load balancer has taken this instance out, requests are still served.
      app.beginDrain();
      if (config.SHUTDOWN_DRAIN_MS > 0) {
        logger.info({ drainMs: config.SHUTDOWN_DRAIN_MS }, 'draining: /readyz answers 503, requests are still served');
        await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
      }
      // Then no new connections, idle kept-alive ones closed, event streams ended (their clients reconnect elsewhere).
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      app.close();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_MS).unref());
      await Promise.race([app.drain(), grace]);
      await outbox.close();
      await watchdog.close();
      await curation.stop();
      await knowledgeEdits.stop();
      await town.stop();
      server.closeAllConnections();
      await closed;
      await store.close();
      lock?.release();
      knowledge.close();
      logger.info('assistant stopped');
    })());

  return { url, server, app, services, stop };
}

/** The app registration for Azure Bot Service; without a client id, the SDK accepts anonymous calls outside production. */
function authConfigFrom(config: Config): AuthConfiguration {
  const { MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID } = config;
  // validateIssuer: the SDK checks the token's issuer only when asked to (tenant issuers + Bot Framework).
  return { clientId: MICROSOFT_APP_ID, clientSecret: MICROSOFT_APP_PASSWORD, tenantId: MICROSOFT_APP_TENANT_ID, validateIssuer: true };
}

/**
 * The adapter for /api/messages. validateServiceUrl: an activity whose serviceUrl host differs from
 * the token's serviceurl claim is refused, so a valid token cannot make us post replies (with our
 * own access token) to a host of the caller's choosing. The SDK only logs the mismatch by default.
 */
const newCloudAdapter = (config: Config): CloudAdapter | undefined =>
  // Without an app registration there is no Azure channel in production (the SDK would refuse to
  // start); the website and Telegram need none.
  config.NODE_ENV === 'production' && !config.MICROSOFT_APP_ID
    ? undefined
    : new CloudAdapter(authConfigFrom(config), undefined, undefined, { validateServiceUrl: true });
