import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import type { Development, SearchFilters as Filters } from '../../common/development';
import { messageOf } from '../../common/messageOf';
import { useClient } from '../client/ClientContext';
import { useIncomingFileStore } from '../state/incomingFiles';
import { useLibraryChanged } from '../state/libraryChanges';
import { useWindowCommandActions } from '../state/windowCommands';
import { useDevelopmentRequest } from '../state/libraryNavigation';
import { INITIAL_LIBRARY_PANEL, isOpen, libraryPanelReducer } from './library/libraryPanelState';
import { SearchFilters, type SortOrder } from './library/SearchFilters';
import { SearchResults } from './library/SearchResults';
import { useLibrarySearch } from './library/useLibrarySearch';

// Search and results are on the first screen; reading, editing, importing and sharing load when first opened.
const DevelopmentDetail = lazy(() => import('./library/DevelopmentDetail').then((module) => ({ default: module.DevelopmentDetail })));
const DevelopmentForm = lazy(() => import('./library/DevelopmentForm').then((module) => ({ default: module.DevelopmentForm })));
const ImportPanel = lazy(() => import('./library/ImportPanel').then((module) => ({ default: module.ImportPanel })));
const SharePanel = lazy(() => import('./library/SharePanel').then((module) => ({ default: module.SharePanel })));
const loading = <p role="status">Loading…</p>;

