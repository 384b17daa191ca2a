import { z } from 'zod';
import { CLASSIFICATION_SCHEMES, markingPlacementSchema } from './classification';

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
  optionGroups: z.array(z.array(z.string().min(1).max(40)).min(1).max(4)).min(1).max(4),
  signatureLines: z.array(z.string().min(1).max(60)).max(4),
});
export type DecisionBlock = z.infer<typeof decisionBlockSchema>;

export const templateSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'use lower-case letters, digits and hyphens'),
  heading: z.string().min(1).max(120),
  guidance: z.string().max(1000),
  required: z.boolean(),
  wordLimit: z.number().int().positive().optional(),
  /** How the section's body starts: plain paragraphs, numbered points, or question-and-answer pairs. */
  layout: z.enum(['paragraphs', 'numbered-points', 'questions-and-answers']).default('paragraphs'),
  /** The section must fit on the first page (Australian key points). */
  keepOnFirstPage: z.boolean().default(false),
  decision: decisionBlockSchema.optional(),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const printSettingsSchema = z.object({
  paper: z.enum(['A4', 'Letter']),
  marginMm: z.number().min(5).max(50),
  fontFamily: z.string().min(1).max(200),
  fontSizePt: z.number().min(6).max(24),
  /** Overrides the classification scheme's placement of the marking. */
  markingPlacement: markingPlacementSchema.optional(),
  /** Metadata shown in the running header and footer of every page (e.g. the file number). */
  headerFields: z.array(z.enum(METADATA_FIELD_IDS)).max(3).default([]),
  /** A banner such as "ACTION MEMO" printed above the metadata block. */
  banner: z.string().max(80).optional(),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;

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
    pageLimit: z.number().int().positive().optional(),
    classificationScheme: z.string().min(1),
    defaultClassification: z.string().min(1),
    print: printSettingsSchema,
  })
  .superRefine((template, ctx) => {
    const sectionIds = new Set<string>();
    template.sections.forEach((section, index) => {
      if (sectionIds.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `duplicate section id "${section.id}"` });
      }
      sectionIds.add(section.id);
    });
    const fieldIds = new Set<string>();
    template.fields.forEach((field, index) => {
      if (fieldIds.has(field.id)) {
        ctx.addIssue({ code: 'custom', path: ['fields', index, 'id'], message: `duplicate field "${field.id}"` });
      }
      fieldIds.add(field.id);
    });
    if (!fieldIds.has('subject')) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'every template needs a "subject" field' });
    }
    const scheme = CLASSIFICATION_SCHEMES.find((candidate) => candidate.id === template.classificationScheme);
    if (!scheme) {
      ctx.addIssue({
        code: 'custom',
        path: ['classificationScheme'],
        message: `unknown scheme "${template.classificationScheme}"; use one of ${CLASSIFICATION_SCHEMES.map((s) => s.id).join(', ')}`,
      });
    } else if (!scheme.levels.includes(template.defaultClassification)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultClassification'],
        message: `"${template.defaultClassification}" is not a level of the ${scheme.name} scheme`,
      });
    }
  });
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
