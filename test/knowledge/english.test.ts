// The router understands English questions (issue 18): English analysis, an English router next to
// the German one chosen by the conversation's language, and the English corpus checked like the
// German one. The questions are our own wording, neither the corpus's nor an evaluation set's.
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentWords } from '../../knowledge/analyzer';
import { checkCorpus } from '../../knowledge/check';
import { ENGLISH } from '../../knowledge/language/profile';
import { KnowledgeBase } from '../../knowledge/loader';
import { dogEntry, entriesDir, passEntry, trainingDir } from './fixtures';

describe('English analysis', () => {
  it('drops English function words and meets inflected forms through English stems', () => {
    expect(contentWords('How do I renew my passport, please?', ENGLISH)).toEqual(['how', 'renew', 'passport']);
    const stems = (text: string) => contentWords(text, ENGLISH).map((w) => ENGLISH.stem(w));
    expect(stems('passports applied')).toEqual(stems('passport applying'));
  });

  it('keeps English letters that German would fold as umlauts, and still folds real umlauts', () => {
    expect(contentWords('issue Bürgerbüro', ENGLISH)).toEqual(['issue', 'burgerburo']);
  });
});

describe('the language of the conversation chooses the router', () => {
  /** A small knowledge base with a German and an English corpus (the decision path, not the language). */
  const smallKnowledge = () => {
    const training = trainingDir(
      { reisepass: ['Neuer Pass für den Urlaub', 'Reisepass beantragen'], hundesteuer: ['Steuer für den Hund', 'Was kostet der Hund im Jahr'] },
      { allgemein: ['Wie wird das Wetter?'] },
    );
    const english = trainingDir(
      {
        reisepass: ['I need a new passport for my holiday', 'passport renewal', 'how long does a passport take'],
        hundesteuer: ['tax for my dog', 'how much is the dog tax per year', 'we got a puppy, do we pay tax'],
      },
      { allgemein: ['what is the weather like', 'tell me a joke'] },
    );
    return { dir: entriesDir({ 'reisepass.yaml': passEntry, 'hundesteuer.yaml': dogEntry }), trainingDir: training, englishTrainingDir: english };
  };

  it('answers an English question in an English conversation from the English corpus', () => {
    const kb = new KnowledgeBase(smallKnowledge());
    try {
      expect(kb.router.decide('My passport expired, I want a new one', { language: 'en' }).decision?.id).toBe('reisepass');
      expect(kb.router.decide('Do I have to pay taxes for my dog?', { language: 'en' }).decision?.id).toBe('hundesteuer');
      expect(kb.router.decide('Ich brauche einen neuen Reisepass').decision?.id).toBe('reisepass');
    } finally {
      kb.close();
    }
  });

  it('understands a message clearly in English in a German conversation with the English corpus', () => {
    const kb = new KnowledgeBase(smallKnowledge());
    try {
      // The German corpus has neither word; the conversation offers English for it and answers in English.
      expect(kb.router.decide('how much is the yearly tax for our puppy, do we have to pay it?').decision?.id).toBe('hundesteuer');
      expect(kb.router.decide('how much is the yearly tax for our puppy, do we have to pay it?', { language: 'de' }).decision?.id).toBe('hundesteuer');
      // Short or German messages stay with the German router.
      expect(kb.router.decide('Steuer für den Hund').decision?.id).toBe('hundesteuer');
    } finally {
      kb.close();
    }
  });

  it('has an English router of its own, with English topic titles resolving exactly', () => {
    const kb = new KnowledgeBase(smallKnowledge());
    try {
      expect(kb.routerFor('en')).toBeDefined();
      expect(kb.routerFor('en')).not.toBe(kb.router);
      expect(kb.routerFor('de')).toBe(kb.router);
      // The German title stays a name of the English topic: a "Meinten Sie" button sends it.
      expect(kb.router.decide('Reisepass beantragen', { language: 'en' })).toMatchObject({ action: 'answer', decision: { id: 'reisepass' } });
    } finally {
      kb.close();
    }
  });

  it('learns an edited English corpus without a restart', async () => {
    const knowledge = smallKnowledge();
    const kb = new KnowledgeBase({ ...knowledge, watch: true, debounceMs: 50 });
    try {
      const before = kb.routerFor('en');
      const reloaded = new Promise<void>((resolve) => kb.onReload(resolve));
      appendFileSync(path.join(knowledge.englishTrainingDir, 'topics', 'hundesteuer.txt'), 'our new labrador and the tax\n');
      await reloaded;
      // The German router swaps first; the English one follows once its model is trained.
      for (const until = Date.now() + 20_000; kb.routerFor('en') === before && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
      expect(kb.routerFor('en')).toBeDefined();
      expect(kb.routerFor('en')).not.toBe(before);
    } finally {
      kb.close();
    }
  });

  it('routes an English conversation with the German router when there is no English corpus', () => {
    const { dir, trainingDir: training } = smallKnowledge();
    const kb = new KnowledgeBase({ dir, trainingDir: training, englishTrainingDir: path.join(tmpdir(), 'no-english-corpus-here') });
    try {
      expect(kb.routerFor('en')).toBeUndefined();
      expect(kb.router.decide('Reisepass beantragen', { language: 'en' }).decision?.id).toBe('reisepass');
    } finally {
      kb.close();
    }
  });
});

describe('the real English corpus', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = new KnowledgeBase();
  });
  afterAll(() => kb.close());
  const decided = (text: string) => kb.router.decide(text, { language: 'en' });

  it.each([
    ['I have to renew my ID card, it runs out in April', 'personalausweis'],
    ['someone took my purse with my passport in it', 'dokument-verloren'],
    ['Just moved here from Spain with my family, where do we do the Anmeldung?', 'anmeldung-wohnsitz'],
    ['our baby daughter needs a travel document for a trip to Greece', 'ausweis-kinder'],
    ['need certificate of good conduct for new job', 'fuehrungszeugnis'],
    ['how can I stop paying church tax', 'kirchenaustritt'],
    ['when is the bulky waste collection, I have an old wardrobe', 'sperrmuell'],
    ['how do I register a new business', 'gewerbe-anmelden'],
  ])('%s → %s', (text, topic) => {
    expect(decided(text).decision?.id).toBe(topic);
  });

  it.each(['Which football team won the world cup?', 'recipe for apple pie please'])('%s → none', (text) => {
    const result = decided(text);
    expect(result.decision).toBeNull();
    expect(result.action).toBe('none');
  });

  it('takes "where do I go?" and "how much is it?" after an answer as about that answer', () => {
    for (const text of ['where do I go?', 'how much is it?'])
      expect(kb.router.decide(text, { language: 'en', lastTopic: 'anmeldung-wohnsitz' }).decision?.id).toBe('anmeldung-wohnsitz');
  });

  it('leaves the German decisions as they were', () => {
    expect(kb.router.decide('Ich habe meinen Personalausweis verloren').decision?.id).toBe('dokument-verloren');
  });

  it('has enough example messages for every topic, and no file for a topic that does not exist', () => {
    expect(checkCorpus({ language: 'en' }).problems).toEqual([]);
  });

  it('reports an English topic with too few example messages', () => {
    const thin = trainingDir({ reisepass: ['passport please'] });
    const { problems } = checkCorpus({ language: 'en', trainingDir: thin });
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('1 example messages for "reisepass", at least 30') })]));
  });
});
