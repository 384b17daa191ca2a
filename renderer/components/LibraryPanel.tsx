import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Development, SearchFilters as Filters } from '../../common/development';
import { useClient } from '../client/ClientContext';
import { useEditorBridge } from '../editor/EditorBridge';
import { messageOf } from '../../common/messageOf';
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
  const [selected, setSelected] = useState<Development | null>(null);
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [trashed, setTrashed] = useState<{ id: string; title: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const resultsId = useId();
  const bridge = useEditorBridge();
  const openedHeading = useRef<HTMLHeadingElement>(null);
  // Opened from a source chip in the note: shown above the results, with focus on its title.
  const [pinned, setPinned] = useState(false);
  const focusPinned = useRef(false);
  useEffect(() => {
    if (!focusPinned.current || !openedHeading.current) return;
    focusPinned.current = false;
    openedHeading.current.focus();
  }, [selected, pinned]);

  // A source chip in the note opens its development here, even if it is not among the results.
  useEffect(() => {
    if (!bridge) return;
    bridge.showDevelopment = (id) => {
      setEditing(false);
      client
        .call('library.get', { id })
        .then((development) => {
          setSelected(development);
          setPinned(true);
          focusPinned.current = true;
        })
        .catch((reason: unknown) => setMessage(messageOf(reason)));
    };
    return () => {
      bridge.showDevelopment = null;
    };
  }, [bridge, client]);

  const refreshFacets = useCallback(() => {
    client.call('library.facets', {}).then(setFacets).catch((reason) => setMessage(messageOf(reason)));
  }, [client]);
  useEffect(refreshFacets, [refreshFacets]);

  const afterChange = () => {
    refresh();
    refreshFacets();
  };

  async function open(id: string) {
    setEditing(false);
    setPinned(false);
    if (selected?.id === id) return setSelected(null);
    try {
      setSelected(await client.call('library.get', { id }));
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  async function remove(dev: Development) {
    try {
      await client.call('library.trash', { id: dev.id });
      setSelected(null);
      setTrashed({ id: dev.id, title: dev.title });
      afterChange();
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  async function undo() {
    if (!trashed) return;
    try {
      setSelected(await client.call('library.restore', { id: trashed.id }));
      setTrashed(null);
      setMessage(`Restored “${trashed.title}”.`);
      afterChange();
    } catch (reason) {
      setMessage(messageOf(reason));
    }
  }

  const detail = selected && (
    <Suspense fallback={loading}>
      {editing ? (
        <DevelopmentForm
          key={`${selected.id}-${selected.revision}`}
          initial={selected}
          saveLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSave={async (fields) => {
            const saved = await client.call('library.update', { id: selected.id, fields, revision: selected.revision });
            setSelected(saved);
            window.dispatchEvent(new Event('brieflink:library-changed'));
            setEditing(false);
            setMessage(`Saved “${saved.title}” (revision ${saved.revision}).`);
            afterChange();
          }}
        />
      ) : (
        <DevelopmentDetail
          development={selected}
          onEdit={() => setEditing(true)}
          onDelete={() => remove(selected)}
          onRestored={(restored, revision) => {
            setSelected(restored);
            window.dispatchEvent(new Event('brieflink:library-changed'));
            setMessage(`Restored revision ${revision} of “${restored.title}” as revision ${restored.revision}.`);
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
          <button type="button" aria-expanded={importing} onClick={() => setImporting((on) => !on)}>
            Import
          </button>
          <button type="button" aria-expanded={sharing} onClick={() => setSharing((on) => !on)}>
            Share
          </button>
        </div>
      </div>
      <Suspense fallback={loading}>
        {sharing && <SharePanel query={query} filters={filters} onChanged={afterChange} />}
        {importing && (
          <ImportPanel
            onSaved={(id) => {
              afterChange();
              void open(id);
            }}
          />
        )}
      </Suspense>
      <label htmlFor="library-search">Search library</label>
      <input
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
