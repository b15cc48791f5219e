// JSON logs through pino. Two layers keep personal data out:
// pino's `redact` removes fields that always hold personal data (message texts, flow answers,
// credentials), and `redactText` scrubs e-mail addresses, phone numbers, IBANs, dates and street addresses that
// end up in any other string (error messages, URLs, free-form log lines).
import pino, { type DestinationStream, type Logger } from 'pino';
import { redactDeep, redactText } from './privacy/redact';

export type { Logger };

const REDACT_PATHS = [
  'text',
  '*.text',
  'activity.text',
  'activity.value',
  'activity.from.name',
  'activity.attachments',
  'answers',
  '*.answers',
  'value',
  '*.value',
  'name',
  'from.name',
  'contact',
  '*.contact',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'buerger-assistent' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination({ sync: false }),
  );
}

/** For command-line scripts: synchronous (no line lost at process.exit), to stderr (apart from the script's output). */
export function scriptLogger(level: string): Logger {
  return createLogger(level, pino.destination({ fd: 2, sync: true }));
}
