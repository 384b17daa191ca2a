import { useRef, useState } from 'react';
import { needsReview, type Development } from '../../../common/development';
import { partText, type SnippetOrigin } from '../../../common/snippet';
import { useNoteEditorCommands } from '../../state/activeNoteEditor';
import { Backlinks } from './Backlinks';
import { RevisionHistory } from './RevisionHistory';
import { snippetDrag } from './snippetDrag';

interface DevelopmentDetailProps {
  development: Development;
  onEdit(): void;
  onDelete(): void;
  /** After an earlier revision was restored as a new one. */
  onRestored(development: Development, restoredRevision: number): void;
}

/** A development as stored: summary, key points, dates, actors and where it came from. */
export function DevelopmentDetail({ development: dev, onEdit, onDelete, onRestored }: DevelopmentDetailProps) {
  const { insertSnippet } = useNoteEditorCommands();
  const fullText = useRef<HTMLTextAreaElement>(null);
  const [passageSelected, setPassageSelected] = useState(false);
  const source = [dev.publisher, dev.author, dev.publishedDate && `published ${dev.publishedDate}`].filter(Boolean).join(' · ');
  const insert = (origin: SnippetOrigin) => insertSnippet({ developmentId: dev.id, origin });
  // Summary and key points can also be dragged into the note.
  const draggable = (origin: SnippetOrigin) => snippetDrag(dev.id, origin, () => partText(dev, origin) ?? '');
  return (
    <div className="development">
      {needsReview(dev) && <p className="review-note">Summary or key points proposed by Brieflink: not yet reviewed.</p>}
      <p className="insertable" {...draggable({ kind: 'summary' })}>
        {dev.summary}{' '}
        <button type="button" className="insert-button" onClick={() => insert({ kind: 'summary' })}>
          Insert summary
        </button>
      </p>
      <h3>Key points</h3>
      <ul>
        {dev.keyPoints.map((point, index) => (
          <li key={point.id} className="insertable" {...draggable({ kind: 'key-point', keyPointId: point.id })}>
            {point.text}{' '}
            <button type="button" className="insert-button" aria-label={`Insert key point ${index + 1}`} onClick={() => insert({ kind: 'key-point', keyPointId: point.id })}>
              Insert
            </button>
          </li>
        ))}
      </ul>
      {dev.fullText && (
        <details className="full-text">
          <summary>Full text</summary>
          {/* Read-only text area: a passage can be selected with the keyboard (Shift+arrows) as well as the mouse. */}
          <label htmlFor={`full-text-${dev.id}`} className="visually-hidden">
            Full text
          </label>
          <textarea
            id={`full-text-${dev.id}`}
            ref={fullText}
            readOnly
            value={dev.fullText}
            rows={8}
            onSelect={(event) => setPassageSelected(event.currentTarget.selectionStart !== event.currentTarget.selectionEnd)}
          />
          <button
            type="button"
            disabled={!passageSelected}
            title={passageSelected ? undefined : 'Select a passage in the full text first'}
            onClick={() => {
              const area = fullText.current;
              if (area && area.selectionStart !== area.selectionEnd) insert({ kind: 'passage', start: area.selectionStart, end: area.selectionEnd });
            }}
          >
            Insert selected passage
          </button>
        </details>
      )}
      {dev.keyDates.length > 0 && (
        <>
          <h3>Key dates</h3>
          <ul>
            {dev.keyDates.map((keyDate, index) => (
              <li key={index}>
                <time dateTime={keyDate.date}>{keyDate.date}</time>: {keyDate.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <dl className="development-facts">
        {source && (
          <>
            <dt>Source</dt>
            <dd>{source}</dd>
          </>
        )}
        {dev.url && (
          <>
            <dt>Address</dt>
            <dd className="url">{dev.url}</dd>
          </>
        )}
        {dev.jurisdictions.length > 0 && (
          <>
            <dt>Jurisdictions</dt>
            <dd>{dev.jurisdictions.join(', ')}</dd>
          </>
        )}
        {(dev.mentionedJurisdictions ?? []).length > 0 && (
          <>
            <dt>Also mentions</dt>
            <dd>{dev.mentionedJurisdictions!.join(', ')}</dd>
          </>
        )}
        {dev.topics.length > 0 && (
          <>
            <dt>Topics</dt>
            <dd>{dev.topics.join(', ')}</dd>
          </>
        )}
        {dev.actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>{dev.actors.join(', ')}</dd>
          </>
        )}
        {dev.notes && (
          <>
            <dt>Notes</dt>
            <dd>{dev.notes}</dd>
          </>
        )}
        <dt>Revision</dt>
        <dd>{dev.revision}</dd>
      </dl>
      <Backlinks developmentId={dev.id} revision={dev.revision} />
      <RevisionHistory development={dev} onRestored={onRestored} />
      <div className="development-actions">
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" onClick={onDelete}>
          Delete
        </button>
      </div>
    </div>
  );
}
