import { z } from 'zod';

export const TEMPLATE_FORMAT_VERSION = 1;

/** Metadata fields a template may ask for; each has a fixed meaning across templates. */
export const METADATA_FIELD_IDS = ['subject', 'to', 'from', 'date', 'classification', 'reference'] as const;
export type MetadataFieldId = (typeof METADATA_FIELD_IDS)[number];

export const templateFieldSchema = z.object({
  id: z.enum(METADATA_FIELD_IDS),
  label: z.string().min(1),
  kind: z.enum(['text', 'date', 'classification']),
  required: z.boolean(),
});
export type TemplateField = z.infer<typeof templateFieldSchema>;

export const templateSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens'),
  heading: z.string().min(1),
  guidance: z.string(),
  required: z.boolean(),
  wordLimit: z.number().int().positive().optional(),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const templateSchema = z
  .object({
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'use lower-case letters, digits and hyphens'),
    name: z.string().min(1).max(120),
    version: z.number().int().positive(),
    noteType: z.enum(['decision', 'information', 'meeting', 'issue', 'talking-points']),
    description: z.string(),
    fields: z.array(templateFieldSchema).min(1),
    sections: z.array(templateSectionSchema).min(1),
    pageLimit: z.number().int().positive().optional(),
    classificationScheme: z.string().min(1),
    defaultClassification: z.string().min(1),
    print: z.object({
      paper: z.enum(['A4', 'Letter']),
      marginMm: z.number().positive().max(50),
      fontFamily: z.string().min(1),
      fontSizePt: z.number().positive().max(24),
    }),
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
  });
export type Template = z.infer<typeof templateSchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  noteType: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
