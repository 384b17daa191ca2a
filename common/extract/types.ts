import type { DevelopmentStatus } from '../development';

/** A document as read from a file or a paste, before anything is proposed from it. */
export interface SourceDocument {
  fileName: string | null;
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
  /** What the file itself says (HTML meta tags and JSON-LD, PDF info, DOCX properties), if anything. */
  metadata: {
    title?: string;
    publisher?: string;
    author?: string;
    /** YYYY-MM-DD */
    publishedDate?: string;
    url?: string;
  };
}

export interface ProposedKeyDate {
  /** YYYY-MM-DD */
  date: string;
  label: string;
  /** The words the date was read from ("within the next 60 days"), for the reviewer. */
  source: string;
  /** True when the date was counted from another ("within 60 days" of publication) rather than written. */
  estimate: boolean;
}

/** Where a proposed field came from, for the reviewer: the line or sentence, and whether to check it. */
export interface FieldEvidence {
  /** The words the value was read from ("Source: Xinhua Updated: 2024-03-25"), or how it was chosen. */
  text: string;
  /** True when the extractor guessed from weak signs: the review form marks the field for checking. */
  unsure: boolean;
}

export const EVIDENCE_FIELDS = ['title', 'publisher', 'author', 'publishedDate', 'jurisdictions', 'mentionedJurisdictions', 'status'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
export type ExtractionEvidence = Partial<Record<EvidenceField, FieldEvidence>>;

/** What Brieflink proposes for a new development; the user reviews it before saving. */
export interface ExtractedDevelopment {
  title: string;
  publisher: string;
  author: string | null;
  publishedDate: string | null;
  url: string | null;
  /** The jurisdictions that act (whose government, legislature, regulator or court does what is reported). */
  jurisdictions: string[];
  /** Jurisdictions the text names without them acting. */
  mentionedJurisdictions: string[];
  status: DevelopmentStatus;
  topics: string[];
  keyDates: ProposedKeyDate[];
  actors: string[];
  summary: string;
  keyPoints: string[];
  evidence: ExtractionEvidence;
}

/** The summary (3–5 sentences, in text order, as one paragraph) and the key points. */
export interface ProposedSummary {
  summary: string;
  keyPoints: string[];
}

export interface ExtractOptions {
  /** Topic names the user's taxonomy holds. */
  taxonomy: readonly string[];
  /** YYYY-MM-DD; only for what the text itself dates against today ("as of today"), never to guess a year. */
  today: string;
}
