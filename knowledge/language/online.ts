// "kann ich was online beantragen", "Was kann man bei euch alles im Internet erledigen?": which of
// the town's services are online, asked without naming one. The model, missing a matter, asks back
// between topics that can be applied for online; the online services' overview is the answer.

const ONLINE = String.raw`(?:online|im\s+internet|im\s+indernet|im\s+netz|übers\s+internet|uebers\s+internet|digital|per\s+app|vom\s+sofa\s+aus)`;
// ("kann mer bei euch auch was übers internet beantrage", blind set 241: the dialect's infinitive.)
const DONE = String.raw`(?:beantragen|beantrage|erledigen|erledige|machen|mache|stellen|einreichen|abwickeln)`;
/** Something unnamed: "was", "etwas", "alles", "welche Anträge", "welche Sachen". */
const ANYTHING = String.raw`(?:was|etwas|irgendwas|alles|welche[snr]?\s+\p{L}+)`;

const ASKS_WHAT_IS_ONLINE = new RegExp(
  `(?<!\\p{L})(?:(?:kann|könnte|koennte|darf)\\s+(?:ich|man|mer)\\s+(?:(?:hier|bei\\s+euch|bei\\s+ihnen|auch|aach|denn|überhaupt|ueberhaupt|schon|eigentlich|eichentlich)\\s+){0,3}${ANYTHING}\\s+(?:\\p{L}+\\s+){0,2}?${ONLINE}\\s+(?:\\p{L}+\\s+)?${DONE}|${ANYTHING}\\s+(?:kann|könnte|koennte|darf)\\s+(?:ich|man|mer)\\s+(?:\\p{L}+\\s+){0,3}?${ONLINE}\\s+(?:\\p{L}+\\s+)?${DONE}|(?:vieles|einiges|manches)\\s+(?:\\p{L}+\\s+)?${ONLINE}\\s+(?:\\p{L}+\\s+)?${DONE}(?=[^?]*?(?:was|welche)\\p{L}*\\s+(?:\\p{L}+\\s+){0,8}?\\p{L}+\\s*\\?)|(?:geht|gibt\\s+es|gibts|gibt's)\\s+(?:bei\\s+euch\\s+|bei\\s+ihnen\\s+|hier\\s+|auch\\s+){0,2}(?:was|etwas|irgendwas|überhaupt\\s+was|ueberhaupt\\s+was)\\s+${ONLINE})(?!\\p{L})`,
  'iu',
);

/** Whether a message asks which services are online without naming one ("kann ich was online beantragen"). */
export const asksWhatIsOnline = (text: string): boolean => ASKS_WHAT_IS_ONLINE.test(text);

/**
 * "kann ich das gleich hier anmelden?", "geht des direkt im Chat?" after an answer whose request the
 * assistant takes (the dog's registration): that request, started here (it had been the residence's
 * registration, which "anmelden" alone suggests). Short: a longer message names its own matter.
 */
const HERE = String.raw`(?:gleich\s+|direkt\s+|sofort\s+|auch\s+)?(?:hier|im\s+chat|über\s+(?:den|diesen)\s+chat|ueber\s+(?:den|diesen)\s+chat|bei\s+dir)`;
// "Ich meld des doch grad hier!" under the answer that says to report it (trial 47: the residence's registration).
const REPORTING_HERE = String.raw`(?:ich\s+)?(?:meld|melde|melds|meld's)\s+(?:(?:das|des|es|ihn|sie)\s+)?(?:doch\s+)?(?:(?:grad|grade|gerade|jetzt|eben)\s+)?${HERE}`;
const DO_IT_HERE = new RegExp(
  `(?<!\\p{L})(?:${REPORTING_HERE}|(?:kann|könnte|koennte|darf)\\s+(?:ich|man|mer|isch)\\s+(?:das|des|den|die|ihn|sie|es)\\s+(?:nicht\\s+)?${HERE}|(?:geht|gehts|geht's)\\s+(?:das|des|es)\\s+${HERE}|${HERE}\\s+(?:anmelden|anzeigen|melden|erledigen|ausfüllen|ausfuellen|machen))(?!\\p{L})`,
  'iu',
);
const DO_IT_HERE_WORDS = 10;
/** "kann ich den hier im chat abmelde?" after a dog died: undone, which no request offered here does (trial 48: the registration started). */
const UNDOING = /(?<!\p{L})(?:abmelde\p{L}*|abzumelden|abgemeldet|abmeldung|austragen|kündigen|kuendigen|zurückziehen|zurueckziehen)(?!\p{L})/iu;
export const asksToDoItHere = (text: string): boolean =>
  DO_IT_HERE.test(text) && text.trim().split(/\s+/).length <= DO_IT_HERE_WORDS && !UNDOING.test(text);

/** "die Online-Funktion am Ausweis freischalten lassen. Wofür kann ich die … benutzen?", "gibts do e Seit?": what can be done online, asked in other words. */
const ONLINE_OTHERWISE =
  /(?<!\p{L})(?:online-?funktion\p{L}*|onlineausweis|eid)(?!\p{L})[^]*?(?<!\p{L})(?:wofür|wofuer|wozu|benutzen|nutzen|verwenden)(?!\p{L})|(?<!\p{L})(?:internet|indernet)(?!\p{L})[^]*?(?<!\p{L})(?:gibt?s|gibt\s+es)\s+(?:\p{L}+\s+){0,2}?(?:seite|seit|webseite|homepage|portal)(?!\p{L})/iu;
