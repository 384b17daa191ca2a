import { wordDiff } from '../../../common/wordDiff';

/** Beyond this, a field (the full text) is summarised by its size instead of marked word by word. */
const MAX_MARKED_CHARS = 20_000;

/**
 * One field's change with removed words in <del> and added words in <ins>. Each mark also
 * carries hidden words for screen readers, which do not announce <del>/<ins> by themselves.
 */
export function WordChanges({ before, after }: { before: string; after: string }) {
  if (before.length + after.length > MAX_MARKED_CHARS) {
    return (
      <p>
        Changed: {before.length.toLocaleString()} characters before, {after.length.toLocaleString()} after.
      </p>
    );
  }
  return (
    <p className="word-changes">
      {wordDiff(before, after).map((part, index) => {
        if (part.change === 'same') return <span key={index}>{part.text}</span>;
        const Mark = part.change === 'removed' ? 'del' : 'ins';
        return (
          <Mark key={index}>
            <span className="visually-hidden">[{part.change}: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </Mark>
        );
      })}
    </p>
  );
}
