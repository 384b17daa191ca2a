import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../../../common/csp';
import { PRINT_PAGE_HEADERS } from '../../../../common/print/printPageHeaders';
import { createPrintPages } from '../../../../electron/services/export/printPages';
import { makeTempDir, removeTempDir } from '../../../support/backendFixture';

/** Electron's protocol module as serveRenderer uses it: the handler it registers, called with requests. */
const electron = vi.hoisted(() => ({ handlers: new Map<string, (request: Request) => Response>() }));
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Response) => electron.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: () => {},
  },
}));

const { serveRenderer } = await import('../../../../electron/shell/protocol');

describe('the brieflink: scheme', () => {
  let rendererDir: string;
  const pages = createPrintPages();
  const fetchApp = (url: string, method = 'GET') => electron.handlers.get('brieflink')!(new Request(url, { method }));

  beforeAll(() => {
    rendererDir = makeTempDir('brieflink-protocol-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Brieflink</title>');
    serveRenderer(rendererDir, (pathname) => pages.take(pathname));
  });
  afterAll(() => removeTempDir(rendererDir));

  it('serves the renderer with its CSP', async () => {
    const response = fetchApp('brieflink://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP);
  });

  it('serves the page Print… prints once, with the print page headers, and nothing at any other print path', async () => {
    const page = pages.show('<!DOCTYPE html><title>Printed</title>');
    expect(fetchApp(`brieflink://app${page}`, 'POST').status).toBe(404);
    const response = fetchApp(`brieflink://app${page}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!DOCTYPE html><title>Printed</title>');
    for (const [name, value] of Object.entries(PRINT_PAGE_HEADERS)) expect(response.headers.get(name)).toBe(value);
    expect(fetchApp(`brieflink://app${page}`).status).toBe(404);
    expect(fetchApp('brieflink://app/print/00000000-0000-4000-8000-000000000000').status).toBe(404);
  });
});
