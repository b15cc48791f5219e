// Each language step on its own, with German as people type it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Analyzer, contentWords } from '../../knowledge/analyzer';
import { inAnotherLanguage } from '../../knowledge/language/detect';
import { KNOWLEDGE_DIR } from '../../knowledge/paths';
import { facetOf } from '../../knowledge/language/facets';
import { isGenericWord } from '../../knowledge/language/generic';
import { Decompounder } from '../../knowledge/language/decompound';
import { normalize } from '../../knowledge/language/normalize';
import { separableVerbs } from '../../knowledge/language/separable';
import { joinSplitCompounds } from '../../knowledge/language/split-compounds';
import { editDistance, SpellingCorrector } from '../../knowledge/language/spelling';
import { stem } from '../../knowledge/language/stem';
import { Synonyms } from '../../knowledge/language/synonyms';
import { tokenize } from '../../knowledge/language/tokenize';

describe('normalize', () => {
  it('folds case, umlauts, their typewriter spelling and ß to one form', () => {
    expect(normalize('Führerschein')).toBe(normalize('FUEHRERSCHEIN'));
    expect(normalize('Führerschein')).toBe(normalize('Fuhrerschein'));
    expect(normalize('Reisepaß')).toBe(normalize('Reisepass'));
    expect(normalize('Bürgerbüro')).toBe(normalize('Burgerburo'));
    expect(normalize('Öffnungszeiten')).toBe(normalize('oeffnungszeiten'));
  });

  it('treats composed and decomposed Unicode umlauts alike', () => {
    expect(normalize('Mu\u0308ll')).toBe(normalize('Müll'));
  });
});

describe('tokenize', () => {
  it('keeps umlauts inside words and splits at punctuation, digits and hyphens', () => {
    expect(tokenize('Wie lange dauert´s? Grüß Gott, Gewerbesteuer-Hebesatz 2025!')).toEqual([
      'Wie', 'lange', 'dauert', 's', 'Grüß', 'Gott', 'Gewerbesteuer', 'Hebesatz',
    ]);
  });

  it('returns nothing for text without letters', () => {
    expect(tokenize('123 ??? :-)')).toEqual([]);
  });
});

describe('stem', () => {
  it('brings inflected forms together (Snowball German)', () => {
    expect(stem('beantragen')).toBe(stem('beantragt'));
    expect(stem(normalize('Gebühren'))).toBe(stem(normalize('Gebühr')));
    expect(stem('hunde')).toBe(stem('hund'));
  });
});

describe('content words', () => {
  it('drops function words and politeness, keeps the topic', () => {
    expect(contentWords('Sehr geehrte Damen und Herren, ich möchte bitte meinen Reisepass verlängern')).toEqual(['reisepass', 'verlangern']);
  });
  it('drops colloquial "brauch" and ages, which say nothing about the topic', () => {
    expect(contentWords('brauch ich als 17 jähriger einen Ausweis')).toEqual(['ausweis']);
  });
});

describe('decompound', () => {
  const words = new Set(['reisepass', 'reise', 'pass', 'verlangerung', 'mull', 'tonne', 'mulltonne', 'rest', 'hund', 'steuer']);
  const splitter = new Decompounder((w) => words.has(w));

  it('splits compounds into known words, with linking elements', () => {
    expect(splitter.split('reisepassverlangerung')).toEqual(['reisepass', 'verlangerung']);
    expect(splitter.split('restmulltonne')).toEqual(['rest', 'mulltonne']);
    expect(splitter.split('hundesteuer')).toEqual(['hund', 'steuer']);
  });

  it('leaves words alone that are not made of known words', () => {
    expect(splitter.split('wetterbericht')).toEqual([]);
    expect(splitter.split('pass')).toEqual([]);
  });
});

describe('a compound split in two words', () => {
  const known = new Set(['wohngeld', 'hundesteuer', 'steuerbescheid'].map(normalize));
  const join = (text: string) => joinSplitCompounds(text, (w) => known.has(w), normalize);
  it('joins two words whose joined form is a known word, whatever their case', () => {
    expect(join('wohn geld antrag')).toBe('wohngeld antrag');
    expect(join('Wann ist die Hunde Steuer fällig?')).toBe('Wann ist die HundeSteuer fällig?');
  });
  it('joins a word once only, and leaves unknown and short pairs apart', () => {
    expect(join('Hunde Steuer Bescheid')).toBe('HundeSteuer Bescheid');
    expect(join('neue Tonne')).toBe('neue Tonne');
    expect(joinSplitCompounds('an melden', () => true, normalize)).toBe('an melden');
  });
});

