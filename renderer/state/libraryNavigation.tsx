import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/** A development the library panel is asked to show; `serial` tells two requests for the same one apart. */
export interface DevelopmentRequest {
  developmentId: string;
  serial: number;
}

const ShowDevelopmentContext = createContext<((developmentId: string) => void) | null>(null);
const RequestContext = createContext<DevelopmentRequest | null>(null);

/** Lets the note ask the library panel to show a development (a source chip's "Open source"). */
export function LibraryNavigationProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<DevelopmentRequest | null>(null);
  const showDevelopment = useCallback(
    (developmentId: string) => setRequest((previous) => ({ developmentId, serial: (previous?.serial ?? 0) + 1 })),
    [],
  );
  return (
    <ShowDevelopmentContext.Provider value={showDevelopment}>
      <RequestContext.Provider value={request}>{children}</RequestContext.Provider>
    </ShowDevelopmentContext.Provider>
  );
}

/** Shows a development in the library panel, with focus on its title. */
export function useShowDevelopment(): (developmentId: string) => void {
  const show = useContext(ShowDevelopmentContext);
  if (!show) throw new Error('useShowDevelopment needs a LibraryNavigationProvider above it.');
  return show;
}

/** The latest development the library panel was asked to show, for the panel. */
export function useDevelopmentRequest(): DevelopmentRequest | null {
  return useContext(RequestContext);
}
