import { z } from 'zod';

/** Where a scheme puts its marking on the printed page. */
export const markingPlacementSchema = z.enum(['top-and-bottom-every-page', 'top-right-first-page']);

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
    id: 'canada',
    name: 'Government of Canada',
    levels: ['UNCLASSIFIED', 'PROTECTED A', 'PROTECTED B', 'PROTECTED C', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
    placement: 'top-and-bottom-every-page',
  },
  {
    id: 'uk',
    name: 'UK Government Security Classifications',
    levels: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'],
    placement: 'top-and-bottom-every-page',
  },
];

export function findScheme(id: string): ClassificationScheme | undefined {
  return CLASSIFICATION_SCHEMES.find((scheme) => scheme.id === id);
}
