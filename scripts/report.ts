// `npm run report -- --from 2026-11-01 --to 2026-11-30 [--pdf out.pdf] [--csv out.csv]`: the
// council's report for the IT, from the same store the assistant uses (REDIS_URL or the SQLite
// file in DATA_DIR). Prints the key figures; writes the files when asked.
import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Analytics } from '../bot/analytics/events';
import { reportCsv, reportPdf, reportTables } from '../bot/analytics/export';
import { buildReport, periodSchema, savingsOf } from '../bot/analytics/report';
import { loadConfig } from '../bot/config';
import { scriptLogger } from '../bot/logger';
import { openStore } from '../bot/storage';
import { KnowledgeBase } from '../knowledge/loader';
import { loadMunicipality } from '../knowledge/municipality';
import { de } from '../knowledge/texts/de';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, pdf: { type: 'string' }, csv: { type: 'string' } },
  });
  const period = periodSchema.safeParse(values);
  if (!period.success) {
    console.error(`${de.report.badPeriod}\nnpm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--pdf FILE] [--csv FILE]`);
    return 2;
  }
  const config = loadConfig();
  const store = await openStore(config, scriptLogger(config.LOG_LEVEL));
  try {
    const knowledge = new KnowledgeBase({ cacheDir: config.MODEL_CACHE_DIR ?? path.join(config.DATA_DIR, 'models') });
    const titleOf = (id: string) => knowledge.title(id);
    const report = await buildReport(new Analytics(store, config.ANALYTICS_RETENTION_DAYS * 86_400), period.data, savingsOf(config));
    const [usage, saved] = reportTables(report, titleOf);
    for (const table of [usage!, saved!]) {
      console.log(`\n${table.heading}`);
      for (const row of table.rows) console.log(`  ${row.filter((cell) => cell !== '').join(': ')}`);
    }
    const town = loadMunicipality(config.MUNICIPALITY_FILE).name;
    if (values.csv) writeFileSync(values.csv, reportCsv(report, titleOf));
    if (values.pdf) writeFileSync(values.pdf, await reportPdf(report, town, titleOf));
    knowledge.close();
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(String(error));
    process.exit(1);
  },
);
