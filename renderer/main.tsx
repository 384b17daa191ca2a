import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { BrieflinkClient } from './client/client';
import { ClientContext } from './client/ClientContext';
import { createElectronClient } from './client/electronClient';
import { createHttpClient, takeSessionToken } from './client/httpClient';
import { WindowStateProvider } from './state/WindowStateProvider';
import './styles.css';

function connect(): BrieflinkClient | null {
  if (window.brieflink) return createElectronClient(window.brieflink);
  const token = takeSessionToken(window.location, window.sessionStorage, window.history);
  return token ? createHttpClient(token) : null;
}

const client = connect();
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    {client ? (
      <ClientContext.Provider value={client}>
        <WindowStateProvider>
          <App />
        </WindowStateProvider>
      </ClientContext.Provider>
    ) : (
      <main className="fatal">
        <h1>Brieflink</h1>
        <p role="alert">
          This page was opened without its session key. Open Brieflink from the full address that “npm run serve”
          printed (it ends with #token=…).
        </p>
      </main>
    )}
  </StrictMode>,
);
