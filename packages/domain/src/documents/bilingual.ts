import { Nation } from '../enums';

/** A fixed piece of a document's wording, in English and in Welsh. */
export type Wording = readonly [english: string, welsh: string];

/**
 * The language a council's documents speak: a Welsh council offers its plan copies and letters in Welsh
 * first, then English (R2b, R5w); an English council writes in English.
 */
export interface Voice {
  /** The document's language, for `<html lang>` and the PDF. */
  lang: 'cy' | 'en';
  /** A heading or short phrase: "Welsh / English" for a Welsh council. */
  phrase(words: Wording): string;
  /** Sentences: the Welsh paragraph, then the English one, for a Welsh council. */
  paragraphs(words: Wording): string[];
}

export function voiceOf(nation: Nation): Voice {
  if (nation !== Nation.WALES) return { lang: 'en', phrase: ([english]) => english, paragraphs: ([english]) => [english] };
  return { lang: 'cy', phrase: ([english, welsh]) => `${welsh} / ${english}`, paragraphs: ([english, welsh]) => [welsh, english] };
}

/** English only: the voice of documents not yet offered in Welsh. */
export const ENGLISH = voiceOf(Nation.ENGLAND);
