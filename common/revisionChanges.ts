import { needsReview, type Development } from './development';

/** One field that differs between two revisions of a development, as text to compare word by word. */
export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

const provenanceText = (value: Development['summaryProvenance']) => (value === 'human' ? 'reviewed by a person' : 'proposed by Brieflink');

/** Every field a person can change, in the order the detail view shows them, as comparable text. */
const FIELDS: ReadonlyArray<readonly [string, (d: Development) => string]> = [
  ['Title', (d) => d.title],
  ['Status', (d) => d.status],
  ['Summary', (d) => d.summary],
  ['Summary provenance', (d) => provenanceText(d.summaryProvenance)],
  ['Key points', (d) => d.keyPoints.map((point) => point.text).join('\n')],
  ['Key points provenance', (d) => provenanceText(d.keyPointsProvenance)],
  ['Key dates', (d) => d.keyDates.map((keyDate) => `${keyDate.date}: ${keyDate.label}`).join('\n')],
  ['Jurisdictions', (d) => d.jurisdictions.join(', ')],
  ['Jurisdictions mentioned', (d) => (d.mentionedJurisdictions ?? []).join(', ')],
  ['Topics', (d) => d.topics.join(', ')],
  ['Actors', (d) => d.actors.join(', ')],
  ['Publisher', (d) => d.publisher],
  ['Author', (d) => d.author],
  ['Address', (d) => d.url ?? ''],
  ['Published', (d) => d.publishedDate ?? ''],
  ['Retrieved', (d) => d.retrievedDate ?? ''],
  ['Notes', (d) => d.notes],
  ['Full text', (d) => d.fullText],
];

/** The fields that differ from `before` to `after` (an earlier revision and the one that replaced it). */
export function revisionChanges(before: Development, after: Development): FieldChange[] {
  return FIELDS.flatMap(([label, read]) => {
    const was = read(before);
    const now = read(after);
    return was === now ? [] : [{ label, before: was, after: now }];
  });
}

/** How a revision's summary and key points came about, in words for the history list. */
export function revisionOrigin(development: Development): string {
  return needsReview(development) ? 'machine proposal, not yet reviewed' : 'reviewed by a person';
}
