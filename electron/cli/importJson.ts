import type { ImportProposal } from '../../common/libraryImport';

/** One extracted field as `brieflink import --json` prints it: the value, and where it came from. */
export interface JsonField<T> {
  value: T;
  /** The line or sentence the value was read from, or how it was chosen; null when the extractor keeps none. */
  evidence: string | null;
  /** True when the value is a guess that a person should check. */
  unsure: boolean;
}

/** Everything extraction proposed for one file, documented in the README's command-line section. */
export interface ExtractedJson {
  title: JsonField<string>;
  publisher: JsonField<string>;
  author: JsonField<string>;
  publishedDate: JsonField<string | null>;
  url: JsonField<string | null>;
  jurisdictions: JsonField<string[]>;
  mentionedJurisdictions: JsonField<string[]>;
  status: JsonField<string>;
  topics: JsonField<string[]>;
  actors: JsonField<string[]>;
  keyDates: { date: string; label: string; source: string | null; estimate: boolean }[];
  summary: string;
  keyPoints: string[];
}

/** The proposal's fields with their evidence, in the documented shape. */
export function extractedJson(proposal: ImportProposal): ExtractedJson {
  const { fields, evidence } = proposal;
  const field = <T>(value: T, name?: keyof NonNullable<typeof evidence>['fields']): JsonField<T> => {
    const found = name ? evidence?.fields[name] : undefined;
    return { value, evidence: found?.text ?? null, unsure: found?.unsure ?? false };
  };
  return {
    title: field(fields.title, 'title'),
    publisher: field(fields.publisher, 'publisher'),
    author: field(fields.author, 'author'),
    publishedDate: field(fields.publishedDate, 'publishedDate'),
    url: field(fields.url),
    jurisdictions: field(fields.jurisdictions, 'jurisdictions'),
    mentionedJurisdictions: field(fields.mentionedJurisdictions ?? [], 'mentionedJurisdictions'),
    status: field(fields.status, 'status'),
    topics: field(fields.topics),
    actors: field(fields.actors),
    keyDates: fields.keyDates.map(({ date, label }) => {
      const source = evidence?.keyDates.find((keyDate) => keyDate.date === date);
      return { date, label, source: source?.source ?? null, estimate: source?.estimate ?? false };
    }),
    summary: fields.summary,
    keyPoints: fields.keyPoints.map((point) => point.text),
  };
}
