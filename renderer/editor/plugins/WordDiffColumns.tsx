import { wordDiff } from '../../../common/wordDiff';

interface WordDiffColumnsProps {
  before: string;
  after: string;
  beforeHeading: string;
  afterHeading: string;
  /** Prefix for the headings' ids, unique on the page. */
  idPrefix: string;
}

/** Two texts side by side, words only in the first struck through, words only in the second marked as inserted. */
export function WordDiffColumns({ before, after, beforeHeading, afterHeading, idPrefix }: WordDiffColumnsProps) {
  const parts = wordDiff(before, after);
  return (
    <div className="review-columns">
      <section aria-labelledby={`${idPrefix}-before`}>
        <h3 id={`${idPrefix}-before`}>{beforeHeading}</h3>
        <p>
          {parts.filter((part) => part.change !== 'added').map((part, index) =>
            part.change === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
          )}
        </p>
      </section>
      <section aria-labelledby={`${idPrefix}-after`}>
        <h3 id={`${idPrefix}-after`}>{afterHeading}</h3>
        <p>
          {parts.filter((part) => part.change !== 'removed').map((part, index) =>
            part.change === 'added' ? <ins key={index}>{part.text}</ins> : <span key={index}>{part.text}</span>,
          )}
        </p>
      </section>
    </div>
  );
}
