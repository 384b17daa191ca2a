import type { ClearancePlacement } from '../clearance';
import type { Note } from '../note';
import { clearanceBlock } from './clearanceLayout';
import { escapeHtml } from './escape';

/**
 * The clearance block in the print page, where the template places it. Real text in tagged
 * structure: the US block is a heading (a bookmark too) over a table with column headers,
 * the Canadian block a table with row headers, the UK line a paragraph. Kept on one page,
 * so at the end of the note it is on the last page, as the US memo's clearances are.
 */
export function clearanceHtml(note: Pick<Note, 'template' | 'clearance'>, placement: ClearancePlacement): string {
  const block = clearanceBlock(note, placement);
  if (!block) return '';
  const where = `clearance clearance-${placement}`;
  switch (block.style) {
    case 'us-clearance-block': {
      const head = block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
      return (
        `<section class="${where} clearance-us" aria-labelledby="clearance-heading">` +
        `<h2 id="clearance-heading">${escapeHtml(block.heading)}</h2>` +
        `<table class="clearance-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`
      );
    }
    case 'canada-prepared-consulted-approved': {
      const rows = block.rows
        .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${row.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</td></tr>`)
        .join('');
      return `<section class="${where} clearance-canada" aria-label="Clearance"><table class="clearance-rows"><tbody>${rows}</tbody></table></section>`;
    }
    case 'uk-clearances-line':
      return `<p class="${where} clearance-uk"><strong>${escapeHtml(block.label)}</strong> ${escapeHtml(block.text)}</p>`;
  }
}

export const CLEARANCE_CSS = `
.clearance { break-inside: avoid; page-break-inside: avoid; }
.clearance-end { margin-top: 1.5em; }
.clearance-after-metadata { margin: 0 0 1.2em; }
.clearance h2 { margin-top: 0; }
table.clearance-table { border-collapse: collapse; width: 100%; }
table.clearance-table th, table.clearance-table td { text-align: left; vertical-align: top; padding: 0.15em 0.6em 0.15em 0; border-bottom: 0.5pt solid #000; }
table.clearance-table th { font-weight: bold; }
table.clearance-rows { border-collapse: collapse; }
table.clearance-rows th { text-align: left; vertical-align: top; font-weight: bold; white-space: nowrap; padding: 0.15em 1em 0.15em 0; }
table.clearance-rows td { vertical-align: top; padding: 0.15em 0; }
table.clearance-rows p { margin: 0; }
`;
