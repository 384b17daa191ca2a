import { z } from 'zod';
import { CLASSIFICATION_SCHEMES, markingPlacementSchema } from './classification';
import { clearancePrintSchema } from './clearance';
import { DEFAULT_DATE_STYLE, dateStyleSchema } from './dates/dateStyle';
import { annexHeadingSchema, sourcesPlacementSchema } from './print/sourcesAnnex';

export const TEMPLATE_FORMAT_VERSION = 1;

/** Metadata fields a template may ask for; each id has one meaning across all templates. */
export const METADATA_FIELD_IDS = [
  'subject',
  'to',
  'for-action',
  'for-information',
  'through',
  'copies-to',
  'from',
  'date',
  'reference',
  'critical-date',
  'critical-reason',
  'prepared-by',
  'contact-name',
  'contact-phone',
  'contact-email',
  'approved-by',
  'classification',
] as const;
export type MetadataFieldId = (typeof METADATA_FIELD_IDS)[number];

/** A number typed into a form: a clear message when the box is empty or holds no number. */
const formNumber = (what: string) => z.number({ error: `enter ${what}` });

export const templateFieldSchema = z.object({
  id: z.enum(METADATA_FIELD_IDS),
  label: z.string().min(1).max(60),
  kind: z.enum(['text', 'multiline', 'date', 'email', 'phone', 'classification']),
  required: z.boolean(),
});
export type TemplateField = z.infer<typeof templateFieldSchema>;

/**
 * A decision block at the end of a section: each group is one line of tick options
 * ("Agreed / Not agreed"), followed by signature and date lines for the decision-maker.
 */
export const decisionBlockSchema = z.object({
  optionGroups: z
    .array(
      z
        .array(z.string().trim().min(1, 'an option needs a name').max(40, 'at most 40 characters'))
        .min(1, 'a line needs at least one option')
        .max(4, 'at most 4 options on a line'),
    )
    .min(1, 'a decision block needs at least one line of options')
    .max(4, 'at most 4 lines of options'),
  signatureLines: z
    .array(z.string().trim().min(1, 'a signature line needs a label').max(60, 'at most 60 characters'))
    .max(4, 'at most 4 signature lines'),
});
export type DecisionBlock = z.infer<typeof decisionBlockSchema>;

