// "kann ich a Bild schicke?", "Darf ich ein Foto dazu senden?", "can I send a picture?": asked in the
// middle of a report, whether and how a photo comes with it (trial 44: it had been an unknown question).

const PHOTO = String.raw`(?:foto|fotos|bild|bilder|bildle|photo|photos|picture|pictures|pic|pics)`;
const SENT = String.raw`(?:schick\p{L}*|send\p{L}*|anhäng\p{L}*|anhaeng\p{L}*|hochlad\p{L}*|mitschick\p{L}*|dazu\p{L}*|beifüg\p{L}*|beifueg\p{L}*|mach\p{L}*|attach\p{L}*|upload\p{L}*|add)`;
const PHOTO_ASKED = new RegExp(
  String.raw`^\W*(?:und\s+|aber\s+|äh\W+)?(?:kann|könnt|koennt|könnte|koennte|darf|soll|geht|gehts|can|could|may|should)\s+(?:[\p{L}'’]+\s+){0,4}?(?:(?:a|ah|e|en|ein|eine|einen|an|the|mal|auch|noch)\s+)*${PHOTO}(?!\p{L})(?:\s+[\p{L}'’]+){0,4}?(?:\s+${SENT})?\W*$`,
  'iu',
);
/** Whether a message only asks if a photo can be sent. */
export const asksToSendPhoto = (text: string): boolean => PHOTO_ASKED.test(text.trim()) && new RegExp(SENT, 'iu').test(text);
