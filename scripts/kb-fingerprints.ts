// `npm run kb:fingerprints -- --file ../shared/eval/dev.jsonl`: stores fingerprints (no text) of an
// evaluation set the repository must not contain, so that the corpus test can check that no training
// line copies one of its questions (knowledge/eval/dev-fingerprints.json).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEvalFile } from '../knowledge/eval';
import { fingerprint } from '../knowledge/near-duplicate';
import { KNOWLEDGE_DIR } from '../knowledge/paths';

export const DEV_FINGERPRINTS = path.join(KNOWLEDGE_DIR, 'eval', 'dev-fingerprints.json');

function main(): void {
  const { values } = parseArgs({ options: { file: { type: 'string' }, out: { type: 'string', default: DEV_FINGERPRINTS } } });
  if (!values.file) {
    console.error('usage: npm run kb:fingerprints -- --file EVAL.jsonl');
    process.exit(2);
  }
  const prints = readEvalFile(values.file).map((l) => fingerprint(l.text));
  writeFileSync(values.out!, `${JSON.stringify({ source: path.basename(values.file), lines: prints.length, fingerprints: prints })}\n`);
  console.log(`${values.out}: ${prints.length} fingerprints`);
}

if (require.main === module) main();
