// Step 2: the conversation's language. A language button or a wish ("Leichte Sprache", "Bitte in
// einfacher Sprache", "English", "Auf Deutsch weiter") switches at once, and so does a first message
// that is clearly in the other language (nothing said before is lost; the way back is a button).
// Later, a message that looks like another language only brings the question whether to switch, with
// a button for each choice; the message that raised it is kept and answered once the citizen has chosen.
import { asksToBeCalled } from '../../knowledge/language/call-back';
import { isCommand } from '../../knowledge/texts/commands';
import type { Activity } from '@microsoft/agents-activity';
import { CATALOGUES, languageOfLocale, languageSchema, type Language } from '../../knowledge/texts/index';
import { otherLanguage, readsAsEnglish } from '../../knowledge/language/detect';
import type { Turn, TurnStep } from '../turn';
import { resumeFlow } from '../conversation/flows';
import { translationOf } from '../../knowledge/translated';

/**
 * "Ich versteh des alles net so gut. Geht des einfacher?", "Ich kann nicht gut lesen.", "Ich möchte
 * Leichte Sprache bitte", "Ich nicht verstehen. Bitte einfach", "Können Sie langsam erklären, ich verstehe nicht
 * alles", "Ich verstehe das schwer. Bitte einfache Wörter.": a wish for Leichte Sprache in everyday words.
 */
const SIMPLER =
  /\b(geht\s+(das|des)\s+(auch\s+)?(einfacher|leichter)|einfache[rn]?\s+sprache|(einfacher|leichter)\s+(erklären|erklärt|sagen|schreiben|bitte)|(ich\s+)?versteh\w*\s+(das|des|sie)\s+(alles\s+)?(nicht|net|ned|nit)|(ich\s+)?versteh\w*\s+(nicht|net|ned|nit)\s+(alles|so\s+gut|gut|viel)|langsam(er)?\s+(erklären|schreiben|sprechen)|ich\s+(nicht|net|nix|kein)\s+versteh\w*|bitte\s+einfach(er)?|kann\s+(nicht|net|ned|nit|kaum|schlecht)\s+(so\s+)?(gut\s+)?lesen|in\s+einfache[rn]?\s+sprache|leichte[rn]?\s+sprache|einfache[rn]?\s+(wörter|worte|woerter|sätze|saetze)|(ich\s+)?versteh\w*\s+(das|des|es|sie|alles)?\s*(nur\s+)?(schwer|schlecht|kaum))\b/iu;

/** "Ich verstehe das nicht", "ich nicht verstehen": said of what was just written. */
const NOT_UNDERSTOOD = /\b(versteh\w*\s+(das|des|sie)?\s*(alles\s+)?(nicht|net|ned|nit)|(nicht|net|nix|kein)\s+versteh\w*)\b/iu;

/**
 * "Hi, do you speak English?", "Sprechen Sie Englisch?": a wish for English in a sentence; "und in Englisch?", "auf Englisch
 * bitte", "geht des auch auf englisch" (trial 60: the answer had come again in German).
 */
const ENGLISH_WISH =
  /\b((do|can|could)\s+(you|we)\s+(speak|talk|write|chat)(\s+in)?\s+english|sprechen\s+sie\s+(auch\s+)?englisch|(geht\s+(das|des)\s+(auch\s+)?|(das|des)\s+)?(auf|in)\s+englisch(\s+bitte)?\s*\??\s*$|^\W*(und\s+)?(auf|in)\s+englisch\b|in\s+english\s+please)/iu;

/** The language a language button (or its word typed) chooses: "Leichte Sprache", "English", "Deutsch". */
export function languageButton(text: string): Language | undefined {
  if (isCommand(text, 'easyLanguage')) return 'ls';
  if (isCommand(text, 'english')) return 'en';
  if (isCommand(text, 'german')) return 'de';
  return undefined;
}

/** The language a message asks for, if it is a language command or a wish for simpler words or English. */
function chosenLanguage(text: string): Language | undefined {
  return languageButton(text) ?? (SIMPLER.test(text) ? 'ls' : ENGLISH_WISH.test(text) ? 'en' : undefined);
}

