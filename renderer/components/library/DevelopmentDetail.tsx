import { needsReview, type Development } from '../../../common/development';

interface DevelopmentDetailProps {
  development: Development;
  onEdit(): void;
  onDelete(): void;
}

/** A development as stored: summary, key points, dates, actors and where it came from. */
export function DevelopmentDetail({ development: dev, onEdit, onDelete }: DevelopmentDetailProps) {
  const source = [dev.publisher, dev.author, dev.publishedDate && `published ${dev.publishedDate}`].filter(Boolean).join(' · ');
  return (
    <div className="development">
      {needsReview(dev) && <p className="review-note">Summary or key points proposed by Brieflink: not yet reviewed.</p>}
      <p>{dev.summary}</p>
      <h3>Key points</h3>
      <ul>
        {dev.keyPoints.map((point) => (
          <li key={point.id}>{point.text}</li>
        ))}
      </ul>
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
