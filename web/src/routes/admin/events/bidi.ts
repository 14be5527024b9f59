/**
 * Someone's words (a name, a title, a next action) set into a translated sentence, isolated with
 * Unicode's first-strong isolate (FSI…PDI): in Arabic an English title keeps its own direction and
 * does not pull the quotation marks or the punctuation around it across. Harmless in other languages.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;