export const templateSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'use lower-case letters, digits and hyphens'),
  heading: z.string().min(1).max(120),
  guidance: z.string().max(1000),
  required: z.boolean(),
  wordLimit: formNumber('a word limit').int('a whole number of words').positive('a word limit must be 1 or more').optional(),
  /** How the section's body starts: plain paragraphs, numbered points, or question-and-answer pairs. */
  layout: z.enum(['paragraphs', 'numbered-points', 'questions-and-answers']).default('paragraphs'),
  /** The section must fit on the first page (Australian key points). */
  keepOnFirstPage: z.boolean().default(false),
  decision: decisionBlockSchema.optional(),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const printSettingsSchema = z.object({
  paper: z.enum(['A4', 'Letter']),
  marginMm: formNumber('the margin in millimetres').min(5, 'margins must be at least 5 mm').max(50, 'margins must be at most 50 mm'),
  fontFamily: z.string().trim().min(1, 'name a font').max(200, 'at most 200 characters'),
  fontSizePt: formNumber('the font size in points').min(6, 'the font size must be at least 6 pt').max(24, 'the font size must be at most 24 pt'),
  /** Overrides the classification scheme's placement of the marking. */
  markingPlacement: markingPlacementSchema.optional(),
  /** Metadata shown in the running header and footer of every page (e.g. the file number). */
  headerFields: z.array(z.enum(METADATA_FIELD_IDS)).max(3).default([]),
  /** A banner such as "ACTION MEMO" printed above the metadata block. */
  banner: z.string().max(80).optional(),
  /** Where and how the note's clearance list prints; absent: as the classification scheme's format does (see clearancePrintOf). */
  clearance: clearancePrintSchema.optional(),
  /** How date fields print: "6 December 2026", "December 6, 2026" or 2026-12-06 (common/dates/dateStyle.ts). */
  dateStyle: dateStyleSchema.default(DEFAULT_DATE_STYLE),
  /** The Sources list at the end of the body, or in an annex outside the page limit (common/print/sourcesAnnex.ts). */
  sourcesPlacement: sourcesPlacementSchema.default('end-of-body'),
  /** The annex's heading when sources go in one; "Annex: Sources" when left out. */
  sourcesAnnexHeading: annexHeadingSchema.optional(),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;

/** The items of what should be a list, or none. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const templateSchema = z
  .object({
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'use lower-case letters, digits and hyphens'),
    name: z.string().min(1).max(120),
    version: z.number().int().positive(),
    noteType: z.enum(['decision', 'information', 'meeting', 'issue', 'talking-points', 'submission']),
    description: z.string().max(500),
    fields: z.array(templateFieldSchema).min(1),
    sections: z.array(templateSectionSchema).min(1).max(40),
    pageLimit: formNumber('a page limit').int('a whole number of pages').positive('a page limit must be 1 or more').max(100, 'at most 100 pages').optional(),
    classificationScheme: z.string().min(1),
    defaultClassification: z.string().min(1),
    print: printSettingsSchema,
  })
  .superRefine(
    (parsed, ctx) => {
      // Runs even when other parts failed (see `when`), so every problem is named at once: read
      // what is there with care, as the parts may be of any shape.
      const template = parsed as unknown as Record<string, unknown> | null | undefined;
      const idOf = (item: unknown) => (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined);
      const duplicates = (items: unknown[], at: string, what: (id: string) => string) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          const id = idOf(item);
          if (id === undefined) return;
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [at, index, 'id'], message: what(id) });
          seen.add(id);
        });
      };
      const sections = listOf(template?.sections);
      const fields = listOf(template?.fields);
      duplicates(sections, 'sections', (id) => `duplicate section id "${id}"`);
      duplicates(fields, 'fields', (id) => `duplicate field "${id}"`);
      const fieldIds = new Set(fields.map(idOf).filter((id): id is string => id !== undefined));
      const headerFields = listOf((template?.print as { headerFields?: unknown } | undefined)?.headerFields);
      headerFields.forEach((id, index) => {
        if (typeof id !== 'string') return;
        if (!fieldIds.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['print', 'headerFields', index], message: `"${id}" is not one of this template's fields` });
        } else if (headerFields.indexOf(id) !== index) {
          ctx.addIssue({ code: 'custom', path: ['print', 'headerFields', index], message: `"${id}" is in the running header twice` });
        }
      });
      if (Array.isArray(template?.fields) && !fieldIds.has('subject')) {
        ctx.addIssue({ code: 'custom', path: ['fields'], message: 'every template needs a "subject" field' });
      }
      const schemeId = template?.classificationScheme;
      if (typeof schemeId !== 'string' || schemeId === '') return;
      const scheme = CLASSIFICATION_SCHEMES.find((candidate) => candidate.id === schemeId);
      if (!scheme) {
        ctx.addIssue({
          code: 'custom',
          path: ['classificationScheme'],
          message: `unknown scheme "${schemeId}"; use one of ${CLASSIFICATION_SCHEMES.map((s) => s.id).join(', ')}`,
        });
      } else if (typeof template?.defaultClassification === 'string' && !scheme.levels.includes(template.defaultClassification)) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaultClassification'],
          message: `"${template.defaultClassification}" is not a level of the ${scheme.name} scheme`,
        });
      }
    },
    { when: () => true },
  );
export type Template = z.infer<typeof templateSchema>;
/** A template as written in a file, before defaults are filled in. */
export type TemplateInput = z.input<typeof templateSchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  noteType: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
