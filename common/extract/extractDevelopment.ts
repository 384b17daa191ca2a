import type { ExtractedDevelopment, ExtractOptions, SourceDocument } from './types';

/** Sentences of a text, split at end punctuation followed by a space and a capital. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"‘'])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * Proposes a development from a document. This first version takes the title from the
 * file's metadata or first line and the summary from the leading sentences (the lead-3
 * baseline); jurisdictions, topics, dates, actors and a ranked summary come later.
 */
export function extractDevelopment(doc: SourceDocument, _options: ExtractOptions): ExtractedDevelopment {
  const lines = doc.text.split('\n').map((line) => line.trim()).filter(Boolean);
  const title = doc.metadata.title?.trim() || lines[0]?.slice(0, 300) || doc.fileName || 'Untitled development';
  const body = lines[0] === title ? lines.slice(1).join('\n') : lines.join('\n');
  const sentences = splitSentences(body);
  return {
    title,
    publisher: doc.metadata.publisher ?? '',
    author: doc.metadata.author ?? null,
    publishedDate: doc.metadata.publishedDate ?? null,
    url: doc.metadata.url ?? null,
    jurisdictions: [],
    topics: [],
    keyDates: [],
    actors: [],
    summary: sentences.slice(0, 3).join(' '),
    keyPoints: sentences.slice(3, 7),
  };
}
