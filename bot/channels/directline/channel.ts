// The website channel: our own Direct Line 3.0 endpoint for Web Chat. Wires the transcript,
// the tokens, the REST routes, the WebSocket streams and the connector through which the
// assistant's replies (and staff messages sent on any instance) reach the citizen.
import type { Server } from 'node:http';
import { LOCALES } from '../../../knowledge/texts/index';
import { Activity } from '@microsoft/agents-activity';
import type { Router } from 'express';
import { retentionSeconds } from '../../config';
import { isOwnOrigin, linkOrigin } from '../../public-url';
import type { AssistantServices } from '../../turn';
import type { OwnChannelAdapter } from '../own-adapter';
import { protocolFields } from '../replies';
import { BOT, CHANNEL_ID } from './protocol';
import { directLineRouter } from './routes';
import type { DirectLineDeps } from './deps';
import { DirectLineTokens } from './tokens';
import { Transcripts, type StoredActivity } from './transcript';
import { DirectLineStreams } from './websocket';

export class DirectLineChannel {
  readonly router: Router;
  private readonly streams: DirectLineStreams;
  private server?: Server;

  constructor(services: AssistantServices, own: OwnChannelAdapter, runOwnChannelTurn: (activity: Activity) => Promise<void>) {
    const tokens = new DirectLineTokens(services.config, services.logger);
    const transcripts = new Transcripts(services.store, retentionSeconds(services.config));
    const runTurn = (activity: StoredActivity) => runOwnChannelTurn(Activity.fromObject(activity));
    const deps: DirectLineDeps = {
      services,
      tokens,
      transcripts,
      publicOrigin: (host) => {
        if (!this.server) throw new Error('the Direct Line channel is not attached to a server');
        return linkOrigin(services.config, this.server, host);
      },
      isOwnOrigin: (origin) => {
        if (!this.server) throw new Error('the Direct Line channel is not attached to a server');
        return isOwnOrigin(services.config, this.server, origin);
      },
      runTurn,
      welcome: (claims, serviceUrl) =>
        runTurn({
          type: 'conversationUpdate',
          id: `${claims.conversationId}-start`,
          timestamp: new Date().toISOString(),
          channelId: CHANNEL_ID,
          serviceUrl,
          conversation: { id: claims.conversationId },
          from: { id: claims.userId, role: 'user' },
          recipient: { ...BOT },
          membersAdded: [{ id: claims.userId }],
          locale: LOCALES[claims.language ?? 'de'],
          ...(claims.language && { channelData: { language: claims.language } }),
        }),
    };
    own.register({
      channelId: CHANNEL_ID,
      deliver: async (reference, activities) => {
        const conversationId = reference.conversation?.id;
        if (!conversationId) throw new Error('reference without conversation');
        await transcripts.append(
          conversationId,
          // A copy with the protocol's field names; stored as JSON, it holds no undefined fields.
          activities.map((a) => JSON.parse(JSON.stringify(protocolFields(a))) as StoredActivity),
        );
      },
    });
    this.router = directLineRouter(deps);
    this.streams = new DirectLineStreams(deps);
  }

  /** Serves the WebSocket streams on the HTTP server. */
  attach(server: Server): void {
    this.server = server;
    this.streams.attach(server);
  }

  /** Closes all streams (on shutdown; upgraded sockets would keep the server open). */
  close(): void {
    this.streams.close();
  }
}
