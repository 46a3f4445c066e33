import { InformationFormat } from '../people/communication-needs';
import type { Voice } from './bilingual';

/** The print layouts this system can produce; other formats are flagged, never silently dropped (R2b). */
export type Layout = 'standard' | 'easy-read' | 'large-print';

/** What a person needs of every letter and plan copy (R2b): its formats, and any spoken or signed language they need. */
export interface DocumentNeeds {
  formats: readonly InformationFormat[];
  /** A language other than English (or Welsh in Wales), often through an interpreter; null when none. */
  language?: string | null;
}

export interface LayoutChoice {
  layout: Layout;
  /** The format produced; null for standard print. */
  format: InformationFormat | null;
  notYetAvailable: InformationFormat[];
  /** The language the person needs when the document is not written in it (R2b: flagged, never silently dropped). */
  languageNotYetAvailable: string | null;
}

// Documents are written in English, and a Welsh council's in Welsh too.
const WRITTEN_IN: Record<'en' | 'cy', readonly string[]> = { en: ['english'], cy: ['english', 'welsh', 'cymraeg'] };

/**
 * The first format the person needs that can be produced (easy read, large print), else standard print;
 * the other formats, and a language the document is not written in, are not yet available.
 */
export function chooseLayout(needs: DocumentNeeds, lang: 'en' | 'cy' = 'en'): LayoutChoice {
  const producible = needs.formats.find((f) => f === InformationFormat.EASY_READ || f === InformationFormat.LARGE_PRINT) ?? null;
  const language = needs.language?.trim() || null;
  return {
    layout: producible === InformationFormat.EASY_READ ? 'easy-read' : producible === InformationFormat.LARGE_PRINT ? 'large-print' : 'standard',
    format: producible,
    notYetAvailable: needs.formats.filter((f) => f !== InformationFormat.EASY_READ && f !== InformationFormat.LARGE_PRINT),
    languageNotYetAvailable: language && !WRITTEN_IN[lang].includes(language.toLowerCase()) ? language : null,
  };
}

/** Formats this system cannot produce yet, as the person would name them. */
const FORMAT_WORDS: Partial<Record<InformationFormat, string>> = {
  BRAILLE: 'braille',
  BSL: 'British Sign Language',
  AUDIO: 'audio',
  DEAFBLIND_MANUAL: 'deafblind manual',
};

/**
 * R2b: a document says itself what it is not yet available in — the formats and the language the person
 * needs — so whoever hands it over arranges them, and the person knows they will come. Empty when nothing is missing.
 */
export function notYetAvailableNote(choice: LayoutChoice, voice: Voice): string {
  const missing = [...choice.notYetAvailable.map((f) => FORMAT_WORDS[f] ?? f), ...(choice.languageNotYetAvailable ? [choice.languageNotYetAvailable] : [])];
  if (!missing.length) return '';
  const list = missing.join(', ');
  return voice
    .paragraphs([
      `This is not yet available in ${list}. We will arrange it for you another way.`,
      `Nid yw hwn ar gael eto yn ${list}. Byddwn yn ei drefnu i chi mewn ffordd arall.`,
    ])
    .map((text) => `<p role="note" class="not-yet-available">${escape(text)}</p>`)
    .join('\n');
}

export const STYLE: Record<Layout, string> = {
  standard: 'body{font-family:Arial,sans-serif;font-size:12pt;line-height:1.5;max-width:40em;margin:2em auto}',
  // Easy read: large plain type, lots of space, one idea per line.
  'easy-read': 'body{font-family:Arial,sans-serif;font-size:16pt;line-height:1.8;max-width:32em;margin:2em auto}li{margin-bottom:1em}h2{font-size:20pt}',
  // Large print: at least 16pt sans serif, left aligned, high contrast (RNIB guidance).
  'large-print': 'body{font-family:Arial,sans-serif;font-size:20pt;line-height:1.6;color:#000;background:#fff;text-align:left;max-width:30em;margin:2em auto}',
};

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text as paragraphs, or in easy read one sentence a line. */
export function prose(text: string, layout: Layout): string {
  if (layout === 'easy-read') {
    const lines = text
      .split(/(?<=[.!?])\s+/)
      .filter(Boolean)
      .map((s) => `<li>${escape(s)}</li>`)
      .join('\n');
    return `<ul class="one-idea-per-line">\n${lines}\n</ul>`;
  }
  return text
    .split(/\n{2,}|\r\n\r\n/)
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('\n');
}

/** A whole accessible HTML document around a body. */
export function htmlDocument(title: string, layout: Layout, body: string, lang = 'en'): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE[layout]}</style></head>
<body>
<main class="${layout}">
${body}
</main>
</body>
</html>
`;
}