describe('spelling', () => {
  const speller = new SpellingCorrector();
  for (const w of ['beantragen', 'wertstoffhof', 'sperrmull', 'anmelden', 'kirchenaustritt', 'pass']) speller.add(normalize(w));

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('beantargen', 'beantragen')).toBe(1);
    expect(editDistance('anmleden', 'anmelden')).toBe(1);
  });

  it('corrects typos against the knowledge vocabulary', () => {
    expect(speller.correct('beantargen')).toBe('beantragen');
    expect(speller.correct(normalize('Wertstofhof'))).toBe('wertstoffhof');
    expect(speller.correct('anmleden')).toBe('anmelden');
    expect(speller.correct('kirchenaustrit')).toBe('kirchenaustritt');
  });

  it('does not bend short or unrelated words into known ones', () => {
    expect(speller.correct('bass')).toBeUndefined();
    expect(speller.correct('wetter')).toBeUndefined();
    expect(speller.correct('beantragen')).toBeUndefined();
  });
});

describe('synonyms', () => {
  const synonyms = new Synonyms();
  it('maps everyday words to the official term', () => {
    expect(synonyms.canonicalOf('perso')).toBe('personalausweis');
    expect(synonyms.canonicalOf('geklaut')).toBe('gestohlen');
    expect(synonyms.canonicalOf(normalize('Angelschein'))).toBe(normalize('Fischereischein'));
    expect(synonyms.canonicalOf('personalausweis')).toBeUndefined();
  });
});

describe('analyzer (all steps together)', () => {
  const analyzer = new Analyzer();
  analyzer.learn(contentWords('Reisepass beantragen. Verlängerung des Reisepasses. Personalausweis'));

  it('understands an unknown compound through its parts and a colloquial word through its synonym', () => {
    const terms = analyzer.analyze(contentWords('Reisepassverlängerung'), { correct: true });
    expect(terms.has(stem('reisepass'))).toBe(true);
    expect(terms.has(stem('verlangerung'))).toBe(true);
    expect(analyzer.analyze(contentWords('Perso'), { correct: true }).has(stem('personalausweis'))).toBe(true);
  });

  it('understands the participle of a separable verb the knowledge uses', () => {
    const sepa = new Analyzer();
    sepa.learn(contentWords('Gebühren abbuchen lassen'));
    expect(sepa.analyze(contentWords('Die Gebühren sollen abgebucht werden'), { correct: true }).has(stem('abbuchen'))).toBe(true);
  });

  it('treats a photo and the official Lichtbild as the same', () => {
    const photo = new Analyzer();
    photo.learn(contentWords('biometrisches Lichtbild'));
    expect(photo.analyze(contentWords('Passfoto'), { correct: true }).has(stem('lichtbild'))).toBe(true);
  });

  it('corrects typos only on the question side', () => {
    expect(analyzer.analyze(contentWords('reisepas beantargen'), { correct: true }).has(stem('beantragen'))).toBe(true);
    expect(analyzer.analyze(contentWords('beantargen')).has(stem('beantragen'))).toBe(false);
  });
});

