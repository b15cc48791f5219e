// "Warum wollen Sie das wissen?", "Wozu brauchen Sie meine Telefonnummer?", "Why do you need my
// name?": asked in the middle of a request, the reason for its question, not an answer to it (it
// had been stored as the call-back's matter, or answered with unrelated topics).

const WHY_ASKED =
  /^\W*(?:und\s+|aber\s+|äh\W+|hm+\W+)?(?:warum|wieso|weshalb|wozu|wofür|wofuer|für\s+was|fuer\s+was|why)(?!\p{L})(?:\s+[\p{L}'’]+){0,7}?\s+(?:wissen|brauchen|braucht|brauchts|benötigen|benoetigen|nötig|noetig|notwendig|angeben|sagen|verraten|need|needed|want|know)(?!\p{L})(?:\s+[\p{L}'’]+){0,4}\W*$/iu;

/** Whether a message only asks why the running request's question is asked. */
export const asksWhyItIsAsked = (text: string): boolean => WHY_ASKED.test(text.trim());

/**
 * "ok, wo waren wir?", "wo waren wir stehen geblieben", "where were we?": the running request's question wanted again (trial 44: "Gern geschehen!");
 * "Was haben wir gerade gemacht?", "Moment, was haben wir bis jetzt alles?", "sorry, what were we doing?" too (trial 46: no answer).
 */
const WHERE_WERE_WE =
  /^\W*(?:(?:ok|okay|also|so|gut|na|und|jetzt|sorry|moment|momentan|hm+)\W+)*(?:wo\s+(?:waren|sind|warn)\s+wir(?:\s+(?:stehen\s*geblieben|gerade|grad|nochmal|noch\s*mal|denn|eigentlich))*|was\s+(?:haben|hatten|ham|hab|habe)\s+(?:wir|mer|ich)\s+(?:(?:gerade|grad|bis\s+jetzt|bisher|schon|denn|eigentlich|jetzt)\s+)*(?:alles\s+)?(?:gemacht|gesagt|angegeben|geschrieben|alles)?|where\s+were\s+we|where\s+was\s+i|what\s+(?:were|are)\s+we\s+doing|what\s+(?:have|did)\s+i\s+(?:told|tell|given|give)\s+you(?:\s+so\s+far)?)\W*$/iu;
export const asksWhereWeWere = (text: string): boolean => WHERE_WERE_WE.test(text.trim());

/**
 * "Was soll ich da eingeben?", "Welche Nummer soll ich angeben?", "what should I enter?": how to answer a question of the
 * request, which its help says. Other questions that name a question's subject ("Kann ich für meine Frau gleich mit
 * anmelden?" beside the name) ask the matter, not the form.
 */
const HOW_TO_ANSWER =
  /(?<!\p{L})(?:(?:was|welche[nrs]?|wie\s+viel\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:soll|muss|kann|darf)\s+(?:ich|man)\s+(?:\p{L}+\s+){0,2}(?:eingeben|eintragen|angeben|schreiben|reinschreiben|nehmen|wählen|waehlen|antworten|tippen|drücken|druecken)|wie\s+(?:gebe|trage|schreibe|wähle|waehle|tippe|antworte)\s+ich|what\s+(?:\w+\s+)?(?:should|do|must|can)\s+i\s+(?:enter|write|put|type|choose|pick|say|answer)|how\s+do\s+i\s+(?:enter|choose|pick|answer|fill))(?!\p{L})/iu;
export const asksHowToAnswer = (text: string): boolean => HOW_TO_ANSWER.test(text);
