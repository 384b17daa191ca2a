import { z } from 'zod';
import { developmentSchema, type Development } from '../../../common/development';
import samples from '../../../samples/developments.json' with { type: 'json' };

/** A development as shipped in the default library; revision and timestamps are set on first run. */
export type SeedDevelopment = Omit<Development, 'revision' | 'createdAt' | 'updatedAt'>;

const seedDevelopmentSchema = developmentSchema.omit({ revision: true, createdAt: true, updatedAt: true }).strict();

/**
 * Checks sample developments against the schema of a development: a mistake in the data
 * file stops start-up with the entry and field named, instead of surfacing in a later search.
 */
export function parseSampleDevelopments(raw: unknown, source = 'samples/developments.json'): SeedDevelopment[] {
  const parsed = z.array(seedDevelopmentSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`${source} does not hold valid developments: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The developments a new library starts with: data, written and reviewed by people (so their
 * summaries and key points are 'human'), kept in samples/developments.json as the built-in
 * templates are kept in templates/.
 */
export const DEFAULT_DEVELOPMENTS: readonly SeedDevelopment[] = parseSampleDevelopments(samples);
