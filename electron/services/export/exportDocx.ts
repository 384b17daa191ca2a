import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
  convertMillimetersToTwip,
} from 'docx';
import { citationStyleOf, noteTitle, type Note } from '../../../common/note';
import { noteLanguage } from '../../../common/noteLanguage';
import { withTemplateDecisions } from '../../../common/print/decisions';
import { markingPlacement } from '../../../common/print/pageStyle';
import { printMarking, runningHeader } from '../../../common/print/printHtml';
import { shippedFontFor, type ShippedFont } from '../../../common/print/shippedFonts';
import { AppError } from '../../../common/result';
import { blocksWithCitations, NUMBERED_LIST } from './docx/bodyDocx';
import { xmlSafe } from './docx/xmlSafe';
import { sourcesBlocks } from './docx/sourcesDocx';
import { collectCitations } from '../../../common/citations';
import { draftWatermarkParagraph } from './docx/draftWatermark';
import { docxStyles, FURNITURE_SPACING, metadataCellSpacing, SPACER_SPACING } from './docx/docxStyles';
import { pageFieldRuns } from './docx/pageNumberRuns';
import { clearanceBlocks } from './docx/clearanceDocx';
import { CommentRanges } from './docx/commentsDocx';
import { commentsOf } from '../../../common/comments';
import { printedFieldValue } from '../../../common/print/fieldValue';
import { sourcesHeading, sourcesInAnnex } from '../../../common/print/sourcesAnnex';
import { documentInfo, exportFileName, type ExportFile, type ExportOptions } from './exportPdf';
import { messageOf } from '../../../common/messageOf';

/** Word has the office fonts the shipped ones stand in for, with the same metrics. */
const WORD_FONTS: Record<ShippedFont, string> = { Arimo: 'Arial', Tinos: 'Times New Roman', Carlito: 'Calibri' };

/** Paper sizes in twentieths of a point. */
const PAPER = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function markingParagraph(marking: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ alignment, spacing: FURNITURE_SPACING, children: [new TextRun({ text: xmlSafe(marking.toUpperCase()), bold: true, size: 20 })] });
}

/** The running header line (fields, and DRAFT when asked), then the marking where the placement puts it. */
function headers(note: Note, draft: boolean, placement: ReturnType<typeof markingPlacement>): { default: Header; first?: Header } {
  const marking = printMarking(note);
  const fields = [runningHeader(note), draft ? 'DRAFT' : ''].filter((part) => part !== '').join('   \u00b7   ');
  const fieldLine = [
    ...(fields ? [new Paragraph({ spacing: FURNITURE_SPACING, children: [new TextRun({ text: xmlSafe(fields), size: 18 })] })] : []),
    // Every header carries the watermark, so it is on every page, the first included.
    ...(draft ? [draftWatermarkParagraph()] : []),
  ];
  const withMarking = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Header({ children: [markingParagraph(marking, alignment), ...fieldLine] });
  if (placement === 'top-and-bottom-every-page') return { default: withMarking(AlignmentType.CENTER) };
  if (placement === 'top-right-every-page') return { default: withMarking(AlignmentType.RIGHT) };
  return {
    default: new Header({ children: fieldLine.length > 0 ? fieldLine : [new Paragraph({ spacing: FURNITURE_SPACING })] }),
    first: withMarking(AlignmentType.RIGHT),
  };
}

/**
 * The marking centred (when it goes top and bottom) and "Page X of Y" on the right, from Word's
 * PAGE and NUMPAGES fields, the numbers the size of the words.
 */
function footer(note: Note, placement: ReturnType<typeof markingPlacement>, textWidth: number): Footer {
  const marking = placement === 'top-and-bottom-every-page' ? xmlSafe(printMarking(note).toUpperCase()) : '';
  return new Footer({
    children: [
      new Paragraph({
        spacing: FURNITURE_SPACING,
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
          { type: TabStopType.RIGHT, position: textWidth },
        ],
        children: [
          new TextRun({ children: [new Tab(), marking], bold: true, size: 20 }),
          new TextRun({ children: [new Tab(), 'Page '], size: 18 }),
          ...pageFieldRuns('PAGE', 18),
          new TextRun({ text: ' of ', size: 18 }),
          ...pageFieldRuns('NUMPAGES', 18),
        ],
      }),
    ],
  });
}

