import { plainText, type SerializedNode } from '../editorState';
import type { Template } from '../template';
import { headingLevel } from './decisions';

/**
 * Where a section ends in the real print layout. The page-count pass (never the export) puts
 * an invisible, zero-height marker after the last block of each section the template wants on
 * page 1: a link to this made-up address, so Chromium writes a link annotation on the page
 * where the marker falls. Reading the annotations back tells on which page the section ends,
 * from the same HTML and print engine as the PDF. The `.invalid` domain can never resolve.
 */
export const SECTION_END_URL_PREFIX = 'https://brieflink.invalid/section-end/';

/** Indexes (in template.sections) of the sections that must end on page 1. */
export function firstPageSectionIndexes(template: Pick<Template, 'sections'>): number[] {
  return template.sections.flatMap((section, index) => (section.keepOnFirstPage ? [index] : []));
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * For each wanted section found in the body, the index of its last block: a section starts at
 * the first heading whose text is its heading and runs until the next heading of the same or
 * a higher level (or the end of the note). Returns block index → template section indexes.
 */
export function sectionEndBlocks(blocks: readonly SerializedNode[], template: Pick<Template, 'sections'>, wanted: readonly number[]): Map<number, number[]> {
  const ends = new Map<number, number[]>();
  const seen = new Set<number>();
  let open: { section: number; level: number } | undefined;
  const close = (lastBlock: number) => {
    if (!open) return;
    ends.set(lastBlock, [...(ends.get(lastBlock) ?? []), open.section]);
    open = undefined;
  };
  blocks.forEach((node, index) => {
    const level = headingLevel(node);
    if (level === undefined) return;
    if (open && level <= open.level) close(index - 1);
    if (open) return;
    const text = normalise(plainText(node));
    const section = wanted.find((candidate) => !seen.has(candidate) && normalise(template.sections[candidate]!.heading) === text);
    if (section !== undefined) {
      seen.add(section);
      open = { section, level };
    }
  });
  close(blocks.length - 1);
  return ends;
}

/** The marker: takes no room (zero height, its link positioned out of the flow), prints nothing visible. */
export function sectionEndMarkerHtml(sectionIndex: number): string {
  const index = Math.trunc(sectionIndex);
  return (
    '<div class="section-end" aria-hidden="true" style="height: 0; margin: 0; padding: 0; border: 0">' +
    `<a href="${SECTION_END_URL_PREFIX}${index}" style="position: absolute; font-size: 1px; line-height: 1px; color: transparent; text-decoration: none">.</a>` +
    '</div>'
  );
}
