import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorState, headingNode, paragraphNode, textNode, TEXT_FORMAT, type SerializedNode } from '../../../../common/editorState';
import { newNote, type Note } from '../../../../common/note';
import { cssFontFamily, cssString, escapeHtml } from '../../../../common/print/escape';
import { noteToPrintHtml, printMarking } from '../../../../common/print/printHtml';
import { templateSchema, type Template } from '../../../../common/template';

function loadTemplate(name: string): Template {
  const path = fileURLToPath(new URL(`../../../../templates/${name}.json`, import.meta.url));
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const decision = loadTemplate('01-decision-note');

function note(metadata: Record<string, string>, body?: SerializedNode[], template: Template = decision): Note {
  const result = newNote(template, 'test-note', new Date('2026-03-01T12:00:00Z'), metadata);
  if (body) result.body = editorState(body);
  return result;
}

function list(listType: 'bullet' | 'number' | 'check', items: SerializedNode[]): SerializedNode {
  return { type: 'list', listType, tag: listType === 'number' ? 'ol' : 'ul', start: 1, children: items, version: 1 };
}

function item(children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode {
  return { type: 'listitem', value: 1, children, version: 1, ...extra };
}

/** The body part of a print document (the template's styles and metadata block cut off). */
function bodyOf(html: string): string {
  const match = /<main class="note-body">([\s\S]*)<\/main>/.exec(html);
  if (!match) throw new Error('no body in print HTML');
  return match[1]!;
}

function styleOf(html: string): string {
  const match = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!match) throw new Error('no style in print HTML');
  return match[1]!;
}

/** Decodes a double-quoted CSS string as CSS does (enough for what cssString writes). */
function decodeCssString(quoted: string): string {
  expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
  return quoted
    .slice(1, -1)
    .replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/gs, (_, hex: string | undefined, ch: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : (ch ?? ''),
    );
}

describe('escaping helpers', () => {
  it('escapes HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('writes CSS strings that decode to the original text and cannot close the stylesheet', () => {
    const hostile = `SECRET "X" 'Y' \\ </style><script>alert(1)</script>\nline2\r\u0000\u2028end`;
    const css = cssString(hostile);
    expect(css).not.toMatch(/[<>\n\r]/);
    expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
    expect(decodeCssString(css)).toBe(hostile.replace('\u0000', '\ufffd'));
    expect(cssString('A"B\\C')).toBe('"A\\22 B\\5c C"');
  });

  it('quotes font family names and keeps generic families bare', () => {
    expect(cssFontFamily('Liberation Serif, "Tinos", serif')).toBe('"Liberation Serif", "Tinos", serif');
    const hostile = cssFontFamily('Arial; } body { display: none } </style><script>x</script>');
    expect(hostile).not.toContain('<');
    expect(hostile.startsWith('"') && hostile.endsWith('"')).toBe(true);
    expect(cssFontFamily(' , ')).toBe('serif');
  });
});

