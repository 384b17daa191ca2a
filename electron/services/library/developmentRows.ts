import type { Development } from '../../../common/development';

/** A developments row as SQLite stores it: lists as JSON text, names in snake_case. */
export interface DevelopmentRow {
  id: string;
  title: string;
  publisher: string;
  author: string;
  url: string | null;
  published_date: string | null;
  retrieved_date: string | null;
  jurisdictions: string;
  mentioned_jurisdictions: string;
  topics: string;
  status: Development['status'];
  summary: string;
  key_points: string;
  key_points_text: string;
  key_dates: string;
  actors: string;
  full_text: string;
  summary_provenance: Development['summaryProvenance'];
  key_points_provenance: Development['keyPointsProvenance'];
  notes: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function fromRow(row: DevelopmentRow): Development {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    url: row.url,
    publishedDate: row.published_date,
    retrievedDate: row.retrieved_date,
    jurisdictions: JSON.parse(row.jurisdictions),
    mentionedJurisdictions: JSON.parse(row.mentioned_jurisdictions ?? '[]'),
    topics: JSON.parse(row.topics),
    status: row.status,
    summary: row.summary,
    keyPoints: JSON.parse(row.key_points),
    keyDates: JSON.parse(row.key_dates),
    actors: JSON.parse(row.actors),
    fullText: row.full_text,
    summaryProvenance: row.summary_provenance,
    keyPointsProvenance: row.key_points_provenance,
    notes: row.notes,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters for the write statements below. */
export function toParams(dev: Development): Record<string, string | number | null> {
  return {
    id: dev.id,
    title: dev.title,
    publisher: dev.publisher,
    author: dev.author,
    url: dev.url,
    publishedDate: dev.publishedDate,
    retrievedDate: dev.retrievedDate,
    jurisdictions: JSON.stringify(dev.jurisdictions),
    mentionedJurisdictions: JSON.stringify(dev.mentionedJurisdictions ?? []),
    topics: JSON.stringify(dev.topics),
    status: dev.status,
    summary: dev.summary,
    keyPoints: JSON.stringify(dev.keyPoints),
    keyPointsText: dev.keyPoints.map((point) => point.text).join('\n'),
    keyDates: JSON.stringify(dev.keyDates),
    actors: JSON.stringify(dev.actors),
    fullText: dev.fullText,
    summaryProvenance: dev.summaryProvenance,
    keyPointsProvenance: dev.keyPointsProvenance,
    notes: dev.notes,
    revision: dev.revision,
    createdAt: dev.createdAt,
    updatedAt: dev.updatedAt,
  };
}

export const INSERT_DEVELOPMENT = `
  INSERT INTO developments (id, title, publisher, author, url, published_date, retrieved_date, jurisdictions,
    mentioned_jurisdictions, topics, status, summary, key_points, key_points_text, key_dates, actors, full_text,
    summary_provenance, key_points_provenance, notes, revision, created_at, updated_at)
  VALUES (@id, @title, @publisher, @author, @url, @publishedDate, @retrievedDate, @jurisdictions,
    @mentionedJurisdictions, @topics, @status, @summary, @keyPoints, @keyPointsText, @keyDates, @actors, @fullText,
    @summaryProvenance, @keyPointsProvenance, @notes, @revision, @createdAt, @updatedAt)`;

export const UPDATE_DEVELOPMENT = `
  UPDATE developments SET title = @title, publisher = @publisher, author = @author, url = @url,
    published_date = @publishedDate, retrieved_date = @retrievedDate, jurisdictions = @jurisdictions,
    mentioned_jurisdictions = @mentionedJurisdictions, topics = @topics, status = @status, summary = @summary, key_points = @keyPoints,
    key_points_text = @keyPointsText, key_dates = @keyDates, actors = @actors, full_text = @fullText,
    summary_provenance = @summaryProvenance, key_points_provenance = @keyPointsProvenance, notes = @notes,
    revision = @revision, created_at = @createdAt, updated_at = @updatedAt, deleted_at = NULL
  WHERE id = @id`;
