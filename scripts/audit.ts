// `npm run audit`: `npm audit` of the production dependencies as a release gate. It fails on a
// high or critical advisory unless SECURITY.md ("Exceptions") accepts it with a reason, and it
// fails when the audit could not run at all (e.g. a registry mirror without the advisory
// endpoint), so that "no answer" is never mistaken for "no vulnerabilities".
import { spawnSync } from 'node:child_process';
import { z } from 'zod';

/** Advisories accepted in SECURITY.md, by GHSA id. Remove an entry there and here together. */
export const EXCEPTIONS: Readonly<Record<string, string>> = {
  'GHSA-rpr9-rxv7-x643': 'sanitize-html inside botframework-webchat 4.18.1; Web Chat is sent plain text only',
};

const BLOCKING = new Set(['high', 'critical']);

const advisorySchema = z.looseObject({ name: z.string(), title: z.string(), url: z.string(), severity: z.string() });
/** The report of `npm audit --json` (npm 7 and later); anything else means the audit did not run. */
const reportSchema = z.looseObject({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(z.string(), z.looseObject({ via: z.array(z.union([z.string(), advisorySchema])) })),
  metadata: z.looseObject({ vulnerabilities: z.record(z.string(), z.number()) }),
});

export interface Finding {
  id: string;
  name: string;
  severity: string;
  title: string;
}

export type Verdict =
  { ran: false; reason: string } | { ran: true; blocking: Finding[]; excepted: Finding[]; counts: Record<string, number> };

/** Judges the JSON output of `npm audit --omit=dev --json`. */
export function judge(output: string): Verdict {
  let json: unknown;
  try {
    json = JSON.parse(output);
  } catch {
    return { ran: false, reason: 'npm audit printed no JSON report' };
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const message = z.looseObject({ message: z.string() }).safeParse(json);
    return { ran: false, reason: message.success ? message.data.message : 'npm audit printed no audit report' };
  }
  // A package can be named by several dependants; each advisory counts once.
  const advisories = new Map<string, Finding>();
  for (const { via } of Object.values(parsed.data.vulnerabilities)) {
    for (const a of via) {
      if (typeof a === 'string' || !BLOCKING.has(a.severity)) continue;
      const id = a.url.split('/').pop() ?? a.url;
      advisories.set(id, { id, name: a.name, severity: a.severity, title: a.title });
    }
  }
  const findings = [...advisories.values()];
  return {
    ran: true,
    blocking: findings.filter((f) => !(f.id in EXCEPTIONS)),
    excepted: findings.filter((f) => f.id in EXCEPTIONS),
    counts: parsed.data.metadata.vulnerabilities,
  };
}

function main(): void {
  const npm = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const verdict = judge(npm.stdout ?? '');
  if (!verdict.ran) {
    console.error(`The audit did not run: ${verdict.reason}. Run it on a machine that reaches registry.npmjs.org directly.`);
    process.exit(2);
  }
  console.log(
    `npm audit --omit=dev: ${Object.entries(verdict.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  for (const f of verdict.excepted) console.log(`accepted (SECURITY.md): ${f.id} ${f.severity} ${f.name}: ${EXCEPTIONS[f.id]}`);
  for (const f of verdict.blocking) console.error(`BLOCKING: ${f.id} ${f.severity} ${f.name}: ${f.title}`);
  process.exit(verdict.blocking.length ? 1 : 0);
}

if (require.main === module) main();
