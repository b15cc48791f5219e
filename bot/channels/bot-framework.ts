// POST /api/messages: the Bot Framework protocol, for Azure Bot Service's channels and for clients
// that ask for the replies in the response (deliveryMode "expectReplies": skills, Copilot Studio,
// tests). The SDK authorizes every request (its JWT middleware). Our boundary schema checks every
// field the assistant reads. A request that wants its replies in the response is answered here:
// it needs no Bot Connector client, no token and no TurnContext, so the SDK's adapter, which
// checks the whole activity once more and every reply against its schema, stays out of that turn.
// Every other request (replies posted to the channel's serviceUrl, invokes) runs through the SDK's
// CloudAdapter.
import { Activity, ActivityTypes, DeliveryModes } from '@microsoft/agents-activity';
import type { CloudAdapter, Request as AgentRequest } from '@microsoft/agents-hosting';
import express, { type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { Assistant } from '../assistant';
import type { Logger } from '../logger';
import { boundedJson, citizenText, logRefused, reasonsOf } from './boundary';
import { addressReplies, protocolFields } from './replies';

const BODY_LIMIT = '256kb';

const id = z.string().min(1).max(512);
const account = z.looseObject({ id, name: z.string().max(512).optional(), role: z.string().min(1).max(64).optional() });
const optionalName = z.string().min(1).max(256).optional();

/**
 * An incoming Bot Framework activity, as far as the assistant reads it (other fields pass as they
 * are): its ids, who wrote, the text, the language hints, files and entities.
 */
const incomingActivitySchema = boundedJson(
  z.looseObject({
    type: z.string().min(1).max(64),
    id: id.optional(),
    channelId: z.string().min(1).max(64).optional(),
    serviceUrl: z.string().min(1).max(2048).optional(),
    deliveryMode: z.string().min(1).max(64).optional(),
    conversation: z.looseObject({ id }),
    from: account.optional(),
    recipient: account.optional(),
    membersAdded: z.array(account).max(100).optional(),
    name: optionalName,
    locale: z.string().min(1).max(64).optional(),
    text: citizenText(20_000).optional(),
    attachments: z
      .array(z.looseObject({ contentType: z.string().min(1).max(256), contentUrl: z.string().min(1).optional(), name: optionalName }))
      .max(20)
      .optional(),
    entities: z
      .array(z.looseObject({ type: z.string().min(1).max(256) }))
      .max(50)
      .optional(),
  }),
);

type Issues = ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;

/** The SDK's own schema error (its zod, not ours): the issues name the fields, never the values. */
const isSchemaError = (error: unknown): error is Error & { issues: Issues } =>
  error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);

interface BotFrameworkRoute {
  adapter: CloudAdapter;
  assistant: Assistant;
  logger: Logger;
  /** The replies of a turn that failed (logged by the caller's function). */
  failed(activity: Activity, error: unknown): Activity[];
}

export function botFrameworkRoute({ adapter, assistant, logger, failed }: BotFrameworkRoute): RequestHandler[] {
  /** A body that is not an activity: the client learns which fields, the log gets the reasons only. */
  const refuse = (res: Response, issues: Issues) => {
    const reasons = reasonsOf(issues);
    logRefused(logger, 'api/messages', reasons);
    res.status(400).json({ error: 'invalid activity', issues: reasons });
  };

  /** The turn's replies in the response body, addressed as the SDK would address them. */
  const answerInResponse = async (activity: Activity, res: Response) => {
    const replies: Activity[] = [];
    try {
      await assistant.handle(activity, async (sent) => void replies.push(...sent));
    } catch (error) {
      replies.push(...failed(activity, error));
    }
    // Written as it is: express's res.json would hash the body for an ETag, which a POST's answer never uses.
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    const activities = addressReplies(activity.getConversationReference(), replies).map(protocolFields);
    res.end(JSON.stringify({ activities }));
  };

  return [
    express.json({ limit: BODY_LIMIT }),
    (req, res, next) => void adapter.authorizeRequest(req as unknown as AgentRequest, res as never, next),
    async (req, res) => {
      // Our limits first (depth, sizes): the SDK's recursive schema check must never see a body
      // nested deep enough to overflow the stack.
      const ours = incomingActivitySchema.safeParse(req.body);
      if (!ours.success) return void refuse(res, ours.error.issues);
      const body = ours.data;
      if (body.deliveryMode === DeliveryModes.ExpectReplies && body.type !== ActivityTypes.Invoke) {
        return answerInResponse(Object.assign(new Activity(body.type), body), res);
      }
      // The SDK reads the request's body: it gets the citizen's text normalized.
      if (body.text !== undefined) (req.body as { text: string }).text = body.text;
      try {
        await adapter.process(req as unknown as AgentRequest, res as never, (context) => assistant.run(context));
      } catch (error) {
        // The SDK checks the activity against its own schema first thing: a body it cannot read
        // is the client's mistake, a 400, not a 500.
        if (!isSchemaError(error) || res.headersSent) throw error;
        refuse(res, error.issues);
      }
    },
  ];
}
