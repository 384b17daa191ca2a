import type { Locator, Page } from '@playwright/test';

/** An item of the open note's "More actions" menu, the menu opened first (items keep the names of the buttons they replaced). */
export async function noteAction(page: Page, name: string | RegExp, role: 'menuitem' | 'menuitemcheckbox' = 'menuitem'): Promise<Locator> {
  await page.getByRole('button', { name: 'More actions' }).click();
  return page.getByRole('menu', { name: 'More actions' }).getByRole(role, { name });
}
