import type { RedlinePart } from '../../../../common/compare/noteComparison';

/** A paragraph break put in or taken out (a split or joined paragraph): only spacing and a newline. */
const isBreak = (text: string) => text.includes('\n') && text.trim() === '';

/**
 * Words of a redline: struck words in <del>, inserted words in <ins>. Each mark also carries
 * hidden words for screen readers, which do not announce <del>/<ins> by themselves; a new or
 * removed paragraph break is shown as a pilcrow.
 */
export function RedlineParts({ parts }: { parts: readonly RedlinePart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.change === 'same') return <span key={index}>{part.text}</span>;
        const Mark = part.change === 'removed' ? 'del' : 'ins';
        const word = part.change === 'removed' ? 'deleted' : 'inserted';
        if (isBreak(part.text)) {
          return (
            <Mark key={index} className="redline-break">
              <span className="visually-hidden">[paragraph break {word}]</span>
              <span aria-hidden="true">¶</span>
            </Mark>
          );
        }
        return (
          <Mark key={index}>
            <span className="visually-hidden">[{word}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </Mark>
        );
      })}
    </>
  );
}
