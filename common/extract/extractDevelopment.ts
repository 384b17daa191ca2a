import type { ExtractedDevelopment, ExtractOptions, SourceDocument } from './types';
import { extractActors } from './actors';
import { extractKeyDates } from './dates';
import { fiscalConventionFor } from './fiscalYears';
import { extractJurisdictions } from './jurisdictions';
import { readHeader } from './metadata';
import { splitSentences } from './sentences';
import { asKeyPoint, keyPointCount, rankSentences, summaryLength } from './summarize';
import { extractTopics } from './topics';

/**
 * The extractors read at most this much of the body. A policy article is a few tens of KB;
 * past this the text is an archive or junk, and its opening is what a reviewer checks.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/**
 * Proposes a development from a document, offline: header fields from metadata or the
 * text, jurisdictions, topics, key dates, actors, and a ranked extractive summary with key
 * points. Nothing here throws on odd input; an empty text gives an empty proposal.
 */
export function extractDevelopment(doc: SourceDocument, options: ExtractOptions): ExtractedDevelopment {
  const header = readHeader({ ...doc, text: doc.text ?? '' }, options.today);
  const body = header.body.length > MAX_ANALYSED_CHARS ? header.body.slice(0, MAX_ANALYSED_CHARS) : header.body;
  const sentences = splitSentences(body);
  const ranked = rankSentences(sentences, header.title).ordered;
  const summary = ranked
    .slice(0, summaryLength(sentences.length))
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text);
  const keyPoints = ranked
    .slice(0, keyPointCount(sentences.length))
    .sort((a, b) => a.index - b.index)
    .map((s) => asKeyPoint(s.text));
  const jurisdictions = extractJurisdictions(header.title, body);
  return {
    title: header.title,
    publisher: header.publisher,
    author: header.author,
    publishedDate: header.publishedDate,
    url: doc.metadata.url ?? null,
    jurisdictions,
    topics: extractTopics(header.title, body, options.taxonomy),
    keyDates: extractKeyDates(
      sentences.map((s) => s.text),
      header.publishedDate ?? options.today,
      fiscalConventionFor(jurisdictions[0]),
    ),
    actors: extractActors(body),
    summary: summary.join(' '),
    keyPoints,
  };
}
