import { docxArticle } from './importFixtures';
import { repeatedZipFile, zipArchive, zipFile, type ZipFile } from './zipArchive';
import { zipEntries } from './zipEntries';

const DOCUMENT_PART = 'word/document.xml';
const PARAGRAPH = '<w:p><w:r><w:t>A tiny paragraph.</w:t></w:r></w:p>';
const DOCUMENT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_TAIL = '</w:body></w:document>';

/** A real Word document's parts, with its text part replaced by `text`. */
async function wordDocumentWith(text: ZipFile): Promise<Buffer> {
  const parts = [...zipEntries(await docxArticle())].filter(([name]) => name !== DOCUMENT_PART).map(([name, data]) => zipFile(name, data));
  return zipArchive([...parts, text]);
}

/** The text part of a Word document: tiny paragraphs, about `megabytes` MB of them. */
function tinyParagraphs(megabytes: number): Promise<ZipFile> {
  return repeatedZipFile(DOCUMENT_PART, DOCUMENT_HEAD, PARAGRAPH, Math.ceil((megabytes * 1024 * 1024) / PARAGRAPH.length), DOCUMENT_TAIL);
}

/** A Word document whose text part unpacks to about `megabytes` MB of tiny paragraphs, as it states: a zip bomb. */
export async function docxBomb(megabytes: number): Promise<Buffer> {
  return wordDocumentWith(await tinyParagraphs(megabytes));
}

/** A Word document whose text part unpacks to about `megabytes` MB while its headers state `statedBytes`. */
export async function docxUnderstated(megabytes: number, statedBytes: number): Promise<Buffer> {
  return wordDocumentWith({ ...(await tinyParagraphs(megabytes)), declaredSize: statedBytes });
}

/** A Word document with `count` extra (empty) parts. */
export async function docxManyParts(count: number): Promise<Buffer> {
  const parts = [...zipEntries(await docxArticle())].map(([name, data]) => zipFile(name, data));
  const extra = Array.from({ length: count }, (_, i) => zipFile(`customXml/item${i}.xml`, Buffer.from('<a/>')));
  return zipArchive([...parts, ...extra]);
}

/**
 * A PDF of `pages` pages, each opening with its own line and then `lines` more of text,
 * written object by object (a library takes minutes for 20,000 pages; this takes
 * milliseconds). 20,000 pages of one line fit in about 4 MB, under the import size limit.
 */
export function pdfManyPages(pages: number, lines = 0): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageObject = (n: number) => 4 + 2 * n;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  // Page size and font are set once, on the page tree, and inherited by every page.
  const kids = Array.from({ length: pages }, (_, n) => `${pageObject(n)} 0 R`).join(' ');
  add(`<< /Type /Pages /Count ${pages} /Kids [${kids}] /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (let n = 0; n < pages; n++) {
    const body = Array.from({ length: lines }, (_, line) => ` 0 -13 Td (Line ${line + 1} of page ${n + 1} says what the regulator decided and when.) Tj`).join('');
    const text = `BT /F1 10 Tf 50 790 Td (Page ${n + 1} of many.) Tj${body} ET`;
    add(`<< /Type /Page /Parent 2 0 R /Contents ${pageObject(n) + 1} 0 R >>`);
    add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
