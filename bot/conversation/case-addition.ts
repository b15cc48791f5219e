// Coming back to a request sent in this conversation with more to say ("Ich möchte noch etwas
// ergänzen", "Korrektur: nicht Rappach, sondern Reichenbach"): the words go to the case as a note
// the office reads in the console, instead of being answered as a new question (they had been lost).
// Asked who gets back ("wer ruft mich denn an?"): the office that has it.
import { referenceShapedIn } from '../../dialogs/fields';
import { asksWhoGetsBack } from '../../knowledge/language/call-back';
import { cancels, declines } from '../../knowledge/texts/commands';
import { de } from '../../knowledge/texts/de';
import { casesOfConversation, type Case } from '../cases';
import { updateWork, withNote } from '../casework';
import type { Turn } from '../turn';
import { titleOf } from './case-status';
import { CALL_BACK } from './flows';

/** A wish to add to or correct what was sent ("noch etwas ergänzen", "nachtragen", "Korrektur"). */
const WANTS_TO_ADD =
  /(?<!\p{L})(?:ergänz\p{L}*|ergaenz\p{L}*|nachtrag\p{L}*|nachreich\p{L}*|hinzufüg\p{L}*|hinzufueg\p{L}*|korrigier\p{L}*|berichtig\p{L}*|korrektur|vergessen\s+(?:zu\s+)?(?:sagen|schreiben|erwähnen|erwaehnen|angeben)|add\s+something|correction)(?!\p{L})/iu;
/** A correction in a few words ("nicht Rappach sondern Reichenbach", "nicht am 3. sondern am 4."). */
const CORRECTS = /(?<!\p{L})nicht\s+(?:[\p{L}\d.-]+\s+){0,2}?[\p{L}\d.-]+\s*,?\s+sondern\s+\S/iu;
/** A correction is taken only when it is short: "nicht … sondern" also runs through long new questions. */
const CORRECTION_WORDS = 12;
/** A photo or document to send afterwards ("Kann ich ein Foto nachreichen?"). */
const PHOTO = /(?<!\p{L})(?:foto\p{L}*|bild|bilder|photo\p{L}*|picture\p{L}*|anhang|datei)(?!\p{L})/iu;
/** Only the wish, nothing to add yet ("Ich möchte noch etwas ergänzen", "Kann ich noch was nachtragen?"). */
const ONLY_THE_WISH =
  /^\W*(?:(?:hallo|ach|ja|äh|also|und)\W+)*(?:(?:ich|wir)\s+)?(?:(?:möchte|moechte|will|würde|wuerde|wollte|muss|müsste|muesste|kann|könnte|koennte|darf)\s+)?(?:(?:ich|wir)\s+)?(?:(?:gern|gerne|bitte|noch|nochmal|etwas|was|dazu|zu\s+meiner\s+\p{L}+)\s+)*(?:ergänz\p{L}*|ergaenz\p{L}*|nachtrag\p{L}*|hinzufüg\p{L}*|hinzufueg\p{L}*|korrigier\p{L}*|berichtig\p{L}*|add\s+something)\W*$/iu;

/** One's request named ("zu meiner Anfrage", "meiner Meldung"). */
const OWN_REQUEST =
  /(?<!\p{L})(?:meine[rnm]?|unsere[rnm]?)\s+(?:anfrage|meldung|antrag|anzeige|termin\p{L}*|schadensmeldung|rückruf\p{L}*|rueckruf\p{L}*)(?!\p{L})/iu;

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The request of this conversation an addition is for: the last one sent and not cancelled. */
async function lastRequest(turn: Turn): Promise<Case | undefined> {
  const own = await casesOfConversation(turn.services.store, turn.conversationId);
  return own.filter((c) => c.status === 'open').at(-1);
}

/** Adds the citizen's words to the request as a note for the office. */
async function addToRequest(turn: Turn, reference: string, text: string): Promise<void> {
  const added = await updateWork(turn.services.store, turn.services.config, reference, undefined, (work) =>
    withNote(work, de.staff.citizenAddition(text), de.staff.assistantAsStaff),
  );
  if (!('work' in added)) {
    turn.reply(turn.t.caseAddition.failed(turn.services.municipality));
    return;
  }
  turn.services.logger.info({ reference }, 'citizen added to a request');
  turn.reply(turn.t.caseAddition.added(reference));
}

/**
 * The citizen's addition to a request sent in this conversation: asked for when only the wish was
 * said, taken as it is when it came with the words. False when the message is none (or nothing was sent here).
 */
export async function addToOwnRequest(turn: Turn): Promise<boolean> {
  if (turn.state.flow) return false;
  // "wer ruft mich denn an?" right after sending: the office that has it (trial 46: a second call-back form).
  if (asksWhoGetsBack(turn.text)) {
    const item = await lastRequest(turn);
    if (item) {
      const office = turn.services.municipality.offices[item.office]?.name ?? turn.services.municipality.offices.rathaus!.name;
      // Only a request with a way back (a call-back, a contact given) is answered by a person (trial 46: a report without one).
      const reaches = item.flow === CALL_BACK || (typeof item.answers.kontakt === 'string' && item.answers.kontakt.trim() !== '');
      turn.reply(turn.t.caseAddition.whoGetsBack(item.reference, titleOf(turn, item), office, reaches));
      return true;
    }
  }
  const offered = turn.offer && 'addTo' in turn.offer ? turn.offer.addTo : undefined;
  if (offered) {
    if (cancels(turn.text) || declines(turn.text)) {
      turn.reply(turn.t.caseAddition.unchanged);
      return true;
    }
    await addToRequest(turn, offered, turn.text);
    return true;
  }
  const text = turn.text;
  const corrects = CORRECTS.test(text) && wordsIn(text) <= CORRECTION_WORDS;
  if (!corrects && !WANTS_TO_ADD.test(text)) return false;
  const item = await lastRequest(turn);
  if (!item) {
    // "MOE-2026-00001 ich will noch was nachreichen" from another chat: whose request it is cannot be
    // checked here, so the office takes the addition (it had become a status check or a new request).
    if (!corrects && (referenceShapedIn(text) || OWN_REQUEST.test(text))) {
      turn.reply(turn.t.caseAddition.elsewhere(turn.services.municipality));
      return true;
    }
    return false;
  }
  if (PHOTO.test(text) && !corrects) {
    turn.reply(turn.t.caseAddition.photo(item.reference, turn.services.municipality.offices[item.office], turn.services.municipality));
    return true;
  }
  if (!corrects && ONLY_THE_WISH.test(text.replace(/\?+\s*$/, ''))) {
    turn.reply(turn.t.caseAddition.ask(item.reference, titleOf(turn, item)));
    turn.state.offer = { addTo: item.reference };
    return true;
  }
  await addToRequest(turn, item.reference, text);
  return true;
}
