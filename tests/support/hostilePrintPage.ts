import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A print page that asks for everything a print page must never get: a stylesheet, a font,
 * a background, an image and a frame from `base`, and a script that would change the title
 * and the text and fetch from `base`.
 */
export function hostilePrintPage(base: string): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><title>Static title</title>' +
    `<link rel="stylesheet" href="${base}/style.css"><style>@font-face { font-family: X; src: url(${base}/font.woff2) } body { font-family: X; background: url(${base}/bg.png) }</style>` +
    `</head><body><p>Hello</p><img src="${base}/image.png" alt="">` +
    `<iframe src="${base}/frame.html"></iframe>` +
    `<script>document.title = 'Changed by script'; document.body.append('Script ran'); fetch('${base}/fetch')</script></body></html>`
  );
}

/**
 * Runs `work` with a local HTTP server at `base` and returns how many requests reached it.
 * Chromium may open a connection ahead of a frame's navigation even when the request itself
 * is refused; such connections are closed at the end, so a page kept open does not hold the
 * server up.
 */
export async function countRequests(work: (base: string) => Promise<void>): Promise<number> {
  let requests = 0;
  const server = createServer((_, response) => {
    requests++;
    response.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return requests;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
