// A folder of YAML files, each checked by a zod schema (the entries, the translations): a broken
// file is named with its field and left out, and the others are read, so that kb:check names every
// problem and the assistant goes on with what is valid.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

export interface FileProblem {
  file: string;
  /** The failing field ("details.fees"), or "" for the file as a whole. */
  field: string;
  message: string;
}

/** Reads and validates every *.yaml / *.yml file of a folder, by name. Never throws for a bad file. */
export function readYamlFolder<T>(dir: string, schema: z.ZodType<T>): { files: Array<{ file: string; data: T }>; problems: FileProblem[] } {
  const result: { files: Array<{ file: string; data: T }>; problems: FileProblem[] } = { files: [], problems: [] };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      result.problems.push({ file, field: '', message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) result.files.push({ file, data: parsed.data });
    else result.problems.push(...parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message })));
  }
  return result;
}
