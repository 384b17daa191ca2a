/** Input that means the user has moved on: the text is no longer held in view for them. */
const USER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/**
 * Centres an element of the body in view, and keeps it there while the body settles. Blocks
 * far from view are laid out at an estimated height (content-visibility in styles.css); those
 * the scroll brings near the view are laid out for real a few frames later, which changes the
 * body's height and, on a long note, can push the element out of view again. So each time the
 * body's height changes it is centred again, until the user scrolls, clicks or types, or for a
 * second at most.
 */
export function centreInView(element: HTMLElement, body: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  let height = body.offsetHeight;
  const observer = new ResizeObserver(() => {
    if (body.offsetHeight === height || !element.isConnected) return;
    height = body.offsetHeight;
    element.scrollIntoView({ block: 'center' });
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of USER_INPUT) document.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, 1000);
  for (const type of USER_INPUT) document.addEventListener(type, stop, true);
  observer.observe(body);
}
