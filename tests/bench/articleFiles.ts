import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { wrap } from '../support/importFixtures';
import { makeGenerator } from './generateLibrary';

const TITLE = 'Five thousand words on policy';

/** One generated article of about `words` words, as paragraphs. */
export function articleParagraphs(words: number): string[] {
  const generator = makeGenerator(11);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph = generator.paragraph(4);
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs;
}

/** A PDF laid out as a word processor would: A4 pages, 10 pt text, a new page when one is full. */
async function pdfOf(paragraphs: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  for (const paragraph of [TITLE, ...paragraphs]) {
    for (const line of wrap(paragraph, 95)) {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 790;
      }
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 13;
    }
    y -= 15;
  }
  pdf.setTitle(TITLE);
  return pdf.save();
}

async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({
    title: TITLE,
    sections: [{ children: [new Paragraph({ text: TITLE, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((text) => new Paragraph({ text }))] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same article in every format Brieflink imports, as file name and bytes. */
export async function articleFiles(words: number): Promise<{ words: number; files: Array<[string, Uint8Array]> }> {
  const paragraphs = articleParagraphs(words);
  const text = (s: string) => new TextEncoder().encode(s);
  const html = `<!doctype html><html><head><title>${TITLE}</title><meta property="og:site_name" content="Wire"></head><body><nav><a href="/">Home</a></nav><article><h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>Copyright Wire</footer></body></html>`;
  // As saved from a news site: the same article inside menus, promotions and inline script data (about 190 KB).
  const furniture =
    `<script>window.__DATA__=${JSON.stringify({ items: Array.from({ length: 3000 }, (_, i) => ({ id: i, title: `Related story ${i}` })) })}</script>` +
    `<nav>${Array.from({ length: 400 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join('')}</nav>` +
    `<aside>${Array.from({ length: 200 }, (_, i) => `<div class="promo"><img src="/p${i}.jpg"><a href="/r${i}">Promoted story number ${i} you may like</a></div>`).join('')}</aside>`;
  return {
    words: paragraphs.join(' ').split(/\s+/).length,
    files: [
      ['article.txt', text(`${TITLE}\n\n${paragraphs.join('\n\n')}`)],
      ['article.md', text(`# ${TITLE}\n\n${paragraphs.join('\n\n')}`)],
      ['article.html', text(html)],
      ['article.page.html', text(html.replace('<body>', `<body>${furniture}`))],
      ['article.pdf', await pdfOf(paragraphs)],
      ['article.docx', await docxOf(paragraphs)],
    ],
  };
}
