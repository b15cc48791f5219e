// The Direct Line 3.0 REST surface (the subset Web Chat and botframework-directlinejs use),
// the token endpoint of the citizen page and the file links. Translation only: activities go
// into the transcript and through the assistant; the assistant's replies come back through
// the connector in channel.ts.
import { de } from '../../../knowledge/texts/de';
import { languageSchema } from '../../../knowledge/texts/index';
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Limiter } from '../../limits';
import type { Logger } from '../../logger';
import { FILE_PATH, FileRejectedError, MAX_FILE_BYTES, type RejectionReason } from '../files';
import { HandoffQueue } from '../../handoff/queue';
import { relayCitizenTyping } from '../../handoff/relay';
import { logRefused, reasonsOf } from '../boundary';
import { citizenActivity, forClient, incomingActivitySchema, watermarkSchema, type IncomingActivity } from './protocol';
import type { DirectLineDeps } from './deps';
import { TokenExpiredError, type TokenClaims } from './tokens';

const MAX_FILES_PER_UPLOAD = 3;
/** A multipart body: the files plus the activity and the form's framing. */
const UPLOAD_BODY_LIMIT = MAX_FILES_PER_UPLOAD * MAX_FILE_BYTES + 64 * 1024;
const ACTIVITY_BODY_LIMIT = '64kb';
/** The status of a refused file (its message is the German reason for the citizen). */
const REJECTED: Record<RejectionReason, [number, string]> = {
  empty: [400, 'BadArgument'],
  unreadable: [400, 'BadArgument'],
  'too-large': [413, 'TooLarge'],
  'wrong-type': [415, 'UnsupportedMediaType'],
};

type Claims = TokenClaims & { token: string };

const fail = (res: Response, status: number, code: string, message: string) => {
  res.status(status).json({ error: { code, message } });
};

const claimsOf = (res: Response): Claims => res.locals.claims as Claims;

type LimitKey = (req: Request, res: Response) => string;
const ipOf: LimitKey = (req) => req.ip ?? 'unknown';

/** Counts the request against each limit in turn; the first one exhausted answers 429 with Retry-After. */
const rateLimited =
  (message: string, ...limits: Array<[Limiter, LimitKey]>) =>
  async (req: Request, res: Response, next: NextFunction) => {
    for (const [limiter, key] of limits) {
      const result = await limiter.consume(key(req, res));
      if (!result.allowed) {
        res.set('Retry-After', String(result.retryAfterSeconds));
        return fail(res, 429, 'TooManyRequests', message);
      }
    }
    next();
  };

