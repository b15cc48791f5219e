// Small knowledge entries written to temp folders, for tests that must not depend on the real content.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

export const passEntry = {
  id: 'reisepass',
  title: 'Reisepass beantragen',
  office: 'buergerbuero',
  summary: 'Einen Reisepass beantragen Sie persönlich im Bürgerbüro.',
  details: { documents: ['biometrisches Lichtbild', 'bisheriger Pass'], fees: '70 Euro', processingTime: 'etwa drei bis vier Wochen' },
  synonyms: ['Pass', 'Expresspass'],
  questions: ['Wie bekomme ich einen neuen Reisepass?'],
  reviewed: '2026-10-01',
  source: 'Test',
};

export const dogEntry = {
  id: 'hundesteuer',
  title: 'Hundesteuer',
  office: 'steueramt',
  summary: 'Für jeden Hund ist Hundesteuer zu zahlen.',
  synonyms: ['Hundemarke'],
  flow: 'hund-anmelden',
  reviewed: '2026-10-01',
  source: 'Test',
};

export function entriesDir(entries: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ba-kb-'));
  for (const [name, content] of Object.entries(entries)) writeEntry(dir, name, content);
  return dir;
}

export function writeEntry(dir: string, name: string, content: unknown): void {
  writeFileSync(path.join(dir, name), typeof content === 'string' ? content : stringify(content));
}

/** A small training corpus: `topics` and `out-of-scope` files of example lines. */
export function trainingDir(topics: Record<string, string[]>, outOfScope: Record<string, string[]> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ba-training-'));
  for (const [sub, files] of [['topics', topics], ['out-of-scope', outOfScope]] as const) {
    mkdirSync(path.join(dir, sub));
    for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, sub, `${name}.txt`), `${lines.join('\n')}\n`);
  }
  return dir;
}
