/**
 * A small XML reader for the parts of a Word document: elements, attributes and text, and
 * nothing that can reach outside the text or make it grow. A document type declaration (where
 * entities are declared, the way to an entity-expansion bomb or an external file) is refused,
 * as is any entity but XML's five and character references. Namespace prefixes are kept as
 * written ("w:p"), which is how Word's parts are read everywhere.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlRefused extends Error {}

/** Beyond these a part is not a document Brieflink wrote or Word edited. */
export const XML_LIMITS = { elements: 2_000_000, depth: 256 } as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,12});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlRefused('a stray "&"');
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = /^#x[0-9a-f]{1,6}$/i.test(name) ? parseInt(name.slice(2), 16) : /^#\d{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) throw new XmlRefused(`the entity "&${name.slice(0, 12)};"`);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/gy;

function readTag(xml: string, at: number): { element: XmlElement; end: number; selfClosing: boolean } {
  const nameMatch = /[^\s/>]+/y;
  nameMatch.lastIndex = at + 1;
  const name = nameMatch.exec(xml)?.[0];
  if (!name) throw new XmlRefused('an element without a name');
  const attributes: Record<string, string> = {};
  let position = nameMatch.lastIndex;
  for (;;) {
    while (/\s/.test(xml[position] ?? '')) position++;
    if (xml.startsWith('/>', position)) return { element: { name, attributes, children: [] }, end: position + 2, selfClosing: true };
    if (xml[position] === '>') return { element: { name, attributes, children: [] }, end: position + 1, selfClosing: false };
    ATTRIBUTE.lastIndex = position;
    const attribute = ATTRIBUTE.exec(xml);
    if (!attribute) throw new XmlRefused(`a damaged element <${name.slice(0, 40)}>`);
    attributes[attribute[1]!] = decode(attribute[2] ?? attribute[3] ?? '');
    position = ATTRIBUTE.lastIndex;
  }
}

/** The document's root element; throws XmlRefused for anything damaged or not allowed. */
export function parseXml(xml: string): XmlElement {
  const top: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [top];
  let elements = 0;
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const text = xml.slice(at, open < 0 ? xml.length : open);
    if (text && stack.length > 1) stack[stack.length - 1]!.children.push(decode(text));
    else if (text.trim()) throw new XmlRefused('text outside the root element');
    if (open < 0) break;
    if (xml.startsWith('<!--', open)) {
      const end = xml.indexOf('-->', open + 4);
      if (end < 0) throw new XmlRefused('an unclosed comment');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', open)) {
      const end = xml.indexOf(']]>', open + 9);
      if (end < 0 || stack.length === 1) throw new XmlRefused('a damaged CDATA section');
      stack[stack.length - 1]!.children.push(xml.slice(open + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<!', open)) {
      throw new XmlRefused('a document type or entity declaration');
    } else if (xml.startsWith('<?', open)) {
      const end = xml.indexOf('?>', open + 2);
      if (end < 0) throw new XmlRefused('an unclosed processing instruction');
      at = end + 2;
    } else if (xml.startsWith('</', open)) {
      const end = xml.indexOf('>', open);
      const name = xml.slice(open + 2, end).trim();
      const current = stack.pop();
      if (end < 0 || !current || current === top || current.name !== name) throw new XmlRefused(`a mismatched end tag </${name.slice(0, 40)}>`);
      at = end + 1;
    } else {
      const { element, end, selfClosing } = readTag(xml, open);
      if (++elements > XML_LIMITS.elements) throw new XmlRefused(`more than ${XML_LIMITS.elements} elements`);
      if (stack.length === 1 && top.children.length > 0) throw new XmlRefused('a second root element');
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) {
        if (stack.length > XML_LIMITS.depth) throw new XmlRefused(`elements nested more than ${XML_LIMITS.depth} deep`);
        stack.push(element);
      }
      at = end;
    }
  }
  if (stack.length > 1) throw new XmlRefused(`an unclosed element <${stack[stack.length - 1]!.name.slice(0, 40)}>`);
  const root = top.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!root) throw new XmlRefused('no root element');
  return root;
}

/** The element's child elements named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}
