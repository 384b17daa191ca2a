// What a save changes on screen is laid out on its own. A layout that starts at the page's
// root makes Chromium read the focused editor's whole text again for the input method after
// the frame (3–5 ms in a 40-page note), so a save must not cause one. Read from Chromium's
// trace: each layout says whether it was partial (from a box laid out on its own).
import { expect, test } from '../support/hostFixture';
import { markedStretch, type TraceEvent } from '../support/traceMarks';

const START = 'save-layout-start';
const END = 'save-layout-end';

/** The layouts of the page's renderer between the two marks: how many started at the root, how many were partial. */
function layoutsBetweenMarks(events: TraceEvent[]): { fromRoot: number; partial: number } {
  const stretch = markedStretch(events, START, END);
  const layouts = events.filter((event) => event.name === 'Layout' && event.args?.beginData && stretch.holds(event));
  const partial = layouts.filter((event) => event.args!.beginData!.partialLayout === true).length;
  return { fromRoot: layouts.length - partial, partial };
}

test('a save lays out only the save status and the word count it changes, not the page from its root', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('dialog', { name: 'Choose a template' }).getByRole('button', { name: 'Decision note', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Note body' });
  await body.locator('h2:has-text("Background") + p').click();
  await page.keyboard.type('Export controls on advanced chips');

  const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });
  const background = page.getByRole('list', { name: 'Words per section' }).getByRole('listitem').filter({ hasText: 'Background' });
  const length = page.getByRole('region', { name: 'Length' });
  await expect(background).toContainText('5 words');
  await expect(saved).toBeVisible();
  await expect(length).toHaveAttribute('aria-busy', 'false');
  await expect(length).toContainText(/1 page/);

  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  // The watch starts when the page learns that the save is done, before the frame that shows it;
  // the frames that showed the typed word (and laid out the editor, as they must) are over by then.
  await saved.evaluate((status, name) => {
    const observer = new MutationObserver(() => {
      if (status.textContent !== 'All changes saved') return;
      performance.mark(name);
      observer.disconnect();
    });
    observer.observe(status, { characterData: true, childList: true, subtree: true });
  }, START);
  await page.keyboard.type(' now');
  await expect(background).toContainText('6 words');
  await expect(saved).toBeVisible();
  await expect(length).toHaveAttribute('aria-busy', 'false');
  await page.evaluate((name) => performance.mark(name), END);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const layouts = layoutsBetweenMarks(trace.traceEvents);
  expect(layouts.fromRoot, 'layouts from the page root while the save was shown').toBe(0);
  // And the save was seen: its new status and word count were laid out, each in its own box.
  expect(layouts.partial).toBeGreaterThan(0);
});
