import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createIncomingFileStore, type IncomingFile, type IncomingFileStore, type IncomingTarget } from './incomingFileStore';

const IncomingFilesContext = createContext<IncomingFileStore | null>(null);

/** Files dropped on the window or opened from the desktop, on their way to the panel that imports them. */
export function IncomingFilesProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createIncomingFileStore);
  return <IncomingFilesContext.Provider value={store}>{children}</IncomingFilesContext.Provider>;
}

export function useIncomingFileStore(): IncomingFileStore {
  const store = useContext(IncomingFilesContext);
  if (!store) throw new Error('useIncomingFileStore needs an IncomingFilesProvider above it.');
  return store;
}

/** Hands the importing panel the files for it: those waiting when it is shown, then each as it comes. */
export function useIncomingFiles<T extends IncomingTarget>(target: T, receive: (files: Extract<IncomingFile, { for: T }>[]) => void): void {
  const store = useIncomingFileStore();
  // The latest receiver (it closes over the panel's state); the subscription stays the same.
  const receiver = useRef(receive);
  useEffect(() => {
    receiver.current = receive;
  });
  useEffect(() => {
    const takeWaiting = () => {
      const files = store.take(target);
      if (files.length > 0) receiver.current(files);
    };
    takeWaiting();
    return store.subscribe(takeWaiting);
  }, [store, target]);
}
