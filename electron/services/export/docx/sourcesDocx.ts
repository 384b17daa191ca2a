import { Bookmark, ExternalHyperlink, HeadingLevel, InternalHyperlink, Paragraph, TextRun } from 'docx';
import { sourceLine, sourceLinkUrl, type Citations } from '../../../../common/citations';
import { xmlSafe } from './xmlSafe';

/** Word bookmark names: letters, digits and underscores. */
const bookmarkOf = (number: number) => `source_${number}`;

/** The superscript "[n]" after a linked snippet, linking to its Sources entry. */
export function citationMarkerRun(number: number): InternalHyperlink {
  return new InternalHyperlink({ anchor: bookmarkOf(number), children: [new TextRun({ text: `[${number}]`, superScript: true })] });
}

/**
 * A "Sources" heading (or the annex's, on a new page, when the template puts sources in an
 * annex) and one numbered paragraph per source; nothing when no source is cited.
 */
export function sourcesBlocks(citations: Citations, layout: { heading: string; newPage: boolean } = { heading: 'Sources', newPage: false }): Paragraph[] {
  if (citations.sources.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(layout.heading))], keepNext: true, pageBreakBefore: layout.newPage }),
    ...citations.sources.map(({ number, source }) => {
      const link = sourceLinkUrl(source.url);
      const plainUrl = !link && source.url?.trim() ? [new TextRun(xmlSafe(` ${source.url.trim()}`))] : [];
      return new Paragraph({
        indent: { left: 480, hanging: 480 },
        children: [
          new Bookmark({ id: bookmarkOf(number), children: [new TextRun(`${number}. `)] }),
          new TextRun(xmlSafe(sourceLine(source))),
          ...(link ? [new TextRun(' '), new ExternalHyperlink({ link: xmlSafe(link), children: [new TextRun({ text: xmlSafe(link), style: 'Hyperlink' })] })] : []),
          ...plainUrl,
        ],
      });
    }),
  ];
}
