// "Warum wollen Sie das wissen?", "Wozu brauchen Sie meine Telefonnummer?", "Why do you need my
// name?": asked in the middle of a request, the reason for its question, not an answer to it (it
// had been stored as the call-back's matter, or answered with unrelated topics).

const WHY_ASKED =
  /^\W*(?:und\s+|aber\s+|äh\W+|hm+\W+)?(?:warum|wieso|weshalb|wozu|wofür|wofuer|für\s+was|fuer\s+was|why)(?!\p{L})(?:\s+[\p{L}'’]+){0,7}?\s+(?:wissen|brauchen|braucht|brauchts|benötigen|benoetigen|nötig|noetig|notwendig|angeben|sagen|verraten|need|needed|want|know)(?!\p{L})(?:\s+[\p{L}'’]+){0,4}\W*$/iu;

/** Whether a message only asks why the running request's question is asked. */
export const asksWhyItIsAsked = (text: string): boolean => WHY_ASKED.test(text.trim());
