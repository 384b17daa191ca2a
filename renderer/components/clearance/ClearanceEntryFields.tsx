import { useState } from 'react';
import {
  CLEARANCE_OUTCOME_LABELS,
  CLEARANCE_OUTCOMES,
  CLEARANCE_STEP_LABELS,
  CLEARANCE_STEPS,
  type ClearanceEntry,
  type ClearanceOutcome,
  type ClearanceStep,
} from '../../../common/clearance';
import { entryDateProblem, type ClearanceEntryFields as Fields } from '../../../common/clearanceEdits';

interface ClearanceEntryFieldsProps {
  entry: ClearanceEntry;
  /** 1-based, as the entry is named to screen readers ("Clearance entry 2"). */
  number: number;
  /** A new entry: the caret goes to its first box. */
  autoFocus: boolean;
  onChange(fields: Partial<Fields>): void;
  onRemove(): void;
}

/** One clearance entry: a labelled group of its fields and its Remove button. */
export function ClearanceEntryFields({ entry, number, autoFocus, onChange, onRemove }: ClearanceEntryFieldsProps) {
  const id = (part: string) => `clearance-${entry.id}-${part}`;
  // A date the browser could not make out stays in the box with a message; the saved one is kept until it can.
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  return (
    <fieldset className="clearance-entry">
      <legend>Clearance entry {number}</legend>
      <div className="clearance-entry-grid">
        <div className="field">
          <label htmlFor={id('office')}>Office or role</label>
          <input id={id('office')} value={entry.office} maxLength={200} autoFocus={autoFocus} onChange={(event) => onChange({ office: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('name')}>Name</label>
          <input id={id('name')} value={entry.name} maxLength={200} onChange={(event) => onChange({ name: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('step')}>Step</label>
          <select id={id('step')} value={entry.step} onChange={(event) => onChange({ step: event.target.value as ClearanceStep })}>
            {CLEARANCE_STEPS.map((step) => (
              <option key={step} value={step}>
                {CLEARANCE_STEP_LABELS[step]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('outcome')}>Outcome</label>
          <select id={id('outcome')} value={entry.outcome} onChange={(event) => onChange({ outcome: event.target.value as ClearanceOutcome })}>
            {CLEARANCE_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {CLEARANCE_OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('date')}>Date</label>
          <input
            id={id('date')}
            type="date"
            defaultValue={entry.date ?? ''}
            aria-invalid={dateProblem ? true : undefined}
            aria-describedby={dateProblem ? id('date-problem') : undefined}
            onChange={(event) => {
              const problem = entryDateProblem(event.target.value);
              setDateProblem(problem);
              if (!problem) onChange({ date: event.target.value || undefined });
            }}
          />
          {dateProblem && (
            <p id={id('date-problem')} className="field-problem">
              {dateProblem}
            </p>
          )}
        </div>
        <div className="field clearance-remark">
          <label htmlFor={id('remark')}>Remark</label>
          <textarea id={id('remark')} value={entry.remark} rows={2} maxLength={1000} onChange={(event) => onChange({ remark: event.target.value })} />
        </div>
      </div>
      <button type="button" onClick={onRemove}>
        Remove clearance entry {number}
      </button>
    </fieldset>
  );
}
