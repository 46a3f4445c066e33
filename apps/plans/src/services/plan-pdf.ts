import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, rgb, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Layout } from '@careplan/domain';

/** Type sizes per layout: large print at least 16pt (we use 18), easy read 16pt with room between lines. */
const SIZES: Record<Layout, { body: number; heading: number; title: number; leading: number }> = {
  standard: { body: 11, heading: 14, title: 18, leading: 1.4 },
  'easy-read': { body: 16, heading: 20, title: 24, leading: 1.8 },
  'large-print': { body: 18, heading: 22, title: 26, leading: 1.5 },
};

// DejaVu Sans covers Welsh (ŵ, ŷ) and typographic quotes that the standard PDF fonts cannot encode.
const FONT_DIR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined;
function fontBytes() {
  fonts ??= { regular: readFileSync(`${FONT_DIR}DejaVuSans.ttf`), bold: readFileSync(`${FONT_DIR}DejaVuSans-Bold.ttf`) };
  return fonts;
}

export interface PdfSection {
  heading: string;
  paragraphs: string[];
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * The plan as a PDF (R10) in the same sections as the HTML copy: A4, the person's type size, document
 * language and title set, and a bookmark per section so screen readers and readers can navigate it.
 */
export async function renderPlanPdf(title: string, subtitle: string, sections: readonly PdfSection[], layout: Layout, lang: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fontBytes().regular, { subset: true });
  const bold = await pdf.embedFont(fontBytes().bold, { subset: true });
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setLanguage(lang);
  pdf.setSubject(`${subtitle} (${layout})`);
  pdf.setProducer('careplan');
  const size = SIZES[layout];
  const [width, height] = [595.28, 841.89];
  const margin = 56;
  let page: PDFPage = pdf.addPage([width, height]);
  let y = height - margin;
  const bookmarks: Array<{ title: string; page: PDFRef; y: number }> = [];

  const write = (text: string, font: PDFFont, fontSize: number, gapAfter: number) => {
    for (const line of wrap(text, font, fontSize, width - 2 * margin)) {
      if (y - fontSize < margin) {
        page = pdf.addPage([width, height]);
        y = height - margin;
      }
      y -= fontSize;
      page.drawText(line, { x: margin, y, size: fontSize, font, color: rgb(0, 0, 0) });
      y -= fontSize * (size.leading - 1);
    }
    y -= gapAfter;
  };

  write(title, bold, size.title, size.body);
  write(subtitle, regular, size.body, size.body);
  for (const section of sections) {
    if (y - size.heading * 3 < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    bookmarks.push({ title: section.heading, page: page.ref, y });
    write(section.heading, bold, size.heading, size.body / 2);
    for (const paragraph of section.paragraphs) write(layout === 'easy-read' ? `• ${paragraph}` : paragraph, regular, size.body, size.body / 2);
  }
  addOutline(pdf, bookmarks);
  return pdf.save();
}

/** A flat document outline (bookmarks), one entry per section. */
function addOutline(pdf: PDFDocument, bookmarks: ReadonlyArray<{ title: string; page: PDFRef; y: number }>): void {
  if (bookmarks.length === 0) return;
  const context = pdf.context;
  const outlineRef = context.nextRef();
  const itemRefs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((b, i) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(b.title));
    item.set(PDFName.of('Parent'), outlineRef);
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1]);
    if (i < bookmarks.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1]);
    const dest = PDFArray.withContext(context);
    dest.push(b.page);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNumber.of(0));
    dest.push(PDFNumber.of(b.y));
    dest.push(PDFNumber.of(0));
    item.set(PDFName.of('Dest'), dest);
    context.assign(itemRefs[i], item);
  });
  const outline = context.obj({});
  outline.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outline.set(PDFName.of('First'), itemRefs[0]);
  outline.set(PDFName.of('Last'), itemRefs[itemRefs.length - 1]);
  outline.set(PDFName.of('Count'), PDFNumber.of(itemRefs.length));
  context.assign(outlineRef, outline);
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
