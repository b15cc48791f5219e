// The router's constants are chosen by cross-validation: folds that hold out every topic evenly,
// models that never see the examples they are judged on, and a search that picks what scores best.
import { AXES, crossValidate, flattestBest, folds, search, type HeldOut } from '../../knowledge/calibration';
import { trainNow } from '../../knowledge/classifier';
import { trainModel } from '../../knowledge/model';
import { readCalibration, Router, type TopicDoc } from '../../knowledge/router';
import type { Example } from '../../knowledge/training';

const doc = (id: string, title: string): TopicDoc => ({ id, kind: 'answer', title, synonyms: [], questions: [] });

describe('folds', () => {
  const examples: Example[] = ['a', 'b', 'c'].flatMap((label) => Array.from({ length: 10 }, (_, i) => ({ text: `${label} ${i}`, label })));

  it('spread every topic evenly over the folds, the same way every time', () => {
    const fold = folds(examples, 5);
    expect(folds(examples, 5)).toEqual(fold);
    for (const label of ['a', 'b', 'c']) {
      const perFold = [0, 1, 2, 3, 4].map((f) => examples.filter((e, i) => e.label === label && fold[i] === f).length);
      expect(perFold).toEqual([2, 2, 2, 2, 2]);
    }
  });
});

describe('choosing the constants', () => {
  it('takes a broad plateau over a single sharp peak, which the next corpus lines would move', () => {
    const values = new Map<string, number>();
    const key = (...at: number[]) => at.join();
    // Every point of the grid scores 1.0, a plateau around λ = 4 (index 4) scores 1.5, and one
    // isolated point at λ = 0 scores 1.6 with nothing like it around.
    AXES[0].forEach((_, l) =>
      AXES[1].forEach((_, o) =>
        AXES[2].forEach((_, a) => AXES[3].forEach((_, c) => AXES[4].forEach((_, k) => values.set(key(l, o, a, c, k), Math.abs(l - 4) <= 1 ? 1.5 : 1)))),
      ),
    );
    values.set(key(0, 3, 3, 3, 2), 1.6);
    const chosen = flattestBest(values);
    expect(chosen.lambda).toBe(AXES[0][4]);
  });
});

describe('cross-validation', () => {
  const docs = [doc('hund-anmelden', 'Hund anmelden'), doc('maengelmelder', 'Schaden melden')];
  const dogs = ['Wir haben einen Welpen', 'Unser neuer Dackel ist da', 'Seit gestern wohnt ein Hund bei uns', 'Labrador aus dem Tierheim geholt', 'Ein Beagle zieht bei uns ein'];
  const damage = ['Die Laterne brennt nicht', 'Schlagloch in der Straße', 'Die Schaukel ist kaputt', 'Müll im Wald abgeladen', 'Gully verstopft'];
  // "Quasselstrippe" appears in one example only: a model that saw that example knows it, one that did not cannot.
  const corpus: Example[] = [...dogs.map((text) => ({ text, label: 'hund-anmelden' })), ...damage.map((text) => ({ text, label: 'maengelmelder' })), { text: 'Quasselstrippe', label: 'hund-anmelden' }];

  it('judges every example by a model that did not see it', () => {
    const heldOut = crossValidate(docs, corpus, 5);
    expect(heldOut.map((h) => h.line.text).sort()).toEqual(corpus.map((e) => e.text).sort());
    const unseen = heldOut.find((h) => h.line.text === 'Quasselstrippe')!.evidence.topics.find((t) => t.doc === 0)!.p;
    const seen = new Router(docs, { model: trainNow(trainModel(corpus)) }).evidence('Quasselstrippe').topics.find((t) => t.doc === 0)!.p;
    expect(seen).toBeGreaterThan(unseen + 0.2);
  });
});

describe('the search for the constants', () => {
  const docs = [doc('a', 'A'), doc('b', 'B')];
  // Held-out evidence where the model is right and the retrieval points to the wrong topic, or the reverse.
  const lines = (modelRight: boolean): HeldOut[] =>
    Array.from({ length: 20 }, (_, i) => {
      const expect = i % 2 ? 'a' : 'b';
      const right = expect === 'a' ? 0 : 1;
      const wrong = 1 - right;
      const p = modelRight ? [0.7, 0.2] : [0.2, 0.7];
      return {
        line: { text: `line ${i}`, expect },
        evidence: {
          topics: [{ doc: right, p: p[0]!, fit: modelRight ? 0 : 0.9 }, { doc: wrong, p: p[1]!, fit: modelRight ? 0.6 : 0 }],
          outOfScope: 0.1,
        },
      };
    });

  it('trusts the model when the model is right', () => {
    const { calibration, report } = search(lines(true), docs);
    expect(report.top1).toBe(1);
    expect(calibration.lambda).toBeLessThanOrEqual(2);
  });

  it('trusts the retrieval when the retrieval is right', () => {
    const { calibration, report } = search(lines(false), docs);
    expect(report.top1).toBe(1);
    expect(calibration.lambda).toBeGreaterThanOrEqual(2);
  });

  it('is what the router uses: the checked-in constants were chosen by cross-validation on the corpus', () => {
    const calibration = readCalibration();
    expect(String(calibration.chosenBy?.method)).toMatch(/cross-validation on the training corpus/);
    expect(calibration.chosenBy?.examples).toBeGreaterThan(3000);
  });
});