/** "gibts die formulare auch im internet zum ausfüllen", "formulare im internet ausfüllen": the forms online, none named (without an article only where the message begins with them). */
const FORMS = String.raw`(?:(?:die|alle|eure|ihre|ihr|euer)\s+|^\s*)(?:formulare|anträge|antraege|vordrucke)`;
const FORMS_ONLINE = new RegExp(`(?<!\\p{L})${FORMS}\\s+(?:\\p{L}+\\s+){0,2}?${ONLINE}(?!\\p{L})|${ONLINE}\\s+(?:\\p{L}+\\s+){0,2}?${FORMS}(?!\\p{L})`, 'iu');
/** "welche anträge kann ich mit dem neuen perso und der app von zuhause machen" (blind set 236): which services are done from home, asked. */
const WHAT_FROM_HOME =
  /(?<!\p{L})(?:welche|was\s+für|was\s+fuer)\s+(?:anträge|antraege|sachen|dinge|behördengänge|behoerdengaenge|formulare)(?!\p{L})[^?]{0,80}?(?<!\p{L})(?:von\s+(?:zu\s*hause|zuhause|daheim|dahaam|dahoam)|mit\s+der\s+(?:\p{L}+\s+)?app)(?!\p{L})/iu;
export const asksWhatIsOnlineOtherwise = (text: string): boolean => ONLINE_OTHERWISE.test(text) || WHAT_FROM_HOME.test(text);
/** Whether a message asks for the forms online, none named ("gibts die formulare auch im internet zum ausfüllen"). */
/** "kann man die formulare vom rathaus irgendwo runterlade" (blind set 219, and 212's): the town's forms to download, none named by its matter. */
const FORMS_DOWNLOADED =
  /(?<!\p{L})(?:formulare|vordrucke|anträge|antraege)(?:\s+(?:vom|von\s+der|von\s+dem|der|des|im|auf\s+der|auf\s+eurer|auf\s+ihrer)\s+(?:rathaus|gemeinde|markt|amt|homepage|webseite|website|internetseite|seite))?\s+(?:(?:irgendwo|irgendwie|auch|hier|da|do|online|alle|zum|mal|schon|direkt|selbst|selber|im\s+internet|bei\s+euch|bei\s+ihnen)\s+){0,3}(?:runterlade\p{L}*|runterzulade\p{L}*|herunterlade\p{L}*|herunterzulade\p{L}*|downloade\p{L}*|download\p{L}*|ausdrucke\p{L}*)(?!\p{L})/iu;
/** "gibts ein onlineformular statt papier, ich hab keinen drucker dahaam" (blind set 242): a form online asked for first, none named ("… für den Hund" names one; a story before it names its matter). */
const AN_ONLINE_FORM =
  /^\W*(?:gibt?s|gibt\s+es|habt\s+ihr|haben\s+sie)\s+(?:\p{L}+\s+){0,2}?online-?formulare?(?!\p{L})(?!\s+(?:für|fuer|fürs|fuers|zum|zur|vom|von|wegen)(?!\p{L}))/iu;
export const asksForFormsOnline = (text: string): boolean => FORMS_ONLINE.test(text) || FORMS_DOWNLOADED.test(text) || AN_ONLINE_FORM.test(text);

/** "Kann man Gebühren im Bürgerportal mit Kreditkarte zahlen?": the town's online portal by its name. */
const PORTAL = /(?<!\p{L})(?:bürgerportal\p{L}*|buergerportal\p{L}*|bürgerservice-?portal\p{L}*|bayernportal\p{L}*|bayernid|bayern-id|bundid|bund-id|bund\s+id|bürgerkonto|buergerkonto|servicekonto|nutzerkonto|onlineportal\p{L}*|online-portal\p{L}*)(?!\p{L})/iu;
export const namesThePortal = (text: string): boolean => PORTAL.test(text);


/** "online einen Antrag angefangen, aber das Hochladen von meinen Dokumenten geht nicht": an online application that fails. */
// ("euer formular im internet auszufülle aber am end kommt immer en fehler beim absende", blind set 201; "über eure website … ein fehler beim
// hochladen", 226; "das onlineformular auf eurer seite geht nicht", 228.)
const ONLINE_FAILS =
  /(?<!\p{L})(?:online(?:formular\p{L}*|antrag\p{L}*)?|portal\p{L}*|hochlad\p{L}*|hochgelad\p{L}*|upload\p{L}*|(?:antrag|formular)\s+(?:\p{L}+\s+){0,2}?im\s+internet|absende-?button|senden-?button)(?!\p{L})[^?]{0,80}?(?<!\p{L})(?:geht\s+(?:nicht|net|ned)|klappt\s+(?:nicht|net|ned)|funktioniert\s+(?:nicht|net|ned)|reagiert\s+(?:nicht|net|ned)|fehlermeldung\p{L}*|hängt|haengt|abgebrochen|bricht\s+ab)(?!\p{L})|(?<!\p{L})(?:euer|eure[ns]?|ihr|ihre[ns]?)\s+(?:formular|antrag)\s+(?:\p{L}+\s+){0,2}?im\s+internet(?!\p{L})[^?]{0,80}?(?<!\p{L})(?:en|ein|einen|e)\s+fehler(?!\p{L})|(?<!\p{L})(?:website|webseite|homepage|internetseite|seite)(?!\p{L})[^?]{0,80}?(?<!\p{L})fehler\s+beim\s+(?:hochlad\p{L}*|absend\p{L}*|abschick\p{L}*)(?!\p{L})/iu;
export const onlineApplicationFails = (text: string): boolean => ONLINE_FAILS.test(text);
