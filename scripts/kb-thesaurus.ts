// `npm run kb:thesaurus [-- --source FILE]`: derives knowledge/language/thesaurus.txt from
// OpenThesaurus (Debian package openthesaurus-de-text) for the vocabulary of the knowledge base.
// Run it after adding entries or synonyms; the result is checked in, so the assistant and CI
// do not need the package.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentWords } from '../knowledge/analyzer';
import { isGenericWord } from '../knowledge/language/generic';
import { stem } from '../knowledge/language/stem';
import { STOPWORDS } from '../knowledge/language/stopwords';
import { tokenize } from '../knowledge/language/tokenize';
import { deriveThesaurus, THESAURUS_FILE } from '../knowledge/language/thesaurus';
import { entryDoc, intentDoc, KnowledgeBase } from '../knowledge/loader';

const DEBIAN_FILE = '/usr/share/openthesaurus-de/openthesaurus.txt';

function main(): void {
  const { values } = parseArgs({
    options: { source: { type: 'string', default: DEBIAN_FILE }, out: { type: 'string', default: THESAURUS_FILE } },
  });
  const source = values.source!;
  if (!existsSync(source)) {
    console.error(`${source} not found: install the Debian package openthesaurus-de-text or pass --source FILE`);
    process.exit(2);
  }
  const kb = new KnowledgeBase();
  const docs = [...kb.entries.map(entryDoc), ...kb.intents.map(intentDoc)];
  // Targets are the words editors chose to name topics: every word of titles and synonyms, and the
  // nouns of example questions (capitalized inside a sentence). Everyday verbs and adjectives of the
  // questions ("laufen", "stark") would otherwise attract half the thesaurus.
  const nouns = docs
    .flatMap((d) => [d.title, ...d.synonyms, ...d.questions.map((q) => tokenize(q).slice(1).join(' '))])
    .flatMap((t) => tokenize(t).filter((w) => /^\p{Lu}/u.test(w)));
  const naming = docs.flatMap((d) => [d.title, ...d.synonyms]).flatMap((t) => contentWords(t));
  const vocabulary = new Set([...naming, ...nouns.flatMap((t) => contentWords(t))].map(stem));
  const known = { has: (w: string) => vocabulary.has(stem(w)) };
  const text = readFileSync(source, 'utf8');
  const { expansions, ambiguous } = deriveThesaurus(text, known, (w) => STOPWORDS.has(w) || isGenericWord(w));
  const header = text
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .slice(0, 4)
    .map((l) => l.replace(/^#\s?/, ''));
  const out = [
    '# Derived from OpenThesaurus by `npm run kb:thesaurus` — do not edit by hand; run the script again.',
    ...header.map((l) => `# ${l}`),
    '# Licence: GNU Lesser General Public License 2.1 or later (LGPL), like OpenThesaurus itself;',
    '# the full text is at https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html (Debian: /usr/share/common-licenses/LGPL-2.1).',
    '# Format: a folded word<TAB>the knowledge words of its one meaning. Words with several meanings are left out.',
    ...[...expansions].map(([word, targets]) => `${word}\t${targets.join(' ')}`),
    '',
  ].join('\n');
  writeFileSync(values.out!, out);
  console.log(
    `${values.out}: ${expansions.size} words expanded, ${ambiguous.length} ambiguous words left out (e.g. ${ambiguous.slice(0, 8).join(', ')})`,
  );
  kb.close();
}

main();
