import { wordDiff, type DiffPart } from '../../../common/wordDiff';

interface WordDiffColumnsProps {
  before: string;
  after: string;
  beforeHeading: string;
  afterHeading: string;
  /** Prefix for the headings' ids, unique on the page. */
  idPrefix: string;
}

/** One side of the comparison: the parts it has, with those only it has marked (struck through or inserted). */
function DiffColumn({ id, heading, parts, own }: { id: string; heading: string; parts: DiffPart[]; own: 'removed' | 'added' }) {
  const Mark = own === 'removed' ? 'del' : 'ins';
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <p>
        {parts
          .filter((part) => part.change === 'same' || part.change === own)
          .map((part, index) => (part.change === own ? <Mark key={index}>{part.text}</Mark> : <span key={index}>{part.text}</span>))}
      </p>
    </section>
  );
}

/** Two texts side by side, words only in the first struck through, words only in the second marked as inserted. */
export function WordDiffColumns({ before, after, beforeHeading, afterHeading, idPrefix }: WordDiffColumnsProps) {
  const parts = wordDiff(before, after);
  return (
    <div className="review-columns">
      <DiffColumn id={`${idPrefix}-before`} heading={beforeHeading} parts={parts} own="removed" />
      <DiffColumn id={`${idPrefix}-after`} heading={afterHeading} parts={parts} own="added" />
    </div>
  );
}