/** The subject as the title, then the template's fields as a borderless two-column table. */
function metadataBlocks(note: Note, fontSizePt: number): (Paragraph | Table)[] {
  const banner = note.template.print.banner?.trim();
  const rows = note.template.fields
    .filter((field) => field.id !== 'subject')
    .map((field) => ({
      label: field.label,
      value: field.kind === 'classification' ? printMarking(note) : printedFieldValue(note, field),
    }))
    .filter((row) => row.value !== '');
  const out: (Paragraph | Table)[] = [];
  if (banner) out.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(banner.toUpperCase()), bold: true, size: 30 })] }));
  // Heading 1, as the PDF's h1: the subject heads the document's outline.
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(noteTitle(note)))] }));
  if (rows.length > 0) {
    out.push(
      new Table({
        borders: NO_BORDERS,
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map(
          (row) =>
            new TableRow({
              children: [
                new TableCell({
                  width: { size: 28, type: WidthType.PERCENTAGE },
                  children: [new Paragraph({ spacing: metadataCellSpacing(fontSizePt), children: [new TextRun({ text: xmlSafe(row.label), bold: true })] })],
                }),
                new TableCell({
                  children: xmlSafe(row.value)
                    .split(/\r\n|\r|\n/)
                    .map((line) => new Paragraph({ spacing: metadataCellSpacing(fontSizePt), children: [new TextRun(line)] })),
                }),
              ],
            }),
        ),
      }),
      new Paragraph({ spacing: SPACER_SPACING }),
    );
  }
  return out;
}

/** The note as a Word document with the same structure, marking and page furniture as the PDF. */
export async function renderNoteDocx(note: Note, options: ExportOptions): Promise<ExportFile> {
  const print = note.template.print;
  const paper = PAPER[print.paper] ?? PAPER.A4;
  const margin = convertMillimetersToTwip(Math.min(50, Math.max(5, print.marginMm)));
  const placement = markingPlacement(note.template);
  const info = documentInfo(note, options);
  const font = WORD_FONTS[shippedFontFor(print.fontFamily)];
  const size = Math.round(Math.min(24, Math.max(6, print.fontSizePt)) * 2);
  const pageHeaders = headers(note, options.draft === true, placement);
  const citations = collectCitations(note.body.root.children, citationStyleOf(note));
  const commentRanges = new CommentRanges(commentsOf(note));
  const body = blocksWithCitations(withTemplateDecisions(note.body.root.children, note.template), citations, commentRanges);
  const comments = commentRanges.comments();

  const document = new Document({
    title: xmlSafe(info.title),
    subject: xmlSafe(info.subject),
    creator: xmlSafe(info.author) || 'Brieflink',
    lastModifiedBy: xmlSafe(info.author) || 'Brieflink',
    keywords: xmlSafe(info.keywords.join('; ')),
    description: `Exported by Brieflink ${info.version}`,
    styles: docxStyles(font, size / 2, noteLanguage(note)),
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: paper, margin: { top: margin, right: margin, bottom: margin, left: margin, header: margin / 2, footer: margin / 2 } },
          titlePage: pageHeaders.first !== undefined,
        },
        headers: pageHeaders.first ? { default: pageHeaders.default, first: pageHeaders.first } : { default: pageHeaders.default },
        footers: (() => {
          const pageFooter = footer(note, placement, paper.width - 2 * margin);
          return pageHeaders.first ? { default: pageFooter, first: footer(note, placement, paper.width - 2 * margin) } : { default: pageFooter };
        })(),
        children: [
          ...metadataBlocks(note, size / 2),
          ...clearanceBlocks(note, 'after-metadata'),
          ...body,
          ...sourcesBlocks(citations, { heading: sourcesHeading(note.template), newPage: sourcesInAnnex(note.template) }),
          ...clearanceBlocks(note, 'end'),
        ],
      },
    ],
  });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await Packer.toBuffer(document));
  } catch (error) {
    throw new AppError('EXPORT_FAILED', `The Word document could not be written: ${messageOf(error)}`);
  }
  return {
    fileName: exportFileName(note, 'docx'),
    bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    typeName: 'Word document',
    extensions: ['docx'],
  };
}
