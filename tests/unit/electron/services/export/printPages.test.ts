import { describe, expect, it } from 'vitest';
import { createPrintPages } from '../../../../../electron/services/export/printPages';
import { PRINT_PAGE_PATH } from '../../../../../common/printPage';

describe('the page Print… prints', () => {
  it('is served once, at a random path the contract accepts', () => {
    const pages = createPrintPages();
    const path = pages.show('<p>note</p>');
    expect(path).toMatch(PRINT_PAGE_PATH);
    expect(pages.take('/print/00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(pages.take(path)).toBe('<p>note</p>');
    expect(pages.take(path)).toBeUndefined();
  });

  it('is one at a time: a new print replaces a page not yet fetched', () => {
    let next = 0;
    const pages = createPrintPages(() => `id-${++next}`);
    const first = pages.show('first');
    const second = pages.show('second');
    expect(first).toBe('/print/id-1');
    expect(pages.take(first)).toBeUndefined();
    expect(pages.take(second)).toBe('second');
  });

  it('forgets its page when cleared', () => {
    const pages = createPrintPages();
    const path = pages.show('page');
    pages.clear();
    expect(pages.take(path)).toBeUndefined();
  });
});
