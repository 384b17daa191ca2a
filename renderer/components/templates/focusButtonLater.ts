/**
 * After the change is on screen, focuses the first enabled button inside `container` whose
 * text is one of `labels`, tried in order. A button that removed or moved its own item has
 * gone from where it was, and keyboard focus would otherwise fall back to the page.
 */
export function focusButtonLater(container: HTMLElement | null, ...labels: string[]): void {
  requestAnimationFrame(() => {
    const buttons = [...(container?.querySelectorAll('button') ?? [])].filter((button) => !button.disabled);
    for (const label of labels) {
      const found = buttons.find((button) => button.textContent?.trim() === label);
      if (found) return void found.focus();
    }
  });
}