describe('facets of follow-up questions', () => {
  it.each([
    ['Und was kostet das?', 'fees'],
    ['Wie hoch sind die Gebühren?', 'fees'],
    ['Wie lange dauert das?', 'duration'],
    ['Brauche ich einen Termin?', 'appointment'],
    ['Welche Unterlagen muss ich mitbringen?', 'documents'],
    // Typed apart (it had been "nichts Genaueres" after the ID card).
    ['was muss ich mit bringen?', 'documents'],
    ['was soll ich mit nehmen', 'documents'],
    ['was brauch ich da alles', 'documents'],
    ['Wie viel kostet ein Reisepass?', 'fees'],
    ['wieviel zahl ich da?', 'fees'],
  ])('%s → %s', (text, facet) => expect(facetOf(text)).toBe(facet));

  // "Wie viele …" asks a number, not a price (it had got "Was es kostet, dazu habe ich keine gesicherte Angabe").
  it.each(['Wie viele Plakate dürfen wir aufhängen?', 'Wieviele Einwohner hat Mömbris?'])('finds no fee in "%s"', (text) =>
    expect(facetOf(text)).toBeUndefined(),
  );

  // Documents lost are no question of which ones to bring (it had said "Welche Unterlagen Sie brauchen … keine gesicherte Angabe").
  it.each(['und wenn ich die Unterlagen verloren habe?', 'Die Unterlagen wurden mir gestohlen, was nun?'])('finds no documents facet in "%s"', (text) =>
    expect(facetOf(text)).toBeUndefined(),
  );

  it('finds no facet in a plain topic question', () => expect(facetOf('Ich habe einen Hund')).toBeUndefined());
  // A yes-or-no question about the matter itself, not about what to bring.
  it('finds no facet in "brauch ich eine Baugenehmigung?"', () => expect(facetOf('brauch ich für en carport e baugenehmigung?')).toBeUndefined());
});

describe('separable verbs', () => {
  const known = new Set(['anmelden', 'anmelde', 'abmelde', 'umziehe', 'zuruckrufen', 'zuruckruft']);
  const knows = (w: string) => known.has(w);
  it('joins a particle with its verb in the same sentence', () => {
    expect(separableVerbs('Wie melde ich mich bei Ihnen an?', knows)).toEqual(['anmelde']);
    expect(separableVerbs('Ich ziehe im Mai um.', knows)).toEqual(['umziehe']);
    expect(separableVerbs('Ruft mich bitte zurück', knows)).toEqual(['zuruckruft']);
  });
  it('keeps only verbs the knowledge uses and stays within the sentence', () => {
    expect(separableVerbs('Ich melde mich. An der Tür steht niemand.', knows)).toEqual([]);
    expect(separableVerbs('Wir kommen an', knows)).toEqual([]);
  });
});

describe('everyday words', () => {
  it('recognizes everyday verbs in their inflected forms', () => {
    expect(['kaufen', 'bestellt', 'gemacht', 'angekommen'].map((w) => isGenericWord(normalize(w)))).toEqual([true, true, true, true]);
  });
  it('does not count words that name a topic as everyday words', () => {
    expect(['heiraten', 'abmelden', 'fallen', 'hundesteuer'].map((w) => isGenericWord(normalize(w)))).toEqual([false, false, false, false]);
  });
});

describe('a language the assistant does not speak', () => {
  it.each([
    'Merhaba, nüfus cüzdanımı kaybettim, ne yapmalıyım?',
    'Здравствуйте, я потерял паспорт, что мне делать?',
    'Dzień dobry, zgubiłem dowód osobisty, co mam zrobić?',
    // Its first word capitalized, one other word with a letter of its own (it had got "formulieren Sie Ihre Frage anders").
    'Dzień dobry, czy mówi pan po polsku?',
    'مرحبا، فقدت بطاقة هويتي، ماذا أفعل؟',
  ])('is told in "%s"', (text) => {
    expect(inAnotherLanguage(text)).toBe(true);
  });

  it.each([
    'Termin für Paweł Dąbrowski',
    'ich heiße łukasz wójcik und brauch en termin',
    'Łukasz hier, ich brauche einen neuen Pass',
    'Mei Perso is seit Weihnachte abgelaafe',
    'Hallo',
  ])(
    'is not taken for one in German with foreign names or dialect: "%s"',
    (text) => {
      expect(inAnotherLanguage(text)).toBe(false);
    },
  );

  it('is found in no line of our German and English eval sets (dialect included)', () => {
    const lines = readdirSync(path.join(KNOWLEDGE_DIR, 'eval'))
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) => readFileSync(path.join(KNOWLEDGE_DIR, 'eval', file), 'utf8').split('\n').filter(Boolean));
    expect(lines.length).toBeGreaterThan(2000);
    expect(lines.map((line) => (JSON.parse(line) as { text: string }).text).filter(inAnotherLanguage)).toEqual([]);
  });
});
