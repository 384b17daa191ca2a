import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, readHtml } from '../../../../../electron/services/import/readHtml';

const PROSE = [
  'The ministry of trade set out tiered licences for sensor exports on Monday, with controls kept on the most advanced parts.',
  'Exporters will register each shipment, report end users and keep records for five years, the ministry said in a statement.',
  'Industry groups welcomed the clarity, though several warned that the reporting duties would fall hardest on small firms.',
];
const read = (html: string) => readHtml(new TextEncoder().encode(html), 'page.html');

describe('readHtml', () => {
  it('takes the article from a page without <article>, leaving out menus, related links, comments and banners', () => {
    const page = `<html><head><title>Sensors | Wire</title></head><body>
      <header><a href="/">Wire</a> <a href="/world">World</a></header>
      <div class="cookie-banner"><p>We use cookies to improve your experience, please accept them all today.</p></div>
      <div id="layout">
        <div class="story">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="sidebar"><p>Most read: a long list of other stories you might like, updated hourly.</p></div>
        <ul class="links"><li><a href="/a">Another story about a different topic entirely</a></li><li><a href="/b">And yet another story that is only a link</a></li></ul>
        <section id="comments"><p>First! This comment section is not part of the article at all, really.</p></section>
      </div>
      <footer><p>Copyright Wire, all rights reserved, no part may be reproduced.</p></footer>
    </body></html>`;
    const { text, metadata } = read(page);
    expect(text.split('\n\n')).toEqual(PROSE);
    expect(metadata.title).toBe('Sensors | Wire');
  });

  it('keeps nothing of scripts, styles, templates, frames, forms, hidden elements or event handlers', () => {
    const page = `<body onload="steal()"><article>
      <p onclick="alert(1)">${PROSE[0]}<script>alert('inline')</script><style>p{}</style></p>
      <template><p>template text that never renders on the page at all</p></template>
      <noscript><p>noscript text for browsers with scripts turned off</p></noscript>
      <p hidden>hidden paragraph that a reader never sees on the page</p>
      <div aria-hidden="true"><p>aria hidden paragraph that is not for readers</p></div>
      <form><label>Email <input value="x"></label><button>Subscribe to our newsletter</button></form>
      <iframe src="https://evil.example" srcdoc="<p>framed text</p>"></iframe>
      <svg><text>svg text</text></svg>
      <p>${PROSE[1]}<img src=x onerror="alert(2)"><a href="javascript:alert(3)">more</a></p>
    </article></body>`;
    const { text } = read(page);
    expect(text).toBe(`${PROSE[0]}\n\n${PROSE[1]}more`);
    expect(text).not.toMatch(/alert|steal|template|noscript|hidden|Subscribe|framed|svg text/);
  });

  it('prefers the headline for a title when the page has no title or metadata', () => {
    expect(read(`<body><article><h1>Tiered licences for sensors</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body>`).metadata.title).toBe(
      'Tiered licences for sensors',
    );
  });

  it('reads a page nested nearly 200 levels deep', () => {
    const depth = MAX_HTML_DEPTH - 5;
    const { text } = read(`<body>${'<div>'.repeat(depth)}<p>${PROSE[0]}</p>${'</div>'.repeat(depth)}</body>`);
    expect(text).toBe(PROSE[0]);
  });

  it('refuses a page nested far deeper than any article, by name and quickly', () => {
    const depth = 20_000;
    expect(() => read(`<body>${'<div>'.repeat(depth)}<p>${PROSE[0]}</p>${'</div>'.repeat(depth)}</body>`)).toThrow(
      /page\.html: this page is nested more than 200 elements deep/,
    );
  });

  it('refuses a page with no readable text', () => {
    expect(() => read('<html><head><script>alert(1)</script></head><body><nav><a href="/">Home</a></nav></body></html>')).toThrow(
      /page\.html: this page has no readable text once scripts and markup are removed/,
    );
  });

  it('reads each metadata name from its first <meta>, by property or name, falling back to the next name when empty', () => {
    const page = `<html><head><title>Page title</title>
      <meta property="og:title" content=" "><meta name="twitter:title" content="Card title"><meta property="twitter:title" content="Later card title">
      <meta name="dc.publisher" content="Wire"><meta property="og:site_name" content="Wire Online">
      <meta name="date" content="2026-03-15T10:00:00Z"><meta property="article:published_time" content="not a date">
      </head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { metadata } = read(page);
    expect(metadata.title).toBe('Card title');
    expect(metadata.publisher).toBe('Wire Online');
    expect(metadata.publishedDate).toBeUndefined();
  });
});
