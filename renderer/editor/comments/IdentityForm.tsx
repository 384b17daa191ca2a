import { useId, useState } from 'react';
import { initialsOf, type CommentAuthor } from '../../../common/comments';
import { ProblemList } from '../../components/Modal';
import { useAsyncAction } from '../../hooks/useAsyncAction';

interface IdentityFormProps {
  initial: CommentAuthor;
  submitLabel: string;
  onSave(identity: CommentAuthor): Promise<void>;
  onCancel(): void;
}

/**
 * Who the user is: the name, initials and office every comment records, and the author of
 * exported PDFs and DOCX files. Kept in the settings.
 */
export function IdentityForm({ initial, submitLabel, onSave, onCancel }: IdentityFormProps) {
  const id = useId();
  const [identity, setIdentity] = useState(initial);
  const { busy, error, run } = useAsyncAction();
  const set = (field: keyof CommentAuthor, value: string) => setIdentity((current) => ({ ...current, [field]: value }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const name = identity.name.trim();
        void run(() => onSave({ name, initials: identity.initials.trim() || initialsOf(name), office: identity.office.trim() }));
      }}
    >
      <p>Your name, initials and office are recorded with each comment, and are the author of the documents you export.</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input id={`${id}-name`} value={identity.name} required maxLength={200} autoFocus autoComplete="name" onChange={(event) => set('name', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-initials`}>Initials</label>
        <input id={`${id}-initials`} value={identity.initials} maxLength={10} onChange={(event) => set('initials', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-office`}>Office</label>
        <input id={`${id}-office`} value={identity.office} maxLength={200} autoComplete="organization-title" onChange={(event) => set('office', event.target.value)} />
      </div>
      <ProblemList heading="Not saved." message={error} />
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={busy || identity.name.trim() === ''}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
