import { describe, expect, it } from 'vitest';
import { extractDevelopment } from '../../../../common/extract/extractDevelopment';
import { readHeader } from '../../../../common/extract/metadata';

const TODAY = '2026-11-26';
const doc = (text: string, metadata = {}, fileName: string | null = 'note.txt') => ({ fileName, text, metadata });

describe('readHeader', () => {
  it('prefers the file’s own metadata, and keeps a second headline out of the body', () => {
    const header = readHeader(
      doc('Some Headline Here\nBody text follows here.', { title: 'Meta Title', publisher: 'Wire', author: 'A. Writer', publishedDate: '2026-01-02' }),
      TODAY,
    );
    expect(header).toMatchObject({ title: 'Meta Title', publisher: 'Wire', author: 'A. Writer', publishedDate: '2026-01-02' });
    expect(header.body).not.toContain('Some Headline Here');
    expect(header.body).toContain('Body text follows here.');
  });

  it('reads headline, byline with publisher and a "Published" line from the text', () => {
    const header = readHeader(doc('Regulator Fines Platform\nBy Jane Doe | Policy Wire\nPublished 3 March 2026\n\nThe regulator fined the platform.'), TODAY);
    expect(header).toMatchObject({ title: 'Regulator Fines Platform', author: 'Jane Doe', publisher: 'Policy Wire', publishedDate: '2026-03-03' });
    expect(header.body.trim()).toBe('The regulator fined the platform.');
  });

  it('reads "Published … by X" and a "Source:" line', () => {
    expect(readHeader(doc('Headline Words Here\nPublished: March 3, 2026 by The Register\nText.'), TODAY)).toMatchObject({
      publishedDate: '2026-03-03',
      publisher: 'The Register',
    });
    expect(readHeader(doc('Headline Words Here\nSource: Example Daily\nText.'), TODAY).publisher).toBe('Example Daily');
  });

  it('takes the date from a dateline and keeps the rest of the paragraph', () => {
    const header = readHeader(doc('Headline Words Here\nCANBERRA, 2 June 2026 — The commissioner reported.'), TODAY);
    expect(header.publishedDate).toBe('2026-06-02');
    expect(header.body.trim()).toBe('The commissioner reported.');
  });

  it('does not take a first sentence for a headline, and falls back to the opening words', () => {
    const header = readHeader(doc('The ministry said on Monday that it would publish new rules.'), TODAY);
    expect(header.title).toBe('The ministry said on Monday that it would publish new rules.');
    const long = readHeader(doc(`${'word '.repeat(200)}.`), TODAY);
    expect(long.title.length).toBeLessThanOrEqual(121);
  });

  it('ignores a metadata date that is not YYYY-MM-DD', () => {
    expect(readHeader(doc('Headline Words Here\nText.', { publishedDate: 'yesterday' }), TODAY).publishedDate).toBeNull();
  });
});

describe('extractDevelopment header fields', () => {
  it('falls back to the file name, then a placeholder, for a title', () => {
    expect(extractDevelopment(doc('', {}, 'brief.txt'), { taxonomy: [], today: TODAY }).title).toBe('brief');
    expect(extractDevelopment(doc('', {}, null), { taxonomy: [], today: TODAY }).title).toBe('Untitled development');
  });

  it('leaves relative dates out when there is no publication date, rather than counting from today', () => {
    const result = extractDevelopment(doc('Guidance Due Soon\nThe agency will publish guidance next week.'), { taxonomy: [], today: TODAY });
    expect(result.publishedDate).toBeNull();
    expect(result.keyDates).toEqual([]);
    expect(result.evidence.publishedDate?.unsure).toBe(true);
  });

  it('passes the URL through', () => {
    expect(extractDevelopment(doc('x', { url: 'https://example.org/a' }), { taxonomy: [], today: TODAY }).url).toBe('https://example.org/a');
  });
});
