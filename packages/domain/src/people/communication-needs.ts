import { BadUserInput } from '../errors';
import { LocalDate } from '../local-date';

/** Formats of the Accessible Information Standard a letter or plan copy may need (R2b). */
export enum InformationFormat {
  EASY_READ = 'EASY_READ',
  LARGE_PRINT = 'LARGE_PRINT',
  BRAILLE = 'BRAILLE',
  BSL = 'BSL',
  AUDIO = 'AUDIO',
  DEAFBLIND_MANUAL = 'DEAFBLIND_MANUAL',
}

export interface CommunicationNeedsInput {
  formats: readonly InformationFormat[];
  interpreterRequired: boolean;
  /** The language the person needs, when not English (or Welsh in Wales); required with an interpreter. */
  language?: string | null;
  /** No computer or e-mail: everything by post. */
  postOnly: boolean;
  notes?: string | null;
  reviewOn: string;
}

export interface CommunicationNeeds {
  formats: InformationFormat[];
  interpreterRequired: boolean;
  language: string | null;
  postOnly: boolean;
  notes: string | null;
  reviewOn: LocalDate;
}

/** Validates communication needs; they are reviewed, so a review date is required and not in the past. */
export function parseCommunicationNeeds(input: CommunicationNeedsInput, today: LocalDate = LocalDate.today()): CommunicationNeeds {
  const language = input.language?.trim() || null;
  if (input.interpreterRequired && !language) throw new BadUserInput('language', 'say which language the interpreter is for (BSL is a format)');
  if (language && language.length > 60) throw new BadUserInput('language', 'language must be at most 60 characters');
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > 2000) throw new BadUserInput('notes', 'notes must be at most 2000 characters');
  const reviewOn = LocalDate.parse(input.reviewOn, 'reviewOn');
  if (reviewOn.isBefore(today)) throw new BadUserInput('reviewOn', 'reviewOn must be today or later');
  if (reviewOn.isAfter(today.plusMonths(36))) throw new BadUserInput('reviewOn', 'review communication needs at least every three years');
  return { formats: [...new Set(input.formats)], interpreterRequired: input.interpreterRequired, language, postOnly: input.postOnly, notes, reviewOn };
}

/**
 * R2c: a person is treated as deafblind when their primary support is for dual sensory impairment or
 * they communicate by deafblind manual; their assessment then needs a qualified specialist.
 */
export function isDeafblind(primarySupportReason: string | null, formats: readonly InformationFormat[]): boolean {
  return primarySupportReason === 'SENSORY_DUAL' || formats.includes(InformationFormat.DEAFBLIND_MANUAL);
}
