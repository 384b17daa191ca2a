import { z } from 'zod';

/** Where a scheme puts its marking on the printed page. */
export const markingPlacementSchema = z.enum(['top-and-bottom-every-page', 'top-right-every-page', 'top-right-first-page']);
export type MarkingPlacement = z.infer<typeof markingPlacementSchema>;

export const classificationSchemeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  levels: z.array(z.string().min(1)).min(1),
  placement: markingPlacementSchema,
});
export type ClassificationScheme = z.infer<typeof classificationSchemeSchema>;

/** Classification schemes as data; templates name one by id. */
export const CLASSIFICATION_SCHEMES: readonly ClassificationScheme[] = [
  {
    // Departments' guides differ between the first page and every page; templates may override.
    id: 'canada',
    name: 'Government of Canada',
    levels: ['UNCLASSIFIED', 'PROTECTED A', 'PROTECTED B', 'PROTECTED C', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
    placement: 'top-right-every-page',
  },
  {
    id: 'uk',
    name: 'UK Government Security Classifications',
    levels: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'],
    placement: 'top-and-bottom-every-page',
  },
  {
    id: 'australia',
    name: 'Australian Protective Security Policy Framework',
    levels: ['OFFICIAL', 'OFFICIAL: Sensitive', 'PROTECTED', 'SECRET', 'TOP SECRET'],
    placement: 'top-and-bottom-every-page',
  },
  {
    id: 'us',
    name: 'United States',
    levels: ['UNCLASSIFIED', 'CUI', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
    placement: 'top-and-bottom-every-page',
  },
  {
    id: 'nz',
    name: 'New Zealand Government Security Classification System',
    levels: ['IN CONFIDENCE', 'SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
    placement: 'top-and-bottom-every-page',
  },
];

export function findScheme(id: string): ClassificationScheme | undefined {
  return CLASSIFICATION_SCHEMES.find((scheme) => scheme.id === id);
}
