// The learned model: it learns from examples what words alone do not say, it is deterministic,
// it survives being written to disk, and a running training lets the event loop breathe.
import { predict, predictServed, quantize, seededRandom, training, trainNow } from '../../knowledge/classifier';
import { Featurizer } from '../../knowledge/features';
import { TopicModel, trainModel } from '../../knowledge/model';
import type { Example } from '../../knowledge/training';

const examples: Example[] = [
  ...['Wir haben einen Welpen bekommen', 'Unser neuer Labrador ist da', 'Ich habe mir einen Dackel zugelegt', 'Seit gestern wohnt ein Hund bei uns', 'hund neu bei uns'].map((text) => ({ text, label: 'hund-anmelden' })),
  ...['Die Laterne brennt nicht', 'Riesiges Schlagloch in der Straße', 'Am Spielplatz ist die Schaukel kaputt', 'Jemand hat Müll in den Wald gekippt', 'laterne aus'].map((text) => ({ text, label: 'maengelmelder' })),
  ...['Wie wird das Wetter?', 'Erzähl mir einen Witz', 'Wer gewinnt die Bundesliga?', 'Was gibt es heute im Fernsehen?', 'Wie spät ist es in Tokio?'].map((text) => ({ text, label: 'oos:allgemein' })),
];

const best = (model: TopicModel, text: string) => {
  const p = model.probabilities(text);
  return model.classes[p.indexOf(Math.max(...p))];
};

describe('the classifier', () => {
  const model = trainNow(trainModel(examples));

  it('decides unseen phrasings by what it learned, including typos and inflections', () => {
    expect(best(model, 'Wir haben uns einen Hund geholt')).toBe('hund-anmelden');
    expect(best(model, 'die strassenlatterne ist aus')).toBe('maengelmelder');
    expect(best(model, 'Wie wird morgen das Wetter in Mömbris?')).toBe('oos:allgemein');
  });

  it('gives probabilities that sum to one', () => {
    const p = model.probabilities('Unser Welpe');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Math.min(...p)).toBeGreaterThan(0);
  });

  it('trains deterministically: the same examples give the same model', () => {
    const again = trainNow(trainModel(examples));
    expect([...again.probabilities('Schlagloch vor dem Haus')]).toEqual([...model.probabilities('Schlagloch vor dem Haus')]);
  });

  it('reads back from its file form with the same answers', () => {
    const copy = TopicModel.fromBuffer(model.toBuffer(), new Featurizer());
    expect(copy.classes).toEqual(model.classes);
    for (const text of ['Welpe', 'Laterne kaputt', 'Witz']) expect([...copy.probabilities(text)]).toEqual([...model.probabilities(text)]);
    expect(() => TopicModel.fromBuffer(model.toBuffer().subarray(0, 100), new Featurizer())).toThrow();
  });

  it('serves its weights as 16-bit integers with the probabilities of the trained float weights', () => {
    // Half the memory of the two models (16 MB); a decision may not move because of it.
    const random = seededRandom(11);
    const samples = Array.from({ length: 60 }, (_, n) => ({
      index: Int32Array.from({ length: 8 }, () => Math.floor(random() * 200)),
      value: Float32Array.from({ length: 8 }, () => random()),
      label: n % 6,
    }));
    const trained = trainNow(training(samples, 200, 6));
    const served = quantize(trained);
    for (const { index, value } of samples.slice(0, 20)) {
      const full = predict(trained, index, value);
      const compact = predictServed(served, index, value);
      compact.forEach((p, k) => expect(Math.abs(p - full[k]!)).toBeLessThan(1e-4));
    }
  });

  it('trains in slices that give the same result as one run', () => {
    const samples = [0, 1, 2, 3].map((label) => ({ index: Int32Array.of(label, 4), value: Float32Array.of(1, 0.5), label }));
    const options = { epochs: 3, rate: 0.2, l2: 1e-3, seed: 3 };
    const run = training(samples, 5, 4, options, 2);
    let slices = 0;
    let step = run.next();
    while (!step.done) {
      slices++;
      step = run.next();
    }
    expect(slices).toBeGreaterThan(3);
    const whole = trainNow(training(samples, 5, 4, options));
    expect([...predict(step.value, [2, 4], [1, 0.5])]).toEqual([...predict(whole, [2, 4], [1, 0.5])]);
  });
});