describe('noteToPrintHtml: document', () => {
  it('is a standalone document with language, title, a strict CSP and no scripts', () => {
    const html = noteToPrintHtml(note({ subject: 'Funding for rural broadband' }));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-CA">');
    expect(html).toContain('<title>Funding for rural broadband</title>');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; font-src data:">`,
    );
    expect(html.toLowerCase()).not.toContain('<script');
  });

  it('titles an empty subject "Untitled note"', () => {
    const html = noteToPrintHtml(note({ subject: '   ' }));
    expect(html).toContain('<title>Untitled note</title>');
    expect(html).toContain('<h1>Untitled note</h1>');
  });

  it('sets paper, margins, fonts and the margin boxes from the template', () => {
    const css = styleOf(noteToPrintHtml(note({ subject: 'S', classification: 'protected b' })));
    expect(css).toMatch(/size: letter;/);
    expect(css).toMatch(/margin: 25mm;/);
    expect(css).toContain('font-family: "Tinos", "Liberation Serif", "Times New Roman", serif; font-size: 12pt;');
    expect(css).toMatch(/@top-center \{ content: "PROTECTED B";[^}]*font-weight: bold;/);
    expect(css).toMatch(/@bottom-center \{ content: "PROTECTED B";[^}]*font-weight: bold;/);
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');

    const a4: Template = { ...decision, print: { paper: 'A4', marginMm: 18, fontFamily: 'Arimo, sans-serif', fontSizePt: 11, headerFields: [], dateStyle: 'iso', sourcesPlacement: 'end-of-body' } };
    const a4css = styleOf(noteToPrintHtml(note({ subject: 'S' }, undefined, a4)));
    expect(a4css).toMatch(/size: A4;/);
    expect(a4css).toMatch(/margin: 18mm;/);
    expect(a4css).toContain('font-family: "Arimo", sans-serif; font-size: 11pt;');
  });

  it('escapes a hostile marking so it stays one CSS string and the stylesheet stays closed', () => {
    const marking = `Secret "eyes" 'only' \\ </style><script>alert(1)</script>`;
    const html = noteToPrintHtml(note({ subject: 'S', classification: marking }));
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html.toLowerCase()).not.toContain('<script');
    const css = styleOf(html);
    const top = /@top-center \{ content: ("(?:[^"\\]|\\.)*");/.exec(css);
    expect(top).not.toBeNull();
    expect(decodeCssString(top![1]!)).toBe(marking.toUpperCase());
  });

  it('turns a multi-line marking into one line', () => {
    expect(printMarking(note({ classification: 'Protected\nB' }))).toBe('PROTECTED B');
    const css = styleOf(noteToPrintHtml(note({ classification: 'a\nb' })));
    expect(css).toContain('content: "A B";');
  });
});

describe('printMarking', () => {
  it("spells a scheme level as the scheme does, upper-cases anything else, and falls back to the template's default", () => {
    expect(printMarking(note({ classification: 'protected b' }))).toBe('PROTECTED B');
    expect(printMarking(note({ classification: 'Cabinet confidence' }))).toBe('CABINET CONFIDENCE');
    expect(printMarking(note({ classification: '' }))).toBe('UNCLASSIFIED');
    const n = note({});
    n.metadata.classification = '  ';
    expect(printMarking(n)).toBe('UNCLASSIFIED');
  });
});

describe('noteToPrintHtml: metadata block', () => {
  it("lists the template's fields in order under the subject heading, with the classification once, skipping empty values", () => {
    const html = noteToPrintHtml(
      note({ subject: 'Rural broadband', to: 'Deputy Minister', from: '', date: '2026-03-01', reference: 'FN-12', classification: 'SECRET' }),
    );
    const header = /<header class="note-metadata">([\s\S]*?)<\/header>/.exec(html)![1]!;
    expect(header).toBe(
      '<h1>Rural broadband</h1><table class="metadata"><tbody>' +
        '<tr><th scope="row">To</th><td>Deputy Minister</td></tr>' +
        // The decision note prints dates day first, in words.
        '<tr><th scope="row">Date</th><td>1 March 2026</td></tr>' +
        '<tr><th scope="row">File number</th><td>FN-12</td></tr>' +
        '<tr><th scope="row">Classification</th><td>SECRET</td></tr>' +
        '</tbody></table>',
    );
  });

  it('escapes hostile metadata and keeps line breaks', () => {
    const html = noteToPrintHtml(note({ subject: '<script>alert("x")</script> & co', to: 'A\n<b>B</b>' }));
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</h1>');
    expect(html).toContain('<td>A<br>&lt;b&gt;B&lt;/b&gt;</td>');
    expect(html.toLowerCase()).not.toContain('<script');
  });
});

