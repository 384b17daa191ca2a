/** A document as read from a file or a paste, before anything is proposed from it. */
export interface SourceDocument {
  fileName: string | null;
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
  /** What the file itself says (HTML meta tags, PDF info, DOCX properties), if anything. */
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
}

/** What Brieflink proposes for a new development; the user reviews it before saving. */
export interface ExtractedDevelopment {
  title: string;
  publisher: string;
  author: string | null;
  publishedDate: string | null;
  url: string | null;
  jurisdictions: string[];
  topics: string[];
  keyDates: ProposedKeyDate[];
  actors: string[];
  summary: string;
  keyPoints: string[];
}

/** The summary (3–5 sentences, in text order, as one paragraph) and the key points. */
export interface ProposedSummary {
  summary: string;
  keyPoints: string[];
}

export interface ExtractOptions {
  /** Topic names the user's taxonomy holds. */
  taxonomy: readonly string[];
  /** YYYY-MM-DD; relative dates resolve against the publication date, else this. */
  today: string;
}
