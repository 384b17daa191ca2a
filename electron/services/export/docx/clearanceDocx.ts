import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ClearancePlacement } from '../../../../common/clearance';
import type { Note } from '../../../../common/note';
import { clearanceBlock } from '../../../../common/print/clearanceLayout';
import { xmlSafe } from './xmlSafe';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A cell's paragraph. Every paragraph but the block's last keeps with the next, so Word
 * moves the whole block to the next page rather than splitting it, as the PDF does.
 */
const cellParagraph = (text: string, keepNext: boolean, bold = false) => new Paragraph({ keepNext, children: [new TextRun({ text: xmlSafe(text), bold })] });

/**
 * The clearance block in the Word document, from the same layout as the PDF's: the US
 * "Clearances" heading over a table with a header row, Canada's "Prepared by / Consulted /
 * Approved by" rows, or the UK "Clearances:" line. Nothing when the template prints none
 * at `placement` or the note records no clearance.
 */
export function clearanceBlocks(note: Pick<Note, 'template' | 'clearance'>, placement: ClearancePlacement): (Paragraph | Table)[] {
  const block = clearanceBlock(note, placement);
  if (!block) return [];
  const spacer = placement === 'after-metadata' ? [new Paragraph('')] : [];
  switch (block.style) {
    case 'us-clearance-block': {
      const last = block.rows.length - 1;
      const table = new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: { ...NO_BORDERS, top: RULE, bottom: RULE, insideHorizontal: RULE },
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((column) => new TableCell({ children: [cellParagraph(column, true, true)] })) }),
          ...block.rows.map(
            (row, index) => new TableRow({ cantSplit: true, children: row.map((cell) => new TableCell({ children: [cellParagraph(cell, index < last)] })) }),
          ),
        ],
      });
      return [
        ...(placement === 'end' ? [new Paragraph('')] : []),
        new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(xmlSafe(block.heading))] }),
        table,
        ...spacer,
      ];
    }
    case 'canada-prepared-consulted-approved': {
      const last = block.rows.length - 1;
      const table = new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: NO_BORDERS,
        rows: block.rows.map(
          (row, index) =>
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({ width: { size: 22, type: WidthType.PERCENTAGE }, children: [cellParagraph(row.label, index < last, true)] }),
                new TableCell({ children: row.lines.map((line, lineIndex) => cellParagraph(line, index < last || lineIndex < row.lines.length - 1)) }),
              ],
            }),
        ),
      });
      return [...(placement === 'end' ? [new Paragraph('')] : []), table, ...spacer];
    }
    case 'uk-clearances-line':
      return [
        new Paragraph({
          spacing: placement === 'end' ? { before: 240 } : { after: 240 },
          children: [new TextRun({ text: xmlSafe(block.label), bold: true }), new TextRun(xmlSafe(` ${block.text}`))],
        }),
      ];
  }
}
