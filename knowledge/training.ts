// The training corpus: example messages in citizens' own words, one file per topic
// (training/topics/<topic id>.txt) and one per body the assistant refers out-of-scope questions to
// (training/out-of-scope/<referral key>.txt). One message per line; lines starting with "#" are
// comments. Editors add lines here and see the effect with `npm run eval`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from './paths';

export const TRAINING_DIR = path.join(KNOWLEDGE_DIR, 'training');

/** The class of an out-of-scope example: "oos:<referral key>". */
export const OUT_OF_SCOPE = 'oos:';
export const isOutOfScope = (label: string): boolean => label.startsWith(OUT_OF_SCOPE);

const exampleTextSchema = z
  .string()
  .trim()
  .min(1, 'empty')
  .max(600, 'longer than 600 characters')
  .refine((t) => !t.includes('\t'), 'contains a tab');

export interface Example {
  text: string;
  /** A topic id, or OUT_OF_SCOPE + referral key. */
  label: string;
}

export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

export interface Corpus {
  examples: Example[];
  problems: CorpusProblem[];
}

/** Reads the corpus folder; a bad line is reported with file and line and left out. */
export function readCorpus(dir: string = TRAINING_DIR): Corpus {
  const corpus: Corpus = { examples: [], problems: [] };
  for (const [sub, prefix] of [['topics', ''], ['out-of-scope', OUT_OF_SCOPE]] as const) {
    const folder = path.join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      const file = path.join(folder, name);
      const label = prefix + name.slice(0, -'.txt'.length);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((raw, i) => {
          if (!raw.trim() || raw.trimStart().startsWith('#')) return;
          const parsed = exampleTextSchema.safeParse(raw);
          if (parsed.success) corpus.examples.push({ text: parsed.data, label });
          else corpus.problems.push({ file, line: i + 1, message: parsed.error.issues[0]!.message });
        });
    }
  }
  return corpus;
}