describe('noteToPrintHtml: body', () => {
  it("renders the template's section headings as h2 and skips the empty paragraphs of a new note", () => {
    const body = bodyOf(noteToPrintHtml(note({ subject: 'S' })));
    expect(body).toBe(
      '<h2>Summary</h2><h2>Issue</h2><h2>Background</h2><h2>Considerations</h2><h2>Recommendation</h2>' +
        // The template's decision block, at the end of its section, since the body has none.
        '<div class="decision"><p class="decision-options"><span class="decision-option">\u2610 Approved</span> ' +
        '<span class="decision-option">\u2610 Not approved</span></p>' +
        '<div class="signature-line"><span class="signature-label">Signature:</span><span class="signature-blank"></span></div>' +
        '<div class="signature-line"><span class="signature-label">Date:</span><span class="signature-blank"></span></div></div>',
    );
  });

  it("skips a new Q&A section's bare Q: and A: labels, and prints them once the question is written", () => {
    const issueNote = loadTemplate('04-issue-note');
    const empty = bodyOf(noteToPrintHtml(note({ subject: 'S' }, undefined, issueNote)));
    expect(empty).not.toMatch(/[QA]:/);
    const written = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [headingNode('h2', 'Questions and answers'), paragraphNode([textNode('Q: ', TEXT_FORMAT.bold), textNode('Who decides?')]), paragraphNode([textNode('A: ', TEXT_FORMAT.bold)])], issueNote),
      ),
    );
    expect(written).toBe('<h2>Questions and answers</h2><p><strong>Q: </strong>Who decides?</p>');
  });

  it('maps heading tags, paragraphs, quotes and line breaks', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          headingNode('h3', 'Detail'),
          { type: 'heading', tag: 'h6', children: [textNode('Small')] },
          paragraphNode([textNode('one'), { type: 'linebreak', version: 1 }, textNode('two')]),
          paragraphNode([textNode('   ')]),
          paragraphNode(),
          { type: 'quote', children: [textNode('Quoted words')] },
          { type: 'heading', tag: 'h2', children: [] },
        ]),
      ),
    );
    expect(body).toBe('<h3>Detail</h3><h6>Small</h6><p>one<br>two</p><blockquote>Quoted words</blockquote>');
  });

  it('wraps text in strong/em/u/s/code according to the format bits', () => {
    const { bold, italic, underline, strikethrough, code } = TEXT_FORMAT;
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          paragraphNode([
            textNode('plain '),
            textNode('b', bold),
            textNode('i', italic),
            textNode('u', underline),
            textNode('s', strikethrough),
            textNode('c', code),
            textNode('all', bold | italic | underline | strikethrough | code),
          ]),
        ]),
      ),
    );
    expect(body).toBe(
      '<p>plain <strong>b</strong><em>i</em><u>u</u><s>s</s><code>c</code>' +
        '<strong><em><u><s><code>all</code></s></u></em></strong></p>',
    );
  });

  it('renders bullet and numbered lists, with nested lists inside the item before them', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          list('bullet', [
            item([textNode('first')]),
            item([list('number', [item([textNode('first.a')]), item([textNode('first.b')])])]),
            item([textNode('second')]),
            item([]),
          ]),
          list('number', [item([textNode('one')]), item([textNode('two', TEXT_FORMAT.bold)])]),
          list('bullet', [item([textNode(' ')])]),
        ]),
      ),
    );
    expect(body).toBe(
      '<ul><li>first<ol><li>first.a</li><li>first.b</li></ol></li><li>second</li></ul>' +
        '<ol><li>one</li><li><strong>two</strong></li></ol>',
    );
  });

  it('keeps a numbered list that starts later, and marks check list items', () => {
    const numbered = { ...list('number', [item([textNode('x')])]), start: 4 };
    const check = list('check', [item([textNode('done')], { checked: true }), item([textNode('todo')], { checked: false })]);
    const body = bodyOf(noteToPrintHtml(note({ subject: 'S' }, [numbered, check])));
    expect(body).toBe(
      '<ol start="4"><li>x</li></ol><ul><li class="check">\u2611 done</li><li class="check">\u2610 todo</li></ul>',
    );
  });

  it('escapes hostile body text, including text that would close the stylesheet', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          paragraphNode([textNode('</style><script>alert(1)</script> "quoted" & \'single\'')]),
          headingNode('h2', '<img src=x onerror=alert(1)>'),
        ]),
      ),
    );
    expect(body).toBe(
      '<p>&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;</p>' +
        '<h2>&lt;img src=x onerror=alert(1)&gt;</h2>',
    );
  });

  it('never emits attributes taken from the note', () => {
    const html = noteToPrintHtml(
      note({ subject: 'S' }, [
        { type: 'heading', tag: 'h1 onclick="alert(1)"', children: [textNode('Bad tag')] },
        { type: 'paragraph', format: 'center" onmouseover="alert(1)', indent: '3" x="y', children: [textNode('Bad format')] },
        { type: 'paragraph', format: 'center', indent: 2, children: [textNode('Centred')] },
        { type: 'list', listType: 'number', start: '2" onload="x', tag: 'ol onload=x', children: [item([textNode('Item')])] },
        { type: 'link', url: 'javascript:alert(1)', rel: 'x', children: [textNode('a link')] },
        { type: 'text', text: 'styled', format: 0, style: 'background: url(http://example.com/x)' },
      ]),
    );
    const body = bodyOf(html);
    expect(body).toBe(
      '<h2>Bad tag</h2><p>Bad format</p><p style="text-align: center; margin-left: 4em">Centred</p>' +
        '<ol><li>Item</li></ol><p>a link</p><p>styled</p>',
    );
    expect(html).not.toMatch(/onclick|onmouseover|onload|javascript:|example\.com/);
  });

  it('keeps the text of node types it does not know', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          paragraphNode([textNode('Before '), { type: 'mention', text: 'Alice <A>' }, textNode(' after')]),
          { type: 'linked-snippet', developmentId: 'd1', children: [paragraphNode([textNode('Snippet paragraph')]), list('bullet', [item([textNode('Snippet point')])])] },
          { type: 'callout', children: [textNode('Callout text')] },
          { type: 'code', children: [{ type: 'code-highlight', text: 'let x = 1;' }, { type: 'linebreak' }, { type: 'tab', text: '\t' }, { type: 'code-highlight', text: 'x++' }] },
          { type: 'page-break' },
          { type: 'equation', text: 'E = mc^2' },
        ]),
      ),
    );
    expect(body).toBe(
      '<p>Before Alice &lt;A&gt; after</p>' +
        '<p>Snippet paragraph</p><ul><li>Snippet point</li></ul>' +
        '<p>Callout text</p>' +
        '<p>let x = 1;<br>\tx++</p>' +
        '<div class="page-break"></div>' +
        '<p>E = mc^2</p>',
    );
  });
});

