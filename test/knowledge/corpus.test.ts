// The training corpus: enough examples for every topic, out-of-scope questions with a body to refer
// to, and no line that copies a question the router is measured on.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readEvalFile } from '../../knowledge/eval';
import { entryDoc, intentDoc, KnowledgeBase, namingExamples } from '../../knowledge/loader';
import { fingerprint, isNearDuplicate, NearDuplicateIndex, type Fingerprint } from '../../knowledge/near-duplicate';
import { KNOWLEDGE_DIR } from '../../knowledge/paths';
import { loadReferrals } from '../../knowledge/referrals';
import { isOutOfScope, OUT_OF_SCOPE, readCorpus } from '../../knowledge/training';

const corpus = readCorpus();
const kb = new KnowledgeBase();
afterAll(() => kb.close());
const docs = [...kb.entries.map(entryDoc), ...kb.intents.filter((i) => !kb.entry(i.id)).map(intentDoc)];

describe('the training corpus', () => {
  it('parses without a problem', () => {
    expect(corpus.problems).toEqual([]);
  });

  it('has at least 40 example messages for every topic (answers, flows, built-in intents)', () => {
    const counts = new Map<string, number>();
    for (const e of corpus.examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
    const thin = docs.filter((d) => (counts.get(d.id) ?? 0) < 40).map((d) => `${d.id}: ${counts.get(d.id) ?? 0}`);
    expect(thin).toEqual([]);
    expect([...counts.keys()].filter((label) => !isOutOfScope(label) && !docs.some((d) => d.id === label))).toEqual([]);
  });

  it('has at least 400 out-of-scope messages, a referral for every body it names, and examples for every referral not named by a rule', () => {
    const outOfScope = corpus.examples.filter((e) => isOutOfScope(e.label));
    expect(outOfScope.length).toBeGreaterThanOrEqual(400);
    const keys = new Set(outOfScope.map((e) => e.label.slice(OUT_OF_SCOPE.length)));
    const referrals = loadReferrals();
    expect([...keys].filter((k) => k !== 'allgemein' && !referrals.has(k))).toEqual([]);
    // A referral that only a rule of the router's names has no examples (byRule).
    expect([...referrals.values()].filter((r) => !r.byRule && !keys.has(r.key)).map((r) => r.key)).toEqual([]);
  });
});

describe('the near-duplicate guard', () => {
  const dev = (JSON.parse(readFileSync(path.join(KNOWLEDGE_DIR, 'eval', 'dev-fingerprints.json'), 'utf8')) as { fingerprints: Fingerprint[] }).fingerprints;
  const evalDir = path.join(KNOWLEDGE_DIR, 'eval');
  const evalLines = readdirSync(evalDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readEvalFile(path.join(evalDir, f)).map((l) => ({ file: f, text: l.text, print: fingerprint(l.text) })));
  const english = readCorpus(path.join(KNOWLEDGE_DIR, 'training', 'en')).examples;
  const training = [...corpus.examples, ...english, ...namingExamples(docs).filter((e) => e.text.split(/\s+/).length > 3)];

  it('finds no training line that copies a question of the development set or of our evaluation sets', () => {
    expect(dev.length).toBeGreaterThan(200);
    expect(evalLines.length).toBeGreaterThan(800);
    const index = new NearDuplicateIndex<string>();
    dev.forEach((print) => index.add(print, 'a line of dev.jsonl'));
    evalLines.forEach((l) => index.add(l.print, `${l.file}: "${l.text}"`));
    const copies: string[] = [];
    for (const e of training) {
      const hit = index.find(fingerprint(e.text));
      if (hit) copies.push(`${e.label}: "${e.text}" ≈ ${hit}`);
    }
    expect(copies).toEqual([]);
  });

  it('recognizes a copy with other case, punctuation, umlauts or a changed word', () => {
    const line = evalLines.find((l) => l.text.split(/\s+/).length >= 10)!.text;
    const words = line.split(/\s+/);
    const edited = [...words.slice(0, -1), 'bitte'].join(' ');
    expect(isNearDuplicate(fingerprint(line.toUpperCase().replace(/[.,?!]/g, '')), fingerprint(line))).toBe(true);
    expect(isNearDuplicate(fingerprint(edited.replace(/ü/g, 'ue')), fingerprint(line))).toBe(true);
    expect(isNearDuplicate(fingerprint('Wie wird das Wetter morgen?'), fingerprint('Was kostet ein Reisepass?'))).toBe(false);
  });
});
