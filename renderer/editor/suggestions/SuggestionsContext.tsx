import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ListedSuggestion } from '../../../common/suggestions';

/** Whether edits are recorded as suggestions, and the note's suggestions as the editor last listed them. */
export interface Suggestions {
  suggesting: boolean;
  setSuggesting(on: boolean): void;
  list: readonly ListedSuggestion[];
  setList(list: readonly ListedSuggestion[]): void;
}

const SuggestionsContext = createContext<Suggestions | null>(null);

export function useSuggestions(): Suggestions | null {
  return useContext(SuggestionsContext);
}

function sameList(a: readonly ListedSuggestion[], b: readonly ListedSuggestion[]): boolean {
  return a.length === b.length && a.every((item, index) => item.suggestionId === b[index]!.suggestionId && item.text === b[index]!.text);
}

export function SuggestionsProvider({ children }: { children: ReactNode }) {
  const [suggesting, setSuggesting] = useState(false);
  const [list, setListState] = useState<readonly ListedSuggestion[]>([]);
  const setList = useCallback((next: readonly ListedSuggestion[]) => setListState((current) => (sameList(current, next) ? current : next)), []);
  const value = useMemo(() => ({ suggesting, setSuggesting, list, setList }), [suggesting, list, setList]);
  return <SuggestionsContext.Provider value={value}>{children}</SuggestionsContext.Provider>;
}
