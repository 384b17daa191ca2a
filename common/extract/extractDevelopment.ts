import type { ExtractedDevelopment, ExtractOptions, ProposedSummary, SourceDocument } from './types';
import { extractActors } from './actors';
import { extractKeyDates } from './dates';
import { fiscalConventionFor } from './fiscalYears';
import { classifyJurisdictions } from './jurisdictions';
import { isFurniture } from './furniture';
import { readHeader, type DocumentHeader } from './metadata';
import { splitSentences, type Sentence } from './sentences';
import { extractStatus } from './status';
import { summarizeSentences } from './summarize';
import { extractTopics } from './topics';

/**
 * The extractors read at most this much of the body. A policy article is a few tens of KB;
 * past this the text is an archive or junk, and its opening is what a reviewer checks.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/**
 * Ranks a body's sentences into a summary somewhere else (another thread), or answers null
 * when there is nowhere else to do it. It must give what `summarizeSentences` gives here.
 */
export type SummarizeElsewhere = (body: string, title: string) => Promise<ProposedSummary> | null;

function headerAndBody(doc: SourceDocument, options: ExtractOptions): { header: DocumentHeader; body: string; summaryBody: string } {
  const header = readHeader({ ...doc, text: doc.text ?? '' }, options.today);
  const body = header.body.length > MAX_ANALYSED_CHARS ? header.body.slice(0, MAX_ANALYSED_CHARS) : header.body;
  // Bullets, captions and sub-headings inform the facts but never open or pad a summary.
  const summaryBody = body
    .split('\n')
    .filter((line) => !isFurniture(line))
    .join('\n');
  return { header, body, summaryBody };
}

/** Everything but the summary: header fields, jurisdictions, topics, key dates and actors. */
function extractFacts(doc: SourceDocument, header: DocumentHeader, body: string, sentences: readonly Sentence[], options: ExtractOptions) {
  const found = classifyJurisdictions({ title: header.title, body, publisher: header.publisher, datelinePlace: header.datelinePlace ?? undefined });
  const jurisdictions = found.acting;
  const status = extractStatus(header.title, sentences.map((s) => s.text));
  return {
    title: header.title,
    publisher: header.publisher,
    author: header.author,
    publishedDate: header.publishedDate,
    url: doc.metadata.url ?? null,
    jurisdictions,
    mentionedJurisdictions: found.mentioned,
    status: status.status,
    evidence: { ...header.evidence, jurisdictions: found.actingEvidence, mentionedJurisdictions: found.mentionedEvidence, status: status.evidence },
    topics: extractTopics(header.title, body, options.taxonomy),
    keyDates: extractKeyDates(
      sentences.map((s) => s.text),
      header.publishedDate,
      fiscalConventionFor(jurisdictions[0]),
    ),
    actors: extractActors(body),
  };
}

/**
 * Proposes a development from a document, offline: header fields from metadata or the
 * text, jurisdictions, topics, key dates, actors, and a ranked extractive summary with key
 * points. Nothing here throws on odd input; an empty text gives an empty proposal.
 */
export function extractDevelopment(doc: SourceDocument, options: ExtractOptions): ExtractedDevelopment {
  const { header, body, summaryBody } = headerAndBody(doc, options);
  const sentences = splitSentences(body);
  return { ...extractFacts(doc, header, body, sentences, options), ...summarizeSentences(splitSentences(summaryBody), header.title) };
}

/**
 * The same proposal, with the summary ranked elsewhere while this thread reads the facts.
 * The ranking is the larger half of the work. The facts are read before this returns its
 * promise, so a caller can do more of its own work (a duplicate check) before awaiting it.
 * If the summary cannot be had elsewhere, it is ranked here.
 */
export async function extractDevelopmentAlongside(doc: SourceDocument, options: ExtractOptions, elsewhere: SummarizeElsewhere): Promise<ExtractedDevelopment> {
  const { header, body, summaryBody } = headerAndBody(doc, options);
  const away = elsewhere(summaryBody, header.title);
  const sentences = splitSentences(body);
  const facts = extractFacts(doc, header, body, sentences, options);
  const summary = (await away?.catch(() => null)) ?? summarizeSentences(splitSentences(summaryBody), header.title);
  return { ...facts, ...summary };
}