/** Search, filter, read, edit, delete (with undo) and import library developments. */
export function LibraryPanel() {
  const client = useClient();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<SortOrder>('relevance');
  const { hits, resultsFor, error: searchError, refresh } = useLibrarySearch(query, filters, sort);
  const [facets, setFacets] = useState<{ jurisdictions: string[]; topics: string[] }>({ jurisdictions: [], topics: [] });
  const [state, dispatch] = useReducer(libraryPanelReducer, INITIAL_LIBRARY_PANEL);
  const { selected, editing, pinned, importing, sharing, trashed, message } = state;
  const fail = (reason: unknown) => dispatch({ type: 'failed', message: messageOf(reason) });
  const libraryChanged = useLibraryChanged();
  const resultsId = useId();
  const searchBox = useRef<HTMLInputElement>(null);
  /** Counts "Import into library…" since the panel was last opened by hand: each one opens the import panel's file picker. */
  const [pickerRequests, setPickerRequests] = useState(0);
  useWindowCommandActions(
    useMemo(
      () => ({
        // View › Library panel: the keyboard's way to the library's search, wherever the focus is.
        'view.libraryPanel': () => searchBox.current?.focus(),
        'library.import': () => {
          setPickerRequests((count) => count + 1);
          dispatch({ type: 'open import' });
        },
      }),
      [],
    ),
  );
  const openedHeading = useRef<HTMLHeadingElement>(null);
  /** Set when a development is pinned from the note: its title takes the focus once shown. */
  const focusPinned = useRef(false);
  useEffect(() => {
    if (!focusPinned.current || !openedHeading.current) return;
    focusPinned.current = false;
    openedHeading.current.focus();
  }, [selected, pinned]);

  // A source chip in the note opens its development here, even if it is not among the results.
  const request = useDevelopmentRequest();
  useEffect(() => {
    if (!request) return;
    dispatch({ type: 'stop editing' });
    client
      .call('library.get', { id: request.developmentId })
      .then((development) => {
        dispatch({ type: 'pin', development });
        focusPinned.current = true;
      })
      .catch((reason: unknown) => dispatch({ type: 'failed', message: messageOf(reason) }));
  }, [request, client]);

  // Documents dropped on the window (or opened from the desktop) are read in the import panel, which takes them once shown.
  const incoming = useIncomingFileStore();
  useEffect(() => {
    const openImport = () => {
      if (incoming.waiting('library')) dispatch({ type: 'open import' });
    };
    openImport();
    return incoming.subscribe(openImport);
  }, [incoming]);

  const refreshFacets = useCallback(() => {
    client
      .call('library.facets', {})
      .then(setFacets)
      .catch((reason: unknown) => dispatch({ type: 'failed', message: messageOf(reason) }));
  }, [client]);
  useEffect(refreshFacets, [refreshFacets]);

  const afterChange = () => {
    refresh();
    refreshFacets();
  };

  async function open(id: string) {
    const closing = isOpen(state, id);
    dispatch({ type: 'choose', id });
    if (closing) return;
    try {
      dispatch({ type: 'show', development: await client.call('library.get', { id }) });
    } catch (reason) {
      fail(reason);
    }
  }

  async function remove(development: Development) {
    try {
      await client.call('library.trash', { id: development.id });
      dispatch({ type: 'trashed', development });
      afterChange();
    } catch (reason) {
      fail(reason);
    }
  }

  async function undo() {
    if (!trashed) return;
    try {
      dispatch({ type: 'untrashed', development: await client.call('library.restore', { id: trashed.id }) });
      afterChange();
    } catch (reason) {
      fail(reason);
    }
  }

  const detail = selected && (
    <Suspense fallback={loading}>
      {editing ? (
        <DevelopmentForm
          key={`${selected.id}-${selected.revision}`}
          initial={selected}
          saveLabel="Save changes"
          onCancel={() => dispatch({ type: 'stop editing' })}
          onSave={async (fields) => {
            const saved = await client.call('library.update', { id: selected.id, fields, revision: selected.revision });
            dispatch({ type: 'changed', development: saved, message: `Saved “${saved.title}” (revision ${saved.revision}).` });
            libraryChanged();
            afterChange();
          }}
        />
      ) : (
        <DevelopmentDetail
          development={selected}
          onEdit={() => dispatch({ type: 'edit' })}
          onDelete={() => remove(selected)}
          onRestored={(restored, revision) => {
            dispatch({ type: 'changed', development: restored, message: `Restored revision ${revision} of “${restored.title}” as revision ${restored.revision}.` });
            libraryChanged();
            afterChange();
          }}
        />
      )}
    </Suspense>
  );

  return (
    <div className="library">
      <div className="library-heading">
        <h2>Library</h2>
        <div className="library-tools">
          <button
            type="button"
            aria-expanded={importing}
            onClick={() => {
              setPickerRequests(0);
              dispatch({ type: 'toggle import' });
            }}
          >
            Import
          </button>
          <button type="button" aria-expanded={sharing} onClick={() => dispatch({ type: 'toggle share' })}>
            Share
          </button>
        </div>
      </div>
      <Suspense fallback={loading}>
        {sharing && <SharePanel query={query} filters={filters} onChanged={afterChange} />}
        {importing && (
          <ImportPanel
            pickerRequests={pickerRequests}
            onSaved={(id) => {
              afterChange();
              void open(id);
            }}
          />
        )}
      </Suspense>
      <label htmlFor="library-search">Search library</label>
      <input
        ref={searchBox}
        id="library-search"
        type="search"
        value={query}
        aria-controls={resultsId}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="e.g. export controls"
      />
      <SearchFilters
        filters={filters}
        sort={sort}
        jurisdictions={facets.jurisdictions}
        topics={facets.topics}
        onChange={setFilters}
        onSortChange={setSort}
      />
      {trashed && (
        <div className="undo-bar">
          <span>“{trashed.title}” was moved to the trash.</span>
          <button type="button" onClick={undo}>
            Undo
          </button>
        </div>
      )}
      {(searchError || message) && <p role="alert">{searchError ?? message}</p>}
      <p className="visually-hidden" role="status">
        {query || Object.keys(filters).length > 0 ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </p>
      {selected && (pinned || !hits.some((hit) => hit.id === selected.id)) && (
        <section className="opened-development" aria-labelledby="opened-development-title">
          <h3 id="opened-development-title" ref={openedHeading} tabIndex={-1}>
            {selected.title}
          </h3>
          {detail}
        </section>
      )}
      <SearchResults id={resultsId} hits={hits} resultsFor={resultsFor} selectedId={pinned ? null : (selected?.id ?? null)} onSelect={open} detail={detail} />
      {(query || Object.keys(filters).length > 0) && hits.length === 0 && !searchError && (
        <p className="muted">{query ? `No developments match “${query}”.` : 'No developments match these filters.'}</p>
      )}
    </div>
  );
}
