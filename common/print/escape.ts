/**
 * Escaping for the print document. Everything that comes from a note or a template passes
 * through one of these before it reaches the HTML, so nothing the user typed can become
 * markup, a style rule or an attribute.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe for element content and for double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/**
 * A quoted CSS string whose content is exactly `value`. Besides the characters CSS itself
 * requires escaping (quotes, backslash, newlines and other controls), `<`, `>` and `&` are
 * escaped too: the string lives inside a `<style>` element, where `</style>` would end the
 * stylesheet whatever CSS thinks of it. Hex escapes end with a space, which CSS consumes.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    const mustEscape =
      ch === '"' ||
      ch === "'" ||
      ch === '\\' ||
      ch === '<' ||
      ch === '>' ||
      ch === '&' ||
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029;
    // NUL cannot be written in CSS at all (it turns into U+FFFD); say so explicitly.
    out += mustEscape ? `\\${(code === 0 ? 0xfffd : code).toString(16)} ` : ch;
  }
  return `${out}"`;
}

const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

/**
 * A CSS `font-family` value from a template's comma-separated list. Generic family keywords
 * stay bare; every other name becomes a quoted CSS string, so a template cannot inject rules.
 * A name listed twice is kept once, where it first appears.
 */
export function cssFontFamily(list: string, fallback = 'serif'): string {
  const families = list
    .split(',')
    .map((name) => name.trim().replace(/^(["'])(.*)\1$/s, '$2').trim())
    .filter((name) => name.length > 0)
    .filter((name, index, all) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index)
    .map((name) => (GENERIC_FAMILIES.has(name.toLowerCase()) ? name.toLowerCase() : cssString(name)));
  if (families.length === 0) return fallback;
  return families.join(', ');
}
