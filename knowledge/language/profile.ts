// The languages the router understands, and what each one brings to the pipeline. German is the
// house language with all its tools (compounds, separable verbs, participles, the editors' synonym
// groups and the thesaurus); English has stemming and stop words of its own and none of the
// German tools, which would only misread English words.
import { z } from 'zod';
import { ENGLISH_STOPWORDS, normalizeEnglish, stemEnglish } from './english';
import { normalize } from './normalize';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';

/** The languages the router understands (Leichte Sprache is routed as German by the caller); also the scripts' `--language`. */
export const routerLanguageSchema = z.enum(['de', 'en']);
export type RouterLanguage = z.infer<typeof routerLanguageSchema>;

export interface LanguageProfile {
  readonly language: RouterLanguage;
  normalize(text: string): string;
  stem(word: string): string;
  readonly stopwords: ReadonlySet<string>;
  /** German morphology and lexicons: decompounding, separable verbs, participles, synonyms, thesaurus, facet words. */
  readonly german: boolean;
}

export const GERMAN: LanguageProfile = { language: 'de', normalize, stem, stopwords: STOPWORDS, german: true };
export const ENGLISH: LanguageProfile = { language: 'en', normalize: normalizeEnglish, stem: stemEnglish, stopwords: ENGLISH_STOPWORDS, german: false };

export const profileOf = (language: RouterLanguage = 'de'): LanguageProfile => (language === 'en' ? ENGLISH : GERMAN);