// The answer to "Continue in English?" in words rather than with a button ("yes please", "nein").
const AGREES = /^(yes|yeah|yep|sure|ok|okay|please|ja|jo|gern|gerne|bitte)\b/iu;
const DECLINES = /^(no|nope|nein|nee|ne)\b/iu;
const SHORT_ANSWER_WORDS = 4;
/** Every wish for a language in a sentence, to take out and see what else the message says. */
const WISHES = new RegExp(`${SIMPLER.source}|${ENGLISH_WISH.source}`, 'giu');
/** Words of four letters or more beside the wish from which on a message also asks something. */
const MORE_WORDS = 2;
/**
 * Words that only make the wish polite or say how to write ("Ich möchte Leichte Sprache bitte",
 * "Können Sie bitte in Leichter Sprache schreiben?"): they ask nothing.
 */
const POLITE = new Set([
  'können',
  'koennen',
  'könnten',
  'koennten',
  'schreiben',
  'sprechen',
  'reden',
  'erklären',
  'erklaeren',
  'möchte',
  'moechte',
  'hätte',
  'haette',
  'würde',
  'wuerde',
  'gerne',
  'bitte',
  'danke',
  'hallo',
  'please',
  'would',
  'like',
]);

/**
 * "Ich kann nicht gut lesen. Ich will einen neuen Ausweis.", "ich nicht verstehen wohnungsgeberbestätigung.
 * was ist das?": a question beside the wish (not a button, not the wish alone); one word with a question mark asks too.
 */
function asksBesideWish(text: string): boolean {
  if ((['easyLanguage', 'english', 'german'] as const).some((command) => isCommand(text, command))) return false;
  const rest = text.replace(WISHES, ' ');
  const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length >= 4 && !POLITE.has(word.toLowerCase())).length;
  return words >= MORE_WORDS || (words >= 1 && rest.includes('?'));
}

/** The language an answer to the offer chooses: the offered one for "yes", the current one for "no". */
function answeredOffer(text: string, offered: Language, current: Language): Language | undefined {
  const said = text.trim();
  if (said.split(/\s+/).length > SHORT_ANSWER_WORDS) return undefined;
  if (AGREES.test(said)) return offered;
  return DECLINES.test(said) ? current : undefined;
}

/** Leichte Sprache is German: a German message in it is no reason to ask. */
const written = (language: Language): 'de' | 'en' => (language === 'en' ? 'en' : 'de');

/** Switches the conversation and says so in the new language; the page follows channelData.language. */
export function switchLanguage(turn: Turn, language: Language): void {
  turn.state.language = language;
  // The way back is one tap away (the Leichte Sprache text names the button); outside a request, what one can do next
  // in the new language too (trial 35: "Deutsch" had been the only button after switching to English).
  // (Not while a person has the chat or it waits for one: those buttons would only reach the clerk; seen in the screenshots of trial 39's fix.)
  const next = turn.state.flow || turn.state.handoff ? [] : turn.t.conversation.helpSuggestions;
  turn.reply(turn.t.language.switched, {
    channelData: { language },
    ...(language === 'de' ? {} : { suggestions: [...next, turn.button('german')] }),
  });
  // A request in progress is asked again in the new language.
  if (turn.state.flow) turn.interruptedFlow = turn.state.flow;
}

/** Switches to the language the first message was written in, and says how to go back. */
function switchAsWritten(turn: Turn, language: 'de' | 'en'): void {
  const back = turn.state.language === 'ls' ? 'easyLanguage' : turn.state.language === 'en' ? 'english' : 'german';
  turn.state.language = language;
  turn.reply(turn.t.language.writtenIn, { channelData: { language }, suggestions: [CATALOGUES[language].commands[back].button] });
}

