import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** What a reader of the PDF copy can rely on: its language, title, pages and section bookmarks. */
export async function readPdf(base64: string): Promise<{ lang: string | undefined; title: string | undefined; pages: number; bookmarks: string[] }> {
  const pdf = await PDFDocument.load(Buffer.from(base64, 'base64'));
  const lang = pdf.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();
  const bookmarks: string[] = [];
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item) {
    bookmarks.push((item.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText());
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return { lang, title: pdf.getTitle(), pages: pdf.getPageCount(), bookmarks };
}
