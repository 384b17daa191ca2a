/** A Word list paragraph's style: list `l0`, nesting `level2`. */
const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
/** The span that holds the bullet or number Word typed out, which Word itself skips on reading. */
const MARKER_STYLE = /mso-list:\s*ignore/i;
/** A numbered item's marker: "1.", "a)", "iv.", "(2)". Anything else is a bullet. */
const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]/i;

const styleOf = (element: Element) => element.getAttribute('style') ?? '';

/** True when only white space and comments stand between two siblings. */
function adjacent(before: Node, after: Node): boolean {
  for (let node = before.nextSibling; node && node !== after; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE) return false;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') return false;
  }
  return before.parentNode === after.parentNode;
}

/** Removes the typed-out bullet or number from a list paragraph and returns its text. */
function takeMarker(item: Element): string {
  const markers = [...item.querySelectorAll('*')].filter((element) => MARKER_STYLE.test(styleOf(element)));
  const text = markers.map((marker) => marker.textContent ?? '').join('').replace(/\u00a0/g, ' ').trim();
  for (const marker of markers) marker.remove();
  return text;
}

/**
 * Word's clipboard HTML writes a list as paragraphs styled "mso-list: l0 level1" with the
 * bullet or number typed out in front; the editor would take them as plain paragraphs that
 * start with "·". This rewrites each run of such paragraphs as a list, nested by level,
 * numbered when its marker is a number or letter (from the marker's number, for a list Word
 * continued after other text). Numbered headings stay headings, without the typed number.
 * Other HTML is returned as it came.
 */
export function wordListsToLists(html: string): string {
  if (!/mso-list/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A numbered heading stays a heading (the note's sections are found by their headings'
  // text): only its typed-out number goes.
  for (const heading of doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6')) if (LIST_STYLE.test(styleOf(heading))) takeMarker(heading);
  const items = [...doc.body.querySelectorAll('p, div')].filter((element) => LIST_STYLE.test(styleOf(element)));
  if (items.length === 0) return doc.body.innerHTML;
  /** The lists open in the current run, outermost first. */
  let open: { level: number; list: HTMLElement }[] = [];
  for (const item of items) {
    const level = Number(LIST_STYLE.exec(styleOf(item))![1]);
    if (open.length === 0 || !adjacent(open[0].list, item)) open = [];
    const marker = takeMarker(item);
    const tag = ORDERED_MARKER.test(marker) ? 'ol' : 'ul';
    while (open.length > 0 && open[open.length - 1].level > level) open.pop();
    if (open.length === 0 || open[open.length - 1].level < level) {
      const list = doc.createElement(tag);
      // A numbered list that Word continued after other text keeps its numbers.
      const number = /^\(?(\d+)[.)]/.exec(marker);
      if (tag === 'ol' && number && number[1] !== '1') list.setAttribute('start', number[1]);
      const parent = open[open.length - 1]?.list;
      if (parent) (parent.lastElementChild ?? parent.appendChild(doc.createElement('li'))).append(list);
      else item.before(list);
      open.push({ level, list });
    }
    const entry = doc.createElement('li');
    entry.append(...item.childNodes);
    open[open.length - 1].list.append(entry);
    item.remove();
  }
  return doc.body.innerHTML;
}
