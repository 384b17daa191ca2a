import { z } from 'zod';
import { plainText, type SerializedNode } from './editorState';
import type { Note } from './note';
import {
  templateSchema,
  templateSummarySchema,
  type MetadataFieldId,
  type Template,
  type TemplateField,
  type TemplateSection,
} from './template';

/** A template as the template manager lists it: built-ins cannot be edited or deleted. */
export const templateCatalogEntrySchema = templateSummarySchema.extend({ builtIn: z.boolean() });
export type TemplateCatalogEntry = z.infer<typeof templateCatalogEntrySchema>;

/** Every id of a user template starts with this, so it can never collide with a built-in's. */
export const USER_TEMPLATE_PREFIX = 'user-';

/** "sections.2.heading: Too small: …" — one line per problem, naming the field. */
export function templateIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'template'}: ${issue.message}`);
}

export type TemplateValidation = { ok: true; template: Template } | { ok: false, errors: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keys of `raw` that the parse dropped, as "path: message" lines: they are not part of the
 * template format, and a misspelt one ("wordLimt") would otherwise be lost without a word.
 */
function droppedKeys(raw: unknown, parsed: unknown, path: string[] = []): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((item, index) => droppedKeys(item, parsed[index], [...path, String(index)]));
  if (!isRecord(raw) || !isRecord(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    Object.hasOwn(parsed, key) ? droppedKeys(raw[key], parsed[key], [...path, key]) : [`${[...path, key].join('.')}: not part of the template format (misspelt, or from a newer version of Brieflink)`],
  );
}

/** Checks a template from a file or the template editor: every problem named with its field, unknown keys included. */
export function validateTemplate(raw: unknown): TemplateValidation {
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: templateIssues(parsed.error) };
  const unknown = droppedKeys(raw, parsed.data);
  return unknown.length === 0 ? { ok: true, template: parsed.data } : { ok: false, errors: unknown };
}

/** Lower-case letters, digits and hyphens, as template and section ids require. */
export function slugify(text: string, maxLength = 40): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** The natural kind of each metadata field, used when a field is added to a template. */
export const DEFAULT_FIELD_KINDS: Record<MetadataFieldId, TemplateField['kind']> = {
  subject: 'text',
  to: 'text',
  'for-action': 'text',
  'for-information': 'text',
  through: 'text',
  'copies-to': 'text',
  from: 'text',
  date: 'date',
  reference: 'text',
  'critical-date': 'date',
  'critical-reason': 'multiline',
  'prepared-by': 'text',
  'contact-name': 'text',
  'contact-phone': 'phone',
  'contact-email': 'email',
  'approved-by': 'text',
  classification: 'classification',
};

/** How each metadata field is labelled when a template first asks for it. */
export const DEFAULT_FIELD_LABELS: Record<MetadataFieldId, string> = {
  subject: 'Subject',
  to: 'To',
  'for-action': 'For action',
  'for-information': 'For information',
  through: 'Through',
  'copies-to': 'Copies to',
  from: 'From',
  date: 'Date',
  reference: 'File number',
  'critical-date': 'Critical date',
  'critical-reason': 'Reason for the critical date',
  'prepared-by': 'Prepared by',
  'contact-name': 'Contact',
  'contact-phone': 'Contact phone',
  'contact-email': 'Contact email',
  'approved-by': 'Approved by',
  classification: 'Classification',
};

function h2Headings(nodes: SerializedNode[]): string[] {
  return nodes.filter((node) => node.type === 'heading' && node.tag === 'h2').map((node) => plainText(node).trim());
}

/**
 * A template from a note: the note's template with the note's h2 headings as its sections.
 * A heading that matches one of the template's sections keeps that section's guidance,
 * limits and decision block; a new heading becomes a plain optional section.
 */
export function templateFromNote(note: Note, id: string, name: string): unknown {
  const known = new Map(note.template.sections.map((section) => [section.heading.trim().toLowerCase(), section]));
  const usedIds = new Set<string>();
  const sections = h2Headings(note.body.root.children)
    .filter((heading) => heading !== '')
    .map((heading): TemplateSection => {
      const match = known.get(heading.toLowerCase());
      let sectionId = match?.id ?? slugify(heading);
      for (let n = 2; usedIds.has(sectionId); n += 1) sectionId = `${slugify(heading, 36)}-${n}`;
      usedIds.add(sectionId);
      return match
        ? { ...match, id: sectionId, heading }
        : { id: sectionId, heading, guidance: '', required: false, layout: 'paragraphs', keepOnFirstPage: false };
    });
  return {
    ...note.template,
    id,
    name,
    version: 1,
    description: `Made from the note “${note.metadata.subject?.trim() || 'Untitled note'}”.`.slice(0, 500),
    sections,
  };
}

/** Largest template file Brieflink imports (a template is a few KB; this leaves room for long guidance). */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;
