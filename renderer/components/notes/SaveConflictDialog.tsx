import { useEffect, useState } from 'react';
import { noteTitle, type Note, type NoteMetadata } from '../../../common/note';
import { useClient } from '../../client/ClientContext';
import { WordDiffColumns } from '../../editor/plugins/WordDiffColumns';
import { messageOf } from '../../../common/messageOf';
import { Modal, ProblemList } from '../Modal';
import { bodyText, fieldDifferences } from './versionDifferences';
import './saveConflict.css';

/** This window's version, which the back end refused to save over a newer one. */
export interface MyVersion {
  metadata: NoteMetadata;
  bodyJson: string;
  /** What this window would save with the body: the comments its marks belong to, status, clearance, language. */
  review: Pick<Note, 'status' | 'clearance' | 'comments' | 'language'>;
}

export type ConflictChoice = 'theirs' | 'mine' | 'both' | 'merge';

const CHOICES: { choice: ConflictChoice; label: string; effect: string }[] = [
  { choice: 'theirs', label: 'Keep theirs', effect: 'The note shows the version saved elsewhere; your changes in this window are dropped.' },
  { choice: 'mine', label: 'Keep mine', effect: 'Your version is saved on top of theirs; theirs stays in History.' },
  { choice: 'both', label: 'Keep both', effect: 'Your version becomes a new note “… (copy)”; this note keeps theirs.' },
  { choice: 'merge', label: 'Merge by hand', effect: 'Your version is saved, and theirs is shown beside the note to copy from; theirs also stays in History.' },
];

interface SaveConflictDialogProps {
  noteId: string;
  /** Read once when the dialog opens: this window's newest text. */
  readMine(): MyVersion;
  /** Carries out the choice; the dialog shows why if it fails. */
  onChoose(choice: ConflictChoice, theirs: Note, mine: MyVersion): Promise<void>;
  onClose(): void;
}

/**
 * Shown when a save was refused because the note was saved elsewhere meanwhile (another
 * tab, the desktop app): both versions side by side, the details that differ, and the
 * four ways on. Nothing has been overwritten when it opens.
 */
export function SaveConflictDialog({ noteId, readMine, onChoose, onClose }: SaveConflictDialogProps) {
  const client = useClient();
  const [mine] = useState(readMine);
  const [theirs, setTheirs] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let cancelled = false;
    client
      .call('notes.open', { id: noteId })
      .then((note) => !cancelled && setTheirs(note))
      .catch((reason: unknown) => !cancelled && setError(messageOf(reason)));
    return () => {
      cancelled = true;
    };
  }, [client, noteId, loads]);

  const choose = async (choice: ConflictChoice) => {
    if (!theirs) return;
    setBusy(true);
    setError(null);
    try {
      await onChoose(choice, theirs, mine);
    } catch (reason) {
      setError(messageOf(reason));
      // Saved elsewhere yet again: compare with that version instead.
      setLoads((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const differences = theirs ? fieldDifferences(theirs.template.fields, theirs.metadata, mine.metadata) : [];
  return (
    <Modal open title="This note was changed in another window" onClose={onClose} className="review-dialog save-conflict">
      {!theirs && !error && <p role="status">Opening the other version…</p>}
      {theirs && (
        <>
          <p>
            While you were editing here, “{noteTitle(theirs)}” was saved elsewhere (another browser tab or the desktop app) as revision{' '}
            {theirs.revision}, at {new Date(theirs.updatedAt).toLocaleTimeString()}. Your changes in this window are not saved yet, and nothing has
            been overwritten. Compare the two versions and choose what to keep.
          </p>
          {differences.length > 0 && (
            <table className="conflict-fields">
              <caption>Details that differ</caption>
              <thead>
                <tr>
                  <th scope="col">Detail</th>
                  <th scope="col">Their version</th>
                  <th scope="col">Your version</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((difference) => (
                  <tr key={difference.label}>
                    <th scope="row">{difference.label}</th>
                    <td>{difference.theirs || '(empty)'}</td>
                    <td>{difference.mine || '(empty)'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {/* Focusable so the keyboard can scroll a long note's text. */}
          <div className="conflict-texts" role="region" aria-label="The text of both versions" tabIndex={0}>
            <WordDiffColumns
              before={bodyText(theirs.body)}
              after={bodyText(mine.bodyJson)}
              beforeHeading="Their version (saved elsewhere; words only in it struck through)"
              afterHeading="Your version (this window; words only in it underlined)"
              idPrefix="save-conflict"
            />
          </div>
          <div className="conflict-choices" role="group" aria-label="Choose what to keep">
            {CHOICES.map(({ choice, label, effect }) => (
              <div key={choice} className="conflict-choice">
                <button type="button" disabled={busy} aria-describedby={`save-conflict-${choice}`} onClick={() => void choose(choice)}>
                  {label}
                </button>
                <span id={`save-conflict-${choice}`} className="muted">
                  {effect}
                </span>
              </div>
            ))}
          </div>
        </>
      )}
      <ProblemList heading="Not done." message={error} />
    </Modal>
  );
}