describe('noteToPrintHtml: page furniture', () => {
  const withPrint = (print: Partial<Template['print']>, scheme = decision.classificationScheme): Template => ({
    ...decision,
    classificationScheme: scheme,
    print: { ...decision.print, markingPlacement: undefined, ...print },
  });

  it('places the marking per the template override, else per its scheme, in bold capitals', () => {
    const topBottom = styleOf(noteToPrintHtml(note({ classification: 'secret' }, undefined, withPrint({ markingPlacement: 'top-and-bottom-every-page' }))));
    expect(topBottom).toMatch(/@top-center \{ content: "SECRET";[^}]*font-weight: bold;/);
    expect(topBottom).toMatch(/@bottom-center \{ content: "SECRET";/);
    expect(topBottom).not.toContain('@top-right');

    // Canada's scheme says top right of every page.
    const everyPage = styleOf(noteToPrintHtml(note({ classification: 'protected b' }, undefined, withPrint({}))));
    expect(everyPage).toMatch(/@page \{[^]*@top-right \{ content: "PROTECTED B";[^}]*font-weight: bold;/);
    expect(everyPage).not.toMatch(/@top-center|@bottom-center|@page :first/);

    const firstOnly = styleOf(noteToPrintHtml(note({ classification: 'protected b' }, undefined, withPrint({ markingPlacement: 'top-right-first-page' }))));
    expect(firstOnly).toMatch(/@page :first \{\s*@top-right \{ content: "PROTECTED B";/);
    expect(firstOnly.split('@top-right')).toHaveLength(2);

    // The Australian scheme spells a level in mixed case; the page margins print capitals.
    const australian = withPrint({ markingPlacement: 'top-and-bottom-every-page' }, 'australia');
    const au = noteToPrintHtml(note({ classification: 'official: sensitive' }, undefined, { ...australian, defaultClassification: 'OFFICIAL' }));
    expect(styleOf(au)).toContain('content: "OFFICIAL: SENSITIVE";');
  });

  it('puts the header fields with their labels in the running header, and skips empty ones', () => {
    const template = withPrint({ headerFields: ['reference', 'date'] });
    const css = styleOf(noteToPrintHtml(note({ reference: 'FILE-2026-0042', date: '2026-03-01' }, undefined, template)));
    const header = /@top-left \{ content: ("(?:[^"\\]|\\.)*");/.exec(css);
    expect(decodeCssString(header![1]!)).toBe('File number: FILE-2026-0042   \u00b7   Date: 1 March 2026');
    const none = styleOf(noteToPrintHtml(note({ reference: ' ', date: '' }, undefined, template)));
    expect(none).not.toContain('@top-left');
  });

  it('prints the banner above the metadata and a DRAFT watermark only when asked', () => {
    const template = withPrint({ banner: 'Action memo <b>' });
    const plain = noteToPrintHtml(note({ subject: 'S' }, undefined, template));
    expect(plain).toContain('<p class="banner">Action memo &lt;b&gt;</p>\n<header class="note-metadata">');
    expect(plain).not.toContain('watermark"');
    const draft = noteToPrintHtml(note({ subject: 'S' }), { draft: true });
    expect(draft).toContain('<div class="watermark" aria-hidden="true">DRAFT</div>');
  });

  it('adds the font rules it is given in a stylesheet of their own that cannot close early', () => {
    const html = noteToPrintHtml(note({ subject: 'S' }), { fontFaceCss: '@font-face { font-family: "Tinos"; src: url(data:font/woff2;base64,AAAA) } </style>' });
    expect(html).toContain('<style>@font-face { font-family: "Tinos"; src: url(data:font/woff2;base64,AAAA) } <\\/style></style>');
    expect(html.match(/<\/style>/g)).toHaveLength(2);
  });
});

describe('noteToPrintHtml: tables, links, breaks, decisions and guidance', () => {
  const cell = (text: string, headerState = 0, extra: Record<string, unknown> = {}): SerializedNode => ({
    type: 'tablecell',
    headerState,
    colSpan: 1,
    rowSpan: 1,
    children: [paragraphNode([textNode(text)])],
    ...extra,
  });
  const row = (cells: SerializedNode[]): SerializedNode => ({ type: 'tablerow', children: cells });

  it('renders a table with a repeated header row, row headers with scope, and spans', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          {
            type: 'table',
            children: [
              row([cell('Region', 3), cell('Cost', 1)]),
              row([cell('North', 2), cell('10', 0, { colSpan: 2, rowSpan: '3" x="' })]),
            ],
          },
        ]),
      ),
    );
    expect(body).toBe(
      '<table class="body-table"><thead><tr><th scope="col"><p>Region</p></th><th scope="col"><p>Cost</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>North</p></th><td colspan="2"><p>10</p></td></tr></tbody></table>',
    );
  });

  it('links only http, https and mailto targets, escaped, and prints the text of any other link', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          paragraphNode([
            { type: 'link', url: 'https://example.org/a?b=1&c="2"', children: [textNode('site')] },
            textNode(' '),
            { type: 'autolink', url: 'mailto:someone@example.org', children: [textNode('mail')] },
            textNode(' '),
            { type: 'link', url: 'file:///etc/passwd', children: [textNode('file')] },
            textNode(' '),
            { type: 'link', url: 'data:text/html,x', children: [textNode('data')] },
          ]),
        ]),
      ),
    );
    expect(body).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">site</a> <a href="mailto:someone@example.org">mail</a> file data</p>',
    );
  });

  it('renders page breaks, decision blocks from the body (and then not the template\'s), and skips guidance', () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          { ...paragraphNode([textNode('Explain the issue here.')]), brieflinkGuidance: true },
          paragraphNode([textNode('Text')]),
          { type: 'page-break', version: 1 },
          { type: 'decision-block', version: 1, optionGroups: [['Agreed <x>', 'Not agreed']], signatureLines: ['Signature'] },
        ]),
      ),
    );
    expect(body).toBe(
      '<p>Text</p><div class="page-break"></div>' +
        '<div class="decision"><p class="decision-options"><span class="decision-option">\u2610 Agreed &lt;x&gt;</span> ' +
        '<span class="decision-option">\u2610 Not agreed</span></p>' +
        '<div class="signature-line"><span class="signature-label">Signature:</span><span class="signature-blank"></span></div></div>',
    );
  });

  it("places the template's decision block at the end of its section, before the next heading", () => {
    const body = bodyOf(
      noteToPrintHtml(
        note({ subject: 'S' }, [
          headingNode('h2', 'Recommendation'),
          paragraphNode([textNode('That you approve.')]),
          headingNode('h2', 'Annex'),
        ]),
      ),
    );
    expect(body).toMatch(/^<h2>Recommendation<\/h2><p>That you approve\.<\/p><div class="decision">.*<\/div><h2>Annex<\/h2>$/);
  });
});