export function directLineRouter(deps: DirectLineDeps): Router {
  const { tokens, transcripts, services, publicOrigin, isOwnOrigin } = deps;
  const { config, limits } = services;
  const router = express.Router();
  const tokenLimit = rateLimited('too many new conversations from this address; please try again later', [
    limits.limiter('directline-token', { points: config.DIRECTLINE_TOKENS_PER_IP_PER_HOUR, durationSeconds: 3600 }),
    ipOf,
  ]);
  // Writes are counted before the body is read or anything is stored. Per conversation the limit
  // lies above the assistant's polite one (RATE_LIMIT_MESSAGES_PER_MINUTE), so a person sees
  // "bitte warten Sie" and only a script gets 429; per IP address it covers many conversations.
  const conversationOf: LimitKey = (_req, res) => claimsOf(res).conversationId;
  const writesPerIp: [Limiter, LimitKey] = [
    limits.limiter('directline-writes-ip', { points: config.DIRECTLINE_WRITES_PER_IP_PER_MINUTE, durationSeconds: 60 }),
    ipOf,
  ];
  const writesPerConversation: [Limiter, LimitKey] = [
    limits.limiter(
      'directline-writes',
      { points: 2 * config.RATE_LIMIT_MESSAGES_PER_MINUTE, durationSeconds: 60 },
      { perConversation: true },
    ),
    conversationOf,
  ];
  const writeLimit = rateLimited('too many messages; please wait a moment', writesPerIp, writesPerConversation);
  const uploadLimit = rateLimited('too many uploads; please try again later', writesPerIp, writesPerConversation, [
    limits.limiter('directline-uploads-ip', { points: config.DIRECTLINE_UPLOADS_PER_IP_PER_HOUR, durationSeconds: 3600 }),
    ipOf,
  ]);

  // CORS: only the town's configured websites (and our own page) may call from a browser.
  const refused = new RefusedOrigins(services.logger);
  router.use(['/api/directline', '/v3/directline'], (req, res, next) => {
    const origin = req.get('origin');
    if (!origin || isOwnOrigin(origin)) return next();
    if (!services.config.DIRECTLINE_CORS_ORIGINS.includes(origin)) {
      refused.note(origin);
      return fail(res, 403, 'OriginNotAllowed', 'this origin may not use the chat');
    }
    res.set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next();
  });

  // For the town's IT: may a website at this origin embed the chat? (The answer is no secret: a
  // browser at that origin learns it anyway.)
  router.get('/embed/check', (req, res) => {
    const query = embedCheckSchema.safeParse(req.query);
    if (!query.success) return void res.status(400).json({ error: 'origin must be an origin such as https://www.example.de' });
    const origin = query.data.origin;
    const allowed = isOwnOrigin(origin) || services.config.DIRECTLINE_CORS_ORIGINS.includes(origin);
    res.set('Cache-Control', 'no-store').json({
      origin,
      allowed,
      setting: 'DIRECTLINE_CORS_ORIGINS',
      ...(!allowed && { fix: `add ${origin} to DIRECTLINE_CORS_ORIGINS (comma-separated) and restart the assistant` }),
    });
  });

  router.post('/api/directline/token', tokenLimit, async (req, res) => {
    // The page's or embed's language setting (?language=ls), for the welcome; anything else is German.
    const language = languageSchema.safeParse(req.query.language);
    const issued = await tokens.issueNew(language.success ? language.data : undefined);
    res.json({ conversationId: issued.conversationId, userId: issued.userId, token: issued.token, expires_in: tokens.ttlSeconds });
  });

  const dl = express.Router();
  router.use('/v3/directline', dl);

  // Every Direct Line call carries "Authorization: Bearer <token>".
  dl.use(async (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!token) return fail(res, 401, 'MissingToken', 'Authorization: Bearer <token> is required');
    try {
      res.locals.claims = { ...(await tokens.verify(token)), token } satisfies Claims;
      next();
    } catch (error) {
      if (error instanceof TokenExpiredError) return fail(res, 403, 'TokenExpired', 'the token has expired');
      return fail(res, 403, 'TokenInvalid', 'the token is not valid');
    }
  });

  const streamUrl = (claims: Claims, watermark: number, host: string | undefined) => {
    const url = new URL(
      `/v3/directline/conversations/${encodeURIComponent(claims.conversationId)}/stream`,
      publicOrigin(host).replace(/^http/, 'ws'),
    );
    url.searchParams.set('t', claims.token);
    url.searchParams.set('watermark', String(watermark));
    return url.toString();
  };
  const conversationResponse = (claims: Claims, watermark: number, host: string | undefined) => ({
    conversationId: claims.conversationId,
    token: claims.token,
    expires_in: tokens.ttlSeconds,
    streamUrl: streamUrl(claims, watermark, host),
  });

  // The token names its conversation: starting one with it starts (or resumes) exactly that one.
  dl.post('/conversations', async (req, res) => {
    const claims = claimsOf(res);
    const created = await transcripts.create(claims.conversationId, claims.userId);
    if (created) await deps.welcome(claims, publicOrigin());
    res.status(created ? 201 : 200).json(conversationResponse(claims, 0, req.get('host')));
  });

  /** Checks that the token is for this conversation (403) and that it exists (404). */
  const conversation = async (req: Request, res: Response, next: NextFunction) => {
    const claims = claimsOf(res);
    if (req.params.id !== claims.conversationId) return fail(res, 403, 'TokenInvalid', 'the token is not valid for this conversation');
    if (!(await transcripts.exists(claims.conversationId))) return fail(res, 404, 'NotFound', 'unknown conversation');
    next();
  };

  const watermarkOf = (req: Request, res: Response): number | undefined => {
    const parsed = watermarkSchema.safeParse(req.query.watermark);
    if (!parsed.success) fail(res, 400, 'BadArgument', 'watermark must be a non-negative integer');
    return parsed.success ? parsed.data : undefined;
  };

  dl.get('/conversations/:id', conversation, (req, res) => {
    const watermark = watermarkOf(req, res);
    if (watermark !== undefined) res.json(conversationResponse(claimsOf(res), watermark, req.get('host')));
  });

  dl.get('/conversations/:id/activities', conversation, async (req, res) => {
    const watermark = watermarkOf(req, res);
    if (watermark === undefined) return;
    const { conversationId } = claimsOf(res);
    // A chat that polls instead of holding its stream is open too (the live-chat queue asks, watchdog.ts).
    // (Not written is no reason to withhold the activities: the presence only ends a wait later.)
    await new HandoffQueue(services.store).citizenConnected(conversationId, 'polling').catch(() => undefined);
    const page = await transcripts.since(conversationId, watermark);
    const origin = publicOrigin(req.get('host'));
    res.json({
      activities: page.activities.map((a) => forClient(a, origin, (id) => tokens.fileLinks.sign(id))),
      watermark: String(page.watermark),
    });
  });

  /** Stores the citizen's activity and runs it through the assistant (whose replies are delivered by the connector). */
  const receive = async (
    res: Response,
    incoming: IncomingActivity,
    attachments?: Array<{ contentType: string; contentUrl: string; name: string; thumbnailUrl?: string }>,
  ) => {
    const claims = claimsOf(res);
    const id = randomUUID();
    if (incoming.type === 'typing') {
      // Not kept and no turn: only a staff member who has the conversation sees it.
      await relayCitizenTyping(deps.services.store, claims.conversationId);
      return void res.json({ id });
    }
    const activity = citizenActivity(
      incoming,
      { id, conversationId: claims.conversationId, userId: claims.userId, serviceUrl: publicOrigin() },
      attachments,
    );
    await transcripts.append(claims.conversationId, [activity]);
    await deps.runTurn(activity);
    res.json({ id });
  };

  dl.post('/conversations/:id/activities', writeLimit, conversation, express.json({ limit: ACTIVITY_BODY_LIMIT }), async (req, res) => {
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const reasons = reasonsOf(parsed.error.issues);
      logRefused(services.logger, 'directline', reasons);
      return fail(res, 400, 'BadArgument', reasons.join('; '));
    }
    await receive(res, parsed.data);
  });

  dl.post(
    '/conversations/:id/upload',
    uploadLimit,
    conversation,
    express.raw({ type: 'multipart/form-data', limit: UPLOAD_BODY_LIMIT }),
    async (req, res) => {
      if (!Buffer.isBuffer(req.body)) return fail(res, 415, 'UnsupportedMediaType', 'send multipart/form-data');
      let form: FormData;
      try {
        form = await new Response(new Uint8Array(req.body), { headers: { 'content-type': req.get('content-type')! } }).formData();
      } catch {
        return fail(res, 400, 'BadArgument', 'malformed multipart body');
      }
      const files = form.getAll('file').filter((f): f is File => typeof f !== 'string');
      if (files.length === 0) return fail(res, 400, 'BadArgument', 'no file in the upload');
      if (files.length > MAX_FILES_PER_UPLOAD) return fail(res, 400, 'BadArgument', `at most ${MAX_FILES_PER_UPLOAD} files at once`);
      if (files.some((f) => f.size > MAX_FILE_BYTES)) return fail(res, 413, 'TooLarge', de.uploads.tooLarge);

      const activityPart = form.get('activity');
      let incoming: IncomingActivity = { type: 'message' };
      if (activityPart !== null) {
        const text = typeof activityPart === 'string' ? activityPart : await activityPart.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return fail(res, 400, 'BadArgument', 'the activity part is not JSON');
        }
        // The template's attachments describe the files; the files themselves are the parts.
        const parsed = incomingActivitySchema.safeParse({ ...(json as object), attachments: undefined });
        if (!parsed.success || parsed.data.type !== 'message') {
          logRefused(services.logger, 'directline', parsed.success ? ['type: not a message'] : reasonsOf(parsed.error.issues));
          return fail(res, 400, 'BadArgument', 'the activity part must be a message');
        }
        incoming = parsed.data;
      }

      const claims = claimsOf(res);
      const attachments = [];
      for (const file of files) {
        try {
          const saved = await services.files.save(claims.conversationId, file.name, Buffer.from(await file.arrayBuffer()));
          const url = `${FILE_PATH}${saved.id}`;
          // With a thumbnail Web Chat shows the citizen's own photo instead of a file chip.
          const thumbnail = saved.contentType.startsWith('image/') ? { thumbnailUrl: url } : {};
          attachments.push({ contentType: saved.contentType, contentUrl: url, name: saved.name, ...thumbnail });
        } catch (error) {
          if (!(error instanceof FileRejectedError)) throw error;
          const [status, code] = REJECTED[error.reason];
          return fail(res, status, code, error.message);
        }
      }
      await receive(res, incoming, attachments);
    },
  );

  dl.post('/tokens/refresh', async (_req, res) => {
    const claims = claimsOf(res);
    const renewed = await tokens.issue({ conversationId: claims.conversationId, userId: claims.userId, language: claims.language });
    res.json({ conversationId: renewed.conversationId, token: renewed.token, expires_in: tokens.ttlSeconds });
  });

  // File links in activities: /files/<id>?sig=<signature> (see FileLinks).
  router.get(`${FILE_PATH}:id`, async (req, res) => {
    const id = String(req.params.id);
    const file = tokens.fileLinks.verify(id, req.query.sig) ? await services.files.load(id) : undefined;
    if (!file) return fail(res, 404, 'NotFound', 'unknown file');
    res.set({
      'Content-Type': file.contentType,
      'Content-Disposition': `inline; filename="${encodeURIComponent(file.name)}"`,
      'Cache-Control': 'private, max-age=3600',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    res.send(file.data);
  });

  return router;
}

/** `?origin=https://www.example.de`: scheme, host and port only, as a browser sends it. */
const embedCheckSchema = z.object({
  origin: z
    .string()
    .max(200)
    .refine((value) => URL.canParse(value) && new URL(value).origin === value),
});

/**
 * Logs each refused website origin once, with the setting that allows it: without this the
 * town's IT only sees the CORS error in a citizen's browser console. Bounded, so that made-up
 * origins cannot fill the memory or the log.
 */
class RefusedOrigins {
  private readonly seen = new Set<string>();

  constructor(private readonly logger: Logger) {}

  note(origin: string): void {
    if (this.seen.has(origin) || this.seen.size >= 100) return;
    this.seen.add(origin);
    this.logger.warn(
      { origin },
      'a website at this origin tried to open the chat and was refused; add it to DIRECTLINE_CORS_ORIGINS to allow it',
    );
  }
}
