// Environment → typed configuration. Every variable is documented in .env.example.
// A wrong or missing variable stops start-up with one line naming it (see ConfigError).
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const positiveInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));
const flag = (fallback: boolean) =>
  z
    .preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0']).default(fallback ? 'true' : 'false'))
    .transform((v) => v === 'true' || v === '1');

const configSchema = z
  .object({
    NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
    REDIS_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^rediss?$/ }).optional()),
    STORE_KEY_PREFIX: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9:_-]{1,40}$/)
        .default('ba:'),
    ),
    /** How long start-up waits for Redis (retrying) before it gives up with exit code 1. */
    STORE_STARTUP_TIMEOUT_MS: positiveInt(30_000),
    CONVERSATION_RETENTION_DAYS: positiveInt(30),
    CASE_RETENTION_DAYS: positiveInt(90),
    /** Days the usage counters (no personal data) are kept for the report. */
    ANALYTICS_RETENTION_DAYS: positiveInt(1096),
    /** Days an unanswered question (redacted) is kept for the editors. */
    UNANSWERED_RETENTION_DAYS: positiveInt(30),
    /** Report: staff minutes one answered question saves (an avoided phone call or counter visit). */
    REPORT_MINUTES_PER_ANSWER: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(120).default(4)),
    /** Report: staff minutes one request submitted digitally saves (a paper form typed in, a call). */
    REPORT_MINUTES_PER_REQUEST: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(240).default(10)),
    /** Report: cost of one staff hour in euros, to show the saved time as money. */
    REPORT_HOURLY_RATE_EUR: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(500).default(50)),
    // Staff console (/staff). The secret signs the session cookie and the CSRF tokens; every
    // instance must use the same one. Required in production.
    STAFF_SESSION_SECRET: optionalString,
    /** A staff login lasts this long (a working day by default). */
    STAFF_SESSION_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(24).default(9)),
    /** The staff accounts (created with `npm run staff -- add <name> --password-stdin`); empty: <DATA_DIR>/staff-accounts.json. */
    STAFF_ACCOUNTS_FILE: optionalString,
    /** Failed logins per account (and per address) before a 15-minute lock-out. */
    STAFF_LOGIN_ATTEMPTS: positiveInt(5),
    /** A console that lost its connection this long gives its conversations back to the queue. */
    STAFF_DISCONNECT_GRACE_SECONDS: positiveInt(20),
    /** A website citizen whose chat has had no open connection this long has left: out of the queue, the clerk told. */
    CITIZEN_DISCONNECT_GRACE_SECONDS: positiveInt(120),
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    SHUTDOWN_GRACE_MS: positiveInt(10_000),
    /** Turns computed at once in this process; more wait their turn (see Assistant). */
    TURN_CONCURRENCY: positiveInt(32),
    /** After SIGTERM, /readyz answers 503 this long while requests are still served (0: no drain). */
    SHUTDOWN_DRAIN_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(120_000).default(5000)),
    TRUST_PROXY: flag(false),
    // Website channel (Direct Line). The secret signs the citizens' conversation tokens; every
    // instance sharing a Redis must use the same one. Required in production; elsewhere a random
    // per-process secret is used (with a warning when REDIS_URL is set, see directline/tokens.ts).
    DIRECTLINE_TOKEN_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
    // botframework-directlinejs renews its token every 15 minutes, so a token must outlive that.
    DIRECTLINE_TOKEN_TTL_MINUTES: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .min(20)
        .max(24 * 60)
        .default(30),
    ),
    /** Origins of the town's websites that may embed the chat (CORS), comma-separated. */
    DIRECTLINE_CORS_ORIGINS: z.preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
      z.array(z.url({ protocol: /^https?$/ }).transform((o) => new URL(o).origin)),
    ),
    /** New conversations (tokens) one IP address may start per hour. */
    DIRECTLINE_TOKENS_PER_IP_PER_HOUR: positiveInt(30),
    /** Messages and uploads one IP address may post per minute over all its conversations (generous: a town hall's NAT). */
    DIRECTLINE_WRITES_PER_IP_PER_MINUTE: positiveInt(120),
    /** Uploads (up to 3 files of 5 MB each) one IP address may post per hour; files are kept in the store. */
    DIRECTLINE_UPLOADS_PER_IP_PER_HOUR: positiveInt(20),
    /** Largest image (all frames together) accepted, in megapixels: decoding takes about 4 bytes per pixel. */
    UPLOAD_MAX_MEGAPIXELS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(200).default(40)),
    /** Longer citizen messages are answered with a polite request to shorten them. */
    MAX_MESSAGE_CHARS: positiveInt(2000),
    /** Messages one conversation may send per minute (shared across instances with Redis). */
    RATE_LIMIT_MESSAGES_PER_MINUTE: positiveInt(30),
    /** The town's profile (offices, hours, contacts); empty: knowledge/municipality.yaml of the installation. */
    MUNICIPALITY_FILE: optionalString,
    /** Folder of the knowledge entries (one YAML file per topic); empty: knowledge/entries of the installation. */
    KNOWLEDGE_ENTRIES_DIR: optionalString,
    /** Folder of the training corpus (example questions per topic); empty: knowledge/training of the installation. */
    KNOWLEDGE_TRAINING_DIR: optionalString,
    /** Trained language models are kept here, so a restart with unchanged knowledge does not train again; empty: <DATA_DIR>/models. */
    MODEL_CACHE_DIR: optionalString,
    // Telegram channel (served directly, without Azure). Empty token: the channel is off.
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-DEF (from BotFather)')
        .optional(),
    ),
    /** Telegram sends it in every webhook call; required with a token (1–256 of A-Z a-z 0-9 _ -). */
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters A-Z a-z 0-9 _ -')
        .optional(),
    ),
    /** Bot API server; a self-hosted telegram-bot-api server can be used instead of the public one. */
    TELEGRAM_API_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default('https://api.telegram.org')),
    /** Public address of this assistant: links the chat hands out and its same-origin check; `npm run telegram:setup`. */
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    /** Prefix of case reference numbers (MOE-2026-00042). */
    CASE_REFERENCE_PREFIX: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Z]{2,6}$/)
        .default('MOE'),
    ),
    /** The town hall's endpoint for new cases (JSON POST); empty: cases are only stored. */
    CASE_WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    /** Shared secret for the X-Signature-256 HMAC of each webhook body. */
    CASE_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
    /** SMTP server for delivering cases by e-mail (smtp://user:pass@host:587 or smtps://…:465); empty: no e-mail. */
    CASE_SMTP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^smtps?$/ }).optional()),
    /** Sender address of the case e-mails; required with CASE_SMTP_URL. */
    CASE_MAIL_FROM: z.preprocess(emptyToUndefined, z.email().optional()),
    /** First retry delay of a failed delivery (webhook or e-mail); doubles each time (up to 5 minutes). */
    CASE_WEBHOOK_RETRY_BASE_MS: positiveInt(2000),
    /** Length of one appointment slot in the Bürgerbüro (minutes). */
    APPOINTMENT_SLOT_MINUTES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(5).max(240).default(15)),
    /** Times of a day offered as buttons at once (spread over the day when more are free). */
    APPOINTMENT_SLOTS_OFFERED: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(12).default(8)),
    /** How many days ahead appointments can be booked. */
    APPOINTMENT_DAYS_AHEAD: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(90).default(14)),
  })
  .superRefine((config, ctx) => {
    // Production refuses missing or weak signing secrets (all instances must share them).
    for (const name of weakProductionSecrets(config)) {
      ctx.addIssue({ code: 'custom', path: [name], message: 'missing or weak secret (production needs at least 32 random characters)' });
    }
    if (config.TELEGRAM_BOT_TOKEN && !config.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'required when TELEGRAM_BOT_TOKEN is set' });
    }
    if (config.CASE_SMTP_URL && !config.CASE_MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['CASE_MAIL_FROM'], message: 'required when CASE_SMTP_URL is set' });
    }
    // Citizens read "Ihre Anfrage ist eingegangen": in production a request must reach the office.
    if (config.NODE_ENV === 'production' && !deliversCases(config)) {
      ctx.addIssue({
        code: 'custom',
        path: ['CASE_WEBHOOK_URL'],
        message: 'production needs a delivery channel for requests: set CASE_WEBHOOK_URL or CASE_SMTP_URL',
      });
    }
    // The chat's links (stream URL, file links) are built from it, never from a request's Host header.
    if (config.NODE_ENV === 'production' && !config.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'required in production (the address citizens reach the chat at)' });
    }
    if (config.CASE_WEBHOOK_URL && !config.CASE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['CASE_WEBHOOK_SECRET'], message: 'required when CASE_WEBHOOK_URL is set' });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** Whether finished requests reach the town hall (webhook or e-mail), or stay only in the assistant. */
