import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { NoteMetadata } from '../../common/note';
import type { Template } from '../../common/template';
import { MetadataForm } from './MetadataForm';
import { metadataSummary, requiredDetailsFilled } from './metadataSummary';

interface NoteDetailsProps {
  template: Template;
  values: NoteMetadata;
  /** A note just made from a template: the form shows, the caret in its Subject. */
  focusSubject: boolean;
  language: string;
  onChange(values: NoteMetadata): void;
  /** More details inside the form (the note's Language). */
  children?: ReactNode;
}

/**
 * The note's details: the form, or, once its required fields are filled and the writer is done
 * with them, one line ("Details: BN-2026-0042 · December 6, 2026 · …") that opens the form again,
 * so that on a laptop's screen the note's text starts on the first screen. A new note starts
 * with the form; a note reopened with its required fields filled starts folded.
 */
export function NoteDetails({ template, values, focusSubject, language, onChange, children }: NoteDetailsProps) {
  const filled = requiredDetailsFilled(template, values);
  const [folded, setFolded] = useState(() => !focusSubject && filled);
  const formId = useId();
  // Focus follows the writer's own fold or unfold; none moves when the note opens.
  const moved = useRef(false);
  const summary = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (folded) summary.current?.focus();
    else form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [folded]);
  const fold = (next: boolean) => {
    moved.current = true;
    setFolded(next);
  };

  if (folded) {
    const line = metadataSummary(template, values, language);
    return (
      <button ref={summary} type="button" className="details-summary" aria-expanded={false} title={line} onClick={() => fold(false)}>
        <span className="details-summary-text">{line}</span>
        <span className="details-summary-edit">Edit details</span>
      </button>
    );
  }
  return (
    <div ref={form} id={formId} className="note-details">
      <MetadataForm template={template} values={values} autoFocusField={focusSubject ? 'subject' : undefined} language={language} onChange={onChange}>
        {children}
        {filled && (
          <div className="details-done">
            <button type="button" aria-expanded={true} aria-controls={formId} aria-label="Done with details" onClick={() => fold(true)}>
              Done
            </button>
          </div>
        )}
      </MetadataForm>
    </div>
  );
}
