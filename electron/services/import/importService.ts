import { extractDevelopmentAlongside } from '../../../common/extract/extractDevelopment';
import type { SourceDocument } from '../../../common/extract/types';
import { MAX_FULL_TEXT_CHARS, type DevelopmentFields, type Development } from '../../../common/development';
import { newKeyPointId } from '../../../common/keyPointId';
import type { ImportProposal } from '../../../common/libraryImport';
import { isWebAddress, withoutCredentials } from '../../../common/urls';
import type { LibraryService } from '../library/library';
import { tidyParagraphs } from './decodeText';
import { importError } from './importError';
import { summaryInHelper } from './importHelper';
import { base64Size, checkImportSize, readDocument } from './readDocument';

export interface ImportService {
  /** Reads one uploaded file and proposes a development from it; nothing is saved yet. */
  proposeFromFile(fileName: string, dataBase64: string): Promise<ImportProposal>;
  proposeFromText(text: string): Promise<ImportProposal>;
  proposeFromDocument(doc: SourceDocument): Promise<ImportProposal>;
  /** Saves a reviewed proposal as a new entry, or over an existing one it duplicates. */
  save(fields: DevelopmentFields, replaceId?: string): Development;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export function createImportService(library: LibraryService, now: () => Date = () => new Date()): ImportService {
  const proposeFromDocument = async (doc: SourceDocument): Promise<ImportProposal> => {
    // A proposal holding more could never be saved; refused before extraction, which works on the back end's thread.
    if (doc.text.length > MAX_FULL_TEXT_CHARS) {
      const millions = (doc.text.length / 1e6).toFixed(1);
      throw importError(doc.fileName ?? 'Pasted text', `it holds ${millions} million characters of text; a library entry keeps at most ${MAX_FULL_TEXT_CHARS / 1e6} million. Import a shorter file, or paste the part you need.`);
    }
    const date = today(now());
    // The summary is ranked on a helper thread (when they are ready) while this one reads the
    // other facts and then checks for duplicates; a failure of either is the proposal's.
    const [proposed, duplicates] = await Promise.all([
      extractDevelopmentAlongside(doc, { taxonomy: library.topics(), today: date }, summaryInHelper),
      (async () => library.findDuplicates({ url: doc.metadata.url ?? null, fullText: doc.text }))(),
    ]);
    const taken = new Set<string>();
    const keyPoints = proposed.keyPoints.map((text) => {
      const id = newKeyPointId(text, taken);
      taken.add(id);
      return { id, text };
    });
    const fields: DevelopmentFields = {
      title: proposed.title.slice(0, 500) || 'Untitled development',
      publisher: proposed.publisher.slice(0, 200),
      author: (proposed.author ?? '').slice(0, 200),
      // Only a web address becomes the link, without any credentials written into it.
      url: proposed.url && isWebAddress(proposed.url) ? withoutCredentials(proposed.url.trim()) : null,
      publishedDate: proposed.publishedDate,
      retrievedDate: date,
      jurisdictions: proposed.jurisdictions,
      mentionedJurisdictions: proposed.mentionedJurisdictions,
      topics: proposed.topics,
      status: proposed.status,
      summary: proposed.summary,
      keyPoints,
      keyDates: proposed.keyDates.map(({ date: when, label }) => ({ date: when, label })),
      actors: proposed.actors,
      fullText: doc.text,
      // Proposed by extraction: a person has not read them yet.
      summaryProvenance: 'machine',
      keyPointsProvenance: 'machine',
      notes: '',
    };
    const evidence = {
      fields: Object.fromEntries(Object.entries(proposed.evidence).map(([field, item]) => [field, { text: item.text.slice(0, 2000), unsure: item.unsure }])),
      keyDates: proposed.keyDates.map(({ date: when, label, source, estimate }) => ({ date: when, label, source: source.slice(0, 500), estimate })),
    };
    return { fileName: doc.fileName, fields, evidence, duplicates };
  };

  return {
    async proposeFromFile(fileName, dataBase64) {
      checkImportSize(fileName, base64Size(dataBase64));
      const bytes = Buffer.from(dataBase64, 'base64');
      return proposeFromDocument(await readDocument(fileName, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)));
    },
    async proposeFromText(text) {
      const tidy = tidyParagraphs(text.replace(/\r\n?/g, '\n'));
      if (!tidy) throw importError('Pasted text', 'there is no text to import.');
      return proposeFromDocument({ fileName: null, text: tidy, metadata: {} });
    },
    proposeFromDocument,
    save(fields, replaceId) {
      if (!replaceId) return library.create(fields);
      return library.transaction(() => library.update(replaceId, fields, library.get(replaceId).revision));
    },
  };
}