export const chooseLanguage: TurnStep = {
  name: 'language',
  run: async (turn) => {
    const offer = turn.state.languageOffer;
    turn.state.languageOffer = undefined;
    const chosen = chosenLanguage(turn.text) ?? (offer && answeredOffer(turn.text, offer.language, turn.state.language));
    if (chosen && offer) {
      // The answer to "Continue in English?": the kept message is answered in the chosen language.
      if (chosen !== turn.state.language) switchLanguage(turn, chosen);
      turn.interruptedFlow = undefined;
      turn.textInstead = offer.text;
      return 'next';
    }
    if (chosen === 'ls' && turn.state.language === 'ls' && NOT_UNDERSTOOD.test(turn.text)) {
      // ("ich verstehe das nicht. kann mich jemand anrufen?": the call asked for is the answer, trial 50.)
      if (asksToBeCalled(turn.text)) return 'next';
      // "Ich verstehe das nicht" in Leichte Sprache already: asked what is unclear, not switched again.
      turn.reply(turn.t.language.unclear, { suggestions: [turn.button('person')] });
      if (turn.state.flow) resumeFlow(turn, turn.state.flow);
      return 'handled';
    }
    if (chosen) {
      switchLanguage(turn, chosen);
      // "Ich verstehe das nicht, warum muss ich …?": outside a request, the question of a longer
      // message is answered in the new language, not dropped.
      if (!turn.state.flow && asksBesideWish(turn.text)) return 'next';
      // "ich kann nicht gut lesen" right after an answer: that answer again, now in Leichte Sprache; "und in Englisch?" in English
      // (trial 60: only the switch had been said), by its English title, which the English router knows.
      const again = !turn.state.flow && turn.state.lastTopic && (chosen === 'ls' || (chosen === 'en' && ENGLISH_WISH.test(turn.text)));
      const last = again ? turn.services.knowledge.entry(turn.state.lastTopic!) : undefined;
      if (!last) return 'handled';
      turn.textInstead = (chosen === 'en' ? translationOf('en', last.id)?.title : undefined) ?? last.title;
      // Asked afresh, not as a follow-up of itself (which answers only the sentence its title names).
      turn.state.lastTopic = undefined;
      return 'next';
    }
    const detected = otherLanguage(turn.text, written(turn.state.language));
    // Written in the offered language again instead of answering: that is the answer, and the
    // kept message is still asked ("How do I register my address?" – "What documents do I need?").
    if (offer && (detected === offer.language || (offer.language === 'en' && readsAsEnglish(turn.text)))) {
      switchLanguage(turn, offer.language);
      turn.interruptedFlow = undefined;
      turn.textInstead = `${offer.text}\n${turn.text}`;
      return 'next';
    }
    // Any other answer to the question: the assistant stays in its language and answers this message.
    if (offer) return 'next';
    const offered = writtenLanguage(turn, detected);
    if (!offered) return 'next';
    // "Hello, how can I renew my passport?" as the first message: nothing said before would be lost,
    // so the conversation goes on in that language at once, with the way back one tap away.
    if (turn.firstMessage && !turn.state.flow) {
      switchAsWritten(turn, offered);
      return 'next';
    }
    const asked = CATALOGUES[offered].language;
    turn.state.languageOffer = { language: offered, text: turn.text };
    turn.reply(asked.offer, { suggestions: [asked.confirm, turn.t.language.confirm] });
    return 'handled';
  },
};

/** The other language a message is written in: clearly (`detected`), or in English words the German router does not know. */
export const writtenLanguage = (turn: Turn, detected = otherLanguage(turn.text, written(turn.state.language))): 'de' | 'en' | undefined =>
  detected ?? (shortEnglish(turn) ? 'en' : undefined);

/**
 * "book an appointment", "help please": too short to tell the language, but English words only, in a
 * German conversation outside a request, and nothing the German router finds: the switch is offered too (it had been
 * the German "keine gesicherte Auskunft").
 */
function shortEnglish(turn: Turn): boolean {
  // Within a request the message answers its question (a name, a description), whatever its words.
  if (turn.state.flow || turn.state.language !== 'de' || turn.text.split(/\s+/).length < 2 || !readsAsEnglish(turn.text)) return false;
  return turn.services.knowledge.router.decide(turn.text).action === 'none';
}

/**
 * The language a channel asks for at the start of a conversation: the page's or embed's setting
 * (channelData.language, also Leichte Sprache) or the locale of the citizen's app (Telegram, Teams).
 */
export function channelLanguage(activity: Activity): Language | undefined {
  const asked = languageSchema.safeParse((activity.channelData as { language?: unknown } | undefined)?.language);
  return asked.success ? asked.data : languageOfLocale(activity.locale);
}
