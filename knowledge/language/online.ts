// "kann ich was online beantragen", "Was kann man bei euch alles im Internet erledigen?": which of
// the town's services are online, asked without naming one. The model, missing a matter, asks back
// between topics that can be applied for online; the online services' overview is the answer.

const ONLINE = String.raw`(?:online|im\s+internet|im\s+netz|übers\s+internet|uebers\s+internet|digital|per\s+app|vom\s+sofa\s+aus)`;
const DONE = String.raw`(?:beantragen|erledigen|erledige|machen|mache|stellen|einreichen|abwickeln)`;
/** Something unnamed: "was", "etwas", "alles", "welche Anträge", "welche Sachen". */
const ANYTHING = String.raw`(?:was|etwas|irgendwas|alles|welche[snr]?\s+\p{L}+)`;

const ASKS_WHAT_IS_ONLINE = new RegExp(
  `(?<!\\p{L})(?:(?:kann|könnte|koennte|darf)\\s+(?:ich|man|mer)\\s+(?:(?:hier|bei\\s+euch|bei\\s+ihnen|auch|denn|überhaupt|ueberhaupt|schon)\\s+){0,2}${ANYTHING}\\s+(?:\\p{L}+\\s+){0,2}?${ONLINE}\\s+(?:\\p{L}+\\s+)?${DONE}|${ANYTHING}\\s+(?:kann|könnte|koennte|darf)\\s+(?:ich|man|mer)\\s+(?:\\p{L}+\\s+){0,3}?${ONLINE}\\s+(?:\\p{L}+\\s+)?${DONE}|(?:vieles|einiges|manches)\\s+(?:\\p{L}+\\s+)?${ONLINE}\\s+(?:\\p{L}+\\s+)?${DONE}(?=[^?]*?(?:was|welche)\\p{L}*\\s+(?:\\p{L}+\\s+){0,8}?\\p{L}+\\s*\\?)|(?:geht|gibt\\s+es|gibts|gibt's)\\s+(?:bei\\s+euch\\s+|bei\\s+ihnen\\s+|hier\\s+|auch\\s+){0,2}(?:was|etwas|irgendwas|überhaupt\\s+was|ueberhaupt\\s+was)\\s+${ONLINE})(?!\\p{L})`,
  'iu',
);

/** Whether a message asks which services are online without naming one ("kann ich was online beantragen"). */
export const asksWhatIsOnline = (text: string): boolean => ASKS_WHAT_IS_ONLINE.test(text);
