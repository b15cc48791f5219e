// Elections: a vote that cannot be cast at the polling station is the postal vote's matter.

/** Voting named ("wählen", "die Wahl", "meine Stimme abgeben"). */
const VOTING = /(?<!\p{L})(?:wählen|waehlen|wähle|waehle|wahl|wahltag|stimme\s+abgeben)(?!\p{L})/iu;
/** Away on the day: a trip, a holiday, work, a hospital. */
const AWAY =
  /(?<!\p{L})(?:klassenfahrt|urlaub|verreist|im\s+ausland|auf\s+(?:reise|montage|kur)|unterwegs|nicht\s+(?:da|daheim|zuhause|zu\s+hause|im\s+ort)|net\s+(?:da|daheim)|im\s+kranke[n]?haus|in\s+(?:der|die)\s+reha|schicht\p{L}*|arbeiten\s+muss|studier\p{L}*\s+(?:\p{L}+\s+){0,2}?in)(?!\p{L})/iu;
/** Whether a message says one cannot vote on the day itself ("darf zum ersten mal wählen, aber an dem wochenende sind wir auf klassenfahrt"). */
export const votesWhileAway = (text: string): boolean => VOTING.test(text) && AWAY.test(text);

/** The postal vote's papers in everyday words ("den roten Umschlag", "Wahlbrief", "Wahlschein"). */
const VOTING_PAPERS = /(?<!\p{L})(?:rote[nrs]?\s+(?:wahl)?umschlag\p{L}*|wahlbrief\p{L}*|wahlschein\p{L}*|wahlunterlage\p{L}*|stimmzettel\p{L}*)(?!\p{L})/iu;
/** "möchte unbedingt seine Stimme abgeben. Kann ich für ihn die Unterlagen abholen?": the vote cast and its papers fetched. */
const CASTS_A_VOTE = /(?<!\p{L})(?:stimme\s+abgeben|stimme\s+abzugeben|wählen\s+gehen|waehlen\s+gehen)(?!\p{L})/iu;
const PAPERS = /(?<!\p{L})(?:unterlage[n]?|papiere|briefe?)(?!\p{L})/iu;
/** "jede Wahl mitgemacht … man kann sich die Unterlagen heimschicken lassen", "die unterlage ins krankehaus schicke lasse" (blind set 186): the papers sent. */
const SENT_HOME = /(?<!\p{L})(?:schicke[n]?\s+lasse[n]?|heimschick\p{L}*|heim\s+schick\p{L}*|nach\s+hause\s+(?:schick\p{L}*|geschickt)|zuschick\p{L}*|zugeschickt)(?!\p{L})/iu;
export const namesVotingPapers = (text: string): boolean =>
  VOTING_PAPERS.test(text) || (CASTS_A_VOTE.test(text) && PAPERS.test(text)) || (VOTING.test(text) && PAPERS.test(text) && SENT_HOME.test(text));

/**
 * "wo kann ich für türkische wahl abstimmen, in konsulat frankfurt oder auch hier?" (blind set 211): another country's election,
 * voted at its consulate; the town holds only German and EU elections.
 */
const FOREIGN_ELECTION =
  /(?<!\p{L})(?:türkisch|tuerkisch|polnisch|rumänisch|rumaenisch|italienisch|griechisch|kroatisch|ukrainisch|russisch|serbisch|bulgarisch|portugiesisch|spanisch)\p{L}*\s+(?:\p{L}+\s+)?(?:wahl|präsidentschaftswahl|praesidentschaftswahl|parlamentswahl)\p{L}*|(?<!\p{L})(?:wahl|wählen|waehlen|abstimmen)\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:konsulat|generalkonsulat)\p{L}*/iu;
export const votesInAnotherCountrysElection = (text: string): boolean => FOREIGN_ELECTION.test(text);
