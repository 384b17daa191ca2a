import { withSuggestionsAccepted } from '../suggestions';
import { findScheme } from '../classification';
import { collectCitations } from '../citations';
import { citationStyleOf, noteTitle, type Note } from '../note';
import { bodyToHtml, escapeText } from './bodyHtml';
import { CLEARANCE_CSS, clearanceHtml } from './clearanceHtml';
import { escapeHtml } from './escape';
import { noteLanguage } from '../noteLanguage';
import { printedFieldValue } from './fieldValue';
import { documentCss, pageCss } from './pageStyle';
import { SOURCES_CSS, sourcesHtml } from './sourcesHtml';
import { sourcesHeading, sourcesInAnnex } from './sourcesAnnex';

export interface PrintOptions {
  /** A diagonal "DRAFT" watermark on every page. */
  draft?: boolean;
  /**
   * @font-face rules for the shipped fonts, with the font files as data: URLs. The Node side
   * reads the files (see electron/services/export/fontFaces.ts); common code cannot.
   */
  fontFaceCss?: string;
  /** Invisible markers where the template's first-page sections end (page-count pass only). */
  markSectionEnds?: boolean;
  /** An invisible marker where a sources annex starts (page-count pass only). */
  markAnnexStart?: boolean;
}

/**
 * The print document for a note: one standalone HTML page that Chromium's print engine
 * (Electron's printToPDF or Playwright's page.pdf) turns into the exported PDF, and that the
 * preview shows. It has no scripts and loads nothing: the only things it may use beyond
 * itself are data: images and fonts. Every piece of user text is escaped on the way in.
 */
export function noteToPrintHtml(noteAsSaved: Note, options: PrintOptions = {}): string {
  // The note as it will go out: suggested changes print accepted, with no markup.
  const note = withSuggestionsAccepted(noteAsSaved);
  const template = note.template;
  const title = noteTitle(note);
  const furniture = { marking: printMarking(note), runningHeader: runningHeader(note) };
  const banner = template.print.banner?.trim();
  const citations = collectCitations(note.body.root.children, citationStyleOf(note));
  return [
    '<!DOCTYPE html>',
    // The note's language: screen readers read it with that language's rules, and Chromium writes it as the PDF's /Lang.
    `<html lang="${escapeHtml(noteLanguage(note))}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">`,
    `<title>${escapeHtml(title)}</title>`,
    // The font rules are built by Brieflink from its own files, never from note text.
    options.fontFaceCss ? `<style>${options.fontFaceCss.replace(/<\//g, '<\\/')}</style>` : '',
    `<style>${pageCss(template, furniture)}${documentCss(template)}${SOURCES_CSS}${CLEARANCE_CSS}</style>`,
    '</head>',
    '<body>',
    // Decoration, repeated by Chromium on every page (position: fixed); not part of the text.
    options.draft ? '<div class="watermark" aria-hidden="true">DRAFT</div>' : '',
    banner ? `<p class="banner">${escapeHtml(banner)}</p>` : '',
    metadataBlock(note, title),
    clearanceHtml(note, 'after-metadata'),
    `<main class="note-body">${bodyToHtml(note.body.root.children, template, citations, options.markSectionEnds)}${sourcesHtml(citations, { heading: sourcesHeading(template), annex: sourcesInAnnex(template), markAnnexStart: options.markAnnexStart })}</main>`,
    clearanceHtml(note, 'end'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/**
 * The classification marking: the note's classification (or the template's default),
 * spelled as the template's scheme spells it when it is one of the scheme's levels,
 * otherwise upper-cased. Runs of white space (including newlines) become single spaces: a
 * marking is one line. The page margins print it in capitals.
 */
export function printMarking(note: Pick<Note, 'metadata' | 'template'>): string {
  const raw = (note.metadata.classification ?? '').replace(/\s+/g, ' ').trim();
  const value = raw || note.template.defaultClassification.replace(/\s+/g, ' ').trim();
  const scheme = findScheme(note.template.classificationScheme);
  const level = scheme?.levels.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  return level ?? value.toUpperCase();
}

/** "Label: value" for each of the template's header fields that has a value, one line. */
export function runningHeader(note: Pick<Note, 'metadata' | 'template'>): string {
  return note.template.print.headerFields
    .map((id) => {
      const field = note.template.fields.find((candidate) => candidate.id === id);
      const value = printedFieldValue(note, { id, kind: field?.kind ?? 'text' }).replace(/\s+/g, ' ').trim();
      if (!value) return '';
      const label = field?.label ?? id;
      return `${label}: ${value}`;
    })
    .filter((part) => part !== '')
    .join('   \u00b7   ');
}

// ---------------------------------------------------------------------------------------
// Metadata block

function metadataBlock(note: Note, title: string): string {
  // The subject is the heading above. The classification is also a row here, once, because
  // the page-margin markings are outside the tagged structure a screen reader follows.
  const rows = note.template.fields
    .filter((field) => field.id !== 'subject')
    .map((field) => ({
      label: field.label,
      value: field.kind === 'classification' ? printMarking(note) : printedFieldValue(note, field),
    }))
    .filter((row) => row.value !== '')
    .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeText(row.value)}</td></tr>`);
  const table = rows.length > 0 ? `<table class="metadata"><tbody>${rows.join('')}</tbody></table>` : '';
  return `<header class="note-metadata"><h1>${escapeHtml(title)}</h1>${table}</header>`;
}
