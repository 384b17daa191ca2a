import type { Page } from '@playwright/test';

/**
 * The text of each range the spelling checker has drawn now. A drawn range is static: just
 * after an edit splits its text node it may point past the node's end until the next check
 * redraws; such a range is reported as stale rather than read.
 */
export const misspelt = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('misspelt') as unknown as Set<AbstractRange> | undefined;
    return [...(highlight ?? [])].map((range) => {
      const live = document.createRange();
      try {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
      } catch {
        return '(stale)';
      }
      return live.toString();
    });
  });
