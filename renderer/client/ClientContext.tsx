import { createContext, useContext } from 'react';
import type { BrieflinkClient } from './client';

export const ClientContext = createContext<BrieflinkClient | null>(null);

export function useClient(): BrieflinkClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientContext');
  return client;
}
