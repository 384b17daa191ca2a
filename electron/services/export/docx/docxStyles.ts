import { LineRuleType, type IParagraphStylePropertiesOptions, type IStylesOptions } from 'docx';

/**
 * The Word styles of an exported note, every property spelled out. Word fills what a style
 * leaves unsaid from its own latent defaults; LibreOffice (what a reviewer without Word opens
 * the file in) does not, so a heading style that only says "bigger" prints in plain weight
 * there and paragraphs run together. The measures follow the print CSS (documentCss in
 * common/print/pageStyle.ts), so the DOCX lays out as the PDF does:
 * body line height 1.3, 0.6em after a paragraph; h1 1.5em, h2 1.25em, h3 1.1em, smaller
 * headings 1em, all bold with line height 1.2, 1em above (none above h1) and 0.4em below.
 */

/** Twentieths of a point (spacing) from points. */
const twips = (points: number) => Math.round(points * 20);
/** Half-points (run sizes) from points. */
const halfPoints = (points: number) => Math.round(points * 2);

const BODY_LINE = 1.3;
const PARAGRAPH_AFTER_EM = 0.6;
const HEADING_LINE = 1.2;
const HEADING_SCALE = [1.5, 1.25, 1.1, 1, 1, 1] as const;

/**
 * Spacing of the body's paragraphs. "At least" the CSS line height: a line holding a larger
 * run (a superscript marker, a bigger font) grows as it does in the browser instead of being cut.
 */
export function bodySpacing(fontSizePt: number): IParagraphStylePropertiesOptions['spacing'] {
  return { before: 0, after: twips(PARAGRAPH_AFTER_EM * fontSizePt), line: twips(BODY_LINE * fontSizePt), lineRule: LineRuleType.AT_LEAST };
}

/** Lines in the page header and footer: no space around them, so the page furniture keeps to the margins as in the PDF. */
export const FURNITURE_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

function headingStyle(font: string, fontSizePt: number, level: number) {
  const size = fontSizePt * HEADING_SCALE[level - 1];
  // LibreOffice, like CSS, keeps the larger of the space after one paragraph and the space
  // before the next, so the heading asks for its whole margin. (Word adds the two: there a
  // heading stands 0.6em further below a paragraph than in the PDF.)
  const marginAbove = level === 1 ? 0 : size;
  return {
    run: { font, size: halfPoints(size), bold: true, italics: false, color: '000000' },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: {
        before: twips(marginAbove),
        after: twips(0.4 * size),
        line: twips(HEADING_LINE * size),
        lineRule: LineRuleType.AT_LEAST,
      },
    },
  };
}

/**
 * The document's styles for a body font (an office font name), size in points and the note's
 * language tag: w:lang in the run defaults, so Word checks and reads the text in it.
 */
export function docxStyles(font: string, fontSizePt: number, language: string): IStylesOptions {
  const run = { font, size: halfPoints(fontSizePt), language: { value: language } };
  const paragraph = { spacing: bodySpacing(fontSizePt) };
  return {
    default: {
      // Document defaults reach every paragraph, with or without a style, in Word and LibreOffice alike.
      document: { run, paragraph },
      heading1: headingStyle(font, fontSizePt, 1),
      heading2: headingStyle(font, fontSizePt, 2),
      heading3: headingStyle(font, fontSizePt, 3),
      heading4: headingStyle(font, fontSizePt, 4),
      heading5: headingStyle(font, fontSizePt, 5),
      heading6: headingStyle(font, fontSizePt, 6),
      // As the PDF's lists: no space between items, the paragraph's space after the last.
      listParagraph: { paragraph: { contextualSpacing: true } },
    },
    paragraphStyles: [
      // The style every heading and list style is based on; without it they hang off a style that is not there.
      { id: 'Normal', name: 'Normal', quickFormat: true, run, paragraph },
      // Quotes are written in it (bodyDocx.ts). Defined here, a Word in another language keeps this id
      // instead of adding its own quote style under a name the review import does not know.
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: { indent: { left: QUOTE_INDENT_TWIPS } } },
    ],
  };
}

/** A quote's indent, as the PDF's (1.5em of margin and 0.8em of padding, about half an inch at body sizes). */
export const QUOTE_INDENT_TWIPS = 720;

/** A metadata row's text: 0.15em above and below, as the PDF's table cell padding, instead of a paragraph's space after. */
export function metadataCellSpacing(fontSizePt: number): IParagraphStylePropertiesOptions['spacing'] {
  return { before: twips(0.15 * fontSizePt), after: twips(0.15 * fontSizePt) };
}

/**
 * The empty paragraph Word needs after the metadata table (so a table starting the body stays
 * a table of its own), a point high: the space below the table is the next block's.
 */
export const SPACER_SPACING = { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } as const;
