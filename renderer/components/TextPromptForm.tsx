import { useId, useState, type ReactNode } from 'react';
import { useAsyncAction } from '../hooks/useAsyncAction';
import { ProblemList } from './Modal';

interface TextPromptFormProps {
  label: string;
  initialValue: string;
  maxLength: number;
  submitLabel: string;
  /** Shown before the back end's message when the action fails ("Not renamed."). */
  failureHeading: string;
  intro?: ReactNode;
  /** Runs the action; the form shows its error and stays open when it throws. */
  onSubmit(value: string): Promise<void>;
  onCancel(): void;
}

/** A dialog's form asking for one line of text (a new title, a template name). */
export function TextPromptForm({ label, initialValue, maxLength, submitLabel, failureHeading, intro, onSubmit, onCancel }: TextPromptFormProps) {
  const inputId = useId();
  const [value, setValue] = useState(initialValue);
  const { busy, error, run } = useAsyncAction();

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => onSubmit(value));
      }}
    >
      {intro}
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input id={inputId} value={value} required maxLength={maxLength} autoFocus onChange={(event) => setValue(event.target.value)} />
      </div>
      <ProblemList heading={failureHeading} message={error} />
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={busy || value.trim() === ''}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