export const deliversCases = (config: Pick<Config, 'CASE_WEBHOOK_URL' | 'CASE_SMTP_URL'>): boolean =>
  Boolean(config.CASE_WEBHOOK_URL || config.CASE_SMTP_URL);

export class ConfigError extends Error {}

/** Variables whose value must not appear in any output (secrets, and URLs that may contain a password). */
const CONFIDENTIAL = /SECRET|PASSWORD|TOKEN|KEY|_URL$/;

/** Parses the environment; throws a ConfigError whose message is one line per wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) {
    return parsed.data;
  }
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    // A secret, or an address that may carry credentials, is never printed: logs are read by others.
    const shown = CONFIDENTIAL.test(name) ? 'value not shown' : `got ${JSON.stringify(env[name] ?? null)}`;
    return `Configuration error: ${name}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(lines.join('\n'));
}

export const retentionSeconds = (config: Config): number => config.CONVERSATION_RETENTION_DAYS * 24 * 3600;

/** Secrets that sign staff sessions and Direct Line tokens; in production they must be long and not a placeholder. */
const signingSecrets = ['DIRECTLINE_TOKEN_SECRET', 'STAFF_SESSION_SECRET'] as const;
const obviouslyWeak = /^(changeme|change-me|secret|password|test|example|default|x+|0+)$/i;

/** Names of signing secrets that are missing or weak; empty outside production. */
function weakProductionSecrets(config: Pick<Config, 'NODE_ENV' | (typeof signingSecrets)[number]>): string[] {
  if (config.NODE_ENV !== 'production') return [];
  return signingSecrets.filter((name) => {
    const value = config[name];
    return !value || value.length < 32 || obviouslyWeak.test(value) || new Set(value).size < 8;
  });
}
