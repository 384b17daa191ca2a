import { useId } from 'react';
import type { DuplicateMatchShape } from '../../../common/libraryImport';

export type DuplicateDecision = { action: 'skip' } | { action: 'keep both' } | { action: 'replace'; replaceId: string };

interface DuplicateChoiceProps {
  duplicates: readonly DuplicateMatchShape[];
  decision: DuplicateDecision;
  onChange(decision: DuplicateDecision): void;
}

/** When an import repeats an entry, the user decides: skip it, replace the entry, or keep both. */
export function DuplicateChoice({ duplicates, decision, onChange }: DuplicateChoiceProps) {
  const name = useId();
  const value = decision.action === 'replace' ? `replace:${decision.replaceId}` : decision.action;
  const choose = (next: string) =>
    onChange(next.startsWith('replace:') ? { action: 'replace', replaceId: next.slice(8) } : { action: next as 'skip' | 'keep both' });
  const option = (optionValue: string, label: string) => (
    <li key={optionValue}>
      <input
        type="radio"
        id={`${name}-${optionValue}`}
        name={name}
        value={optionValue}
        checked={value === optionValue}
        onChange={() => choose(optionValue)}
      />
      <label htmlFor={`${name}-${optionValue}`}>{label}</label>
    </li>
  );
  return (
    <fieldset className="duplicate-choice">
      <legend>Possible duplicate</legend>
      <ul className="duplicate-list">
        {duplicates.map((match) => (
          <li key={match.id}>
            “{match.title}” ({match.reason}
            {match.reason === 'near-identical text' ? `, ${Math.round(match.similarity * 100)}% the same` : ''})
          </li>
        ))}
      </ul>
      <ul className="choices">
        {option('skip', 'Skip this file')}
        {duplicates.map((match) => option(`replace:${match.id}`, `Replace “${match.title}”`))}
        {option('keep both', 'Keep both')}
      </ul>
    </fieldset>
  );
}
