import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { wrap } from './importFixtures';

/** What a person labelled by hand for one corpus article (tests/fixtures/extraction/labels.json). */
export interface CorpusLabel {
  file: string;
  form: string;
  published: string | null;
  publisher: string | null;
  acting: string[];
  mentioned: string[];
  status: string;
  keyDates: { date: string; what: string }[];
  /** Dates a reviewer would accept among the key dates without requiring them. */
  otherDates: string[];
  summary: string;
  /** Document properties of the PDF or DOCX built from a .pdf.txt or .docx.txt source. */
  properties?: { title?: string; author?: string; creator?: string; created?: string };
}

export interface CorpusArticle {
  label: CorpusLabel;
  /** The name the file is imported under: "15-….pdf" for a .pdf.txt source. */
  fileName: string;
  bytes: Uint8Array;
  half: 'tuning' | 'test';
}

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'extraction');

/** The fixed split, decided before any result: odd article numbers tune, even ones test. */
export function halfOf(file: string): 'tuning' | 'test' {
  return Number.parseInt(file, 10) % 2 === 1 ? 'tuning' : 'test';
}

async function pdfBytes(text: string, properties: CorpusLabel['properties'] = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const line of wrap(paragraph.replace(/\s+/g, ' ').trim())) {
      if (y < 60) {
        page = pdf.addPage([595, 842]);
        y = 790;
      }
      // The standard fonts cannot encode every character; the corpus keeps to Latin-1.
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 13;
    }
    y -= 15;
  }
  if (properties.title) pdf.setTitle(properties.title);
  if (properties.author) pdf.setAuthor(properties.author);
  if (properties.created) {
    pdf.setCreationDate(new Date(`${properties.created}T09:00:00Z`));
    pdf.setModificationDate(new Date(`${properties.created}T09:00:00Z`));
  }
  return pdf.save();
}

async function docxBytes(text: string, properties: CorpusLabel['properties'] = {}): Promise<Uint8Array> {
  const doc = new Document({
    creator: properties.creator ?? '',
    title: properties.title ?? '',
    sections: [{ children: text.split(/\n\s*\n/).map((paragraph) => new Paragraph({ text: paragraph.replace(/\s+/g, ' ').trim() })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Every labelled article as the bytes of the file a person would import. */
export async function loadCorpus(): Promise<CorpusArticle[]> {
  const { articles } = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'labels.json'), 'utf8')) as { articles: CorpusLabel[] };
  return Promise.all(
    articles.map(async (label) => {
      const source = fs.readFileSync(path.join(CORPUS_DIR, 'articles', label.file));
      const built = /\.(pdf|docx)\.txt$/.exec(label.file)?.[1];
      const fileName = built ? label.file.replace(/\.txt$/, '') : label.file;
      const text = source.toString('utf8');
      const bytes = built === 'pdf' ? await pdfBytes(text, label.properties) : built === 'docx' ? await docxBytes(text, label.properties) : new Uint8Array(source);
      return { label, fileName, bytes, half: halfOf(label.file) };
    }),
  );
}
