// "hab en acker geerbt, muss isch do jetz jedes jahr was an die gemeinde zahle?": land of one's own
// and a yearly payment to the town is the property tax (GrStG § 1, BayGrStG), which the model
// knows by its name, not by the field, meadow or wood it is paid for.

const LAND =
  /(?<!\p{L})(?:acker|äcker|aecker|feld|felder|wies|wiese\p{L}*|grundstück\p{L}*|grundstueck\p{L}*|wald|waldstück\p{L}*|waldstueck\p{L}*|weinberg\p{L}*|bauplatz|baugrundstück\p{L}*|flurstück\p{L}*|flurstueck\p{L}*)(?!\p{L})/iu;
const PAYS_YEARLY =
  /(?<!\p{L})(?:zahl\p{L}*|bezahl\p{L}*|kost\p{L}*|abgabe\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:jedes\s+jahr|jedes\s+johr|jährlich|jaehrlich|im\s+jahr|pro\s+jahr|im\s+johr)(?!\p{L})|(?<!\p{L})(?:jedes\s+jahr|jedes\s+johr|jährlich|jaehrlich|im\s+jahr|pro\s+jahr|im\s+johr)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:zahl\p{L}*|bezahl\p{L}*|kost\p{L}*|abgabe\p{L}*)(?!\p{L})/iu;

/** Whether a message asks what land of one's own costs every year (the property tax). */
export const asksYearlyCostOfLand = (text: string): boolean => LAND.test(text) && PAYS_YEARLY.test(text);
