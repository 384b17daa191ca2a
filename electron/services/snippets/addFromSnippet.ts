import { findSnippets } from '../../../common/citations';
import { developmentFieldsSchema, isoDateSchema, type Development, type DevelopmentFields } from '../../../common/development';
import { noteTitle, type Note } from '../../../common/note';
import { AppError } from '../../../common/result';
import type { SnippetData } from '../../../common/snippet';
import type { LibraryService } from '../library/library';

/** The fields of a development made from what a snippet carries: a person chose to add it, so it is marked human. */
export function fieldsFromSnippet(snippet: SnippetData, authorText: string, noteName: string): DevelopmentFields {
  const source = snippet.source;
  const summary = (snippet.insertedText.trim() || authorText.trim()).slice(0, 20_000);
  return developmentFieldsSchema.parse({
    title: source.title.trim() || 'Untitled source',
    publisher: source.publisher,
    author: '',
    url: source.url?.trim() || null,
    publishedDate: source.publishedDate && isoDateSchema.safeParse(source.publishedDate).success ? source.publishedDate : null,
    retrievedDate: null,
    jurisdictions: [],
    topics: [],
    status: 'announced',
    summary,
    keyPoints: [],
    keyDates: [],
    actors: [],
    fullText: '',
    summaryProvenance: 'human',
    keyPointsProvenance: 'human',
    notes: `Added from a linked snippet in the note “${noteName}”.`.slice(0, 50_000),
  });
}

/**
 * "Add to my library" for a snippet whose source is missing: creates the development under
 * the snippet's development id. An id already in use (in the library or its trash) is
 * refused: a local entry is never overwritten.
 */
export function addFromSnippet(library: LibraryService, note: Note, snippetId: string): Development {
  const found = findSnippets(note.body.root.children).find((snippet) => snippet.data?.id === snippetId);
  if (!found?.data) {
    throw new AppError('NOT_FOUND', 'This note has no readable linked snippet with that id. Save the note and try again.');
  }
  const { data } = found;
  const id = data.source.developmentId;
  return library.transaction(() => {
    const existing = library.find(id);
    if (existing) {
      const where = isInTrash(library, id) ? 'in the library’s trash' : 'in your library';
      throw new AppError(
        'BAD_ARGUMENTS',
        `Not added: “${existing.title}” already uses the id ${id} ${where}. Your entry was left as it is; open it from the library instead.`,
      );
    }
    return library.create(fieldsFromSnippet(data, found.text, noteTitle(note)), { id });
  });
}

function isInTrash(library: LibraryService, id: string): boolean {
  try {
    library.get(id);
    return false;
  } catch {
    return true;
  }
}
