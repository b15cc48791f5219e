// Days of fixed date known by their name ("an Heiligabend", "Silvester", "Christmas Eve"), with the
// date they fall on as "d.m": one list for reading a date (dialogs/dates.ts) and for telling that a
// question and a notice name the same day (knowledge/notices.ts); and the months' German names, for
// reading a date and for telling a date from a subject (knowledge/answer.ts). Lower-case words, no
// flags: each user adds its own boundaries and flags.
export const FIXED_DAYS: ReadonlyArray<{ day: string; words: string }> = [
  { day: '24.12', words: String.raw`heilig(?:en|er)?\s*abend|christmas\s+eve` },
  { day: '31.12', words: String.raw`s[iy]lvester|new\s+year'?s\s+eve` },
  { day: '1.1', words: String.raw`neujahr(?:stag)?|new\s+year'?s\s+day` },
  { day: '26.12', words: String.raw`(?:2\.|zweite[nmr]?)\s*weihnachts(?:feier)?tag|stephanstag` },
  { day: '25.12', words: String.raw`(?:1\.|erste[nmr]?)\s*weihnachts(?:feier)?tag|weihnachten|christmas\s+day` },
  // The public holidays of fixed date ("Is des Rathaus an Mariä Himmelfahrt offe?", trial 63: today's hours had been given).
  { day: '6.1', words: String.raw`heilige[n]?\s+drei\s+k(?:ö|oe|o)nige|dreik(?:ö|oe|o)nig(?:s(?:tag|fest))?` },
  { day: '1.5', words: String.raw`maifeiertag|tag\s+der\s+arbeit` },
  { day: '15.8', words: String.raw`mari(?:ä|ae|a|e)\s*himmelfahrt` },
  { day: '3.10', words: String.raw`tag\s+der\s+deutschen\s+einheit` },
  { day: '1.11', words: String.raw`allerheiligen` },
];

/** The months' German names in their order (January first). */
export const MONTHS: readonly string[] = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
