/**
 * The furniture around an article's text: what a page or a press office prints around the
 * news (site names, section kickers, bylines, date and source lines, wire credits, captions,
 * "Notes to editors", disclaimers). Each line is sorted here so that the header readers
 * take their fields from it and the summary and key dates never see it.
 */
import { writtenDates } from './dates';

/** Section labels and boilerplate printed above or below a release, alone on their line. */
const KICKER =
  /^(?:(?:media|press|news)\s+(?:release|statement|centre|center|room)s?|news(?:\s+and\s+(?:blogs|events|media))?|press|insights?|analysis|commentary|opinion|explainer|policy brief|client alert|legal update|alert|backgrounder|statement|parliamentary news|plenary session|for immediate release|media contact:?.*|contact:?.*|correction appended|first reading|second reading|consultation|call for evidence(?:\s+and\s+public\s+consultation)?|(?:communiqué de presse|comunicado de prensa).*|breaking(?: news)?|exclusive|update[sd]?|notes? to editors?|key (?:takeaways|points)|related(?: (?:articles|stories|links|content))?|associated links|read more|more from .+|recommended|advertisement|signed|type\s+\w+|###|\*\*\*|-30-|ends)$/i;
const BULLET = /^(?:[-–•*·▪]|\d{1,2}[.)])\s+/;
const CAPTION = /^(?:photo|file photo|picture|image|illustration|video|caption)\b[^:]{0,40}:/i;
/** Disclaimers, credits and notes that end a story. */
const TRAILER =
  /(?:not (?:intended as |to be taken as )?legal advice|contributed to this report|all rights reserved|^for (?:media|press) (?:queries|enquiries|inquiries)|^the author is |^\(?(?:reporting|writing|editing|additional reporting|compiled) by |^\(\$1 = |^tags?:|^copyright\s*(?:©|\(c\)\s*)?\d{4}|^©)/i;

/** News agencies by the credit they print, as their publisher is named. */
export const WIRE_AGENCIES: Readonly<Record<string, string>> = {
  Reuters: 'Reuters',
  AP: 'Associated Press',
  'Associated Press': 'Associated Press',
  AFP: 'AFP',
  Bloomberg: 'Bloomberg',
  Xinhua: 'Xinhua',
  Kyodo: 'Kyodo',
  Yonhap: 'Yonhap',
  PTI: 'PTI',
  ANI: 'ANI',
  IANS: 'IANS',
  Bernama: 'Bernama',
  VNA: 'VNA',
  WAM: 'WAM',
  SPA: 'SPA',
  dpa: 'dpa',
  ANSA: 'ANSA',
  EFE: 'EFE',
  AAP: 'AAP',
  CNA: 'CNA',
  Antara: 'Antara',
  TASS: 'TASS',
  'Jiji Press': 'Jiji Press',
};
const AGENCY_NAMES = Object.keys(WIRE_AGENCIES)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "— Associated Press", "AP", "(VNA)": a credit line on its own. */
const CREDIT_LINE = new RegExp(`^[—–-]?\\s*\\(?(?:The\\s+)?(${AGENCY_NAMES})\\)?\\.?$`);
/** "Copyright 2025 The Associated Press. All rights reserved." */
const COPYRIGHT_LINE = /^(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s*)?(?:the\s+)?([\p{Lu}][\p{L}&.'’ -]{1,60}?)\.?\s*(?:all rights reserved\.?)?$/iu;
/** "Associated Press writer Mari Yamaguchi contributed to this report." */
const WRITER_CREDIT = new RegExp(`^(${AGENCY_NAMES}) (?:writer|reporter|correspondent)s?\\b`);

/** Words that make a line of capitalised words an organisation's name rather than a headline. */
const ORGANISATION_WORD =
  /\b(?:ministry|department|office|commission|commissioner|authority|board|council|bureau|agency|institute|institution|forum|centre|center|foundation|parliament|government|gobierno|gouvernement|regierung|assembly|senate|congress|court|tribunal|regulator|secretariat|directorate|administration|llp|llc|ltd|inc|plc|gmbh|associates|partners|group|news|times|herald|ledger|observer|daily|dispatch|courier|post|journal|tribune|gazette|chronicle|review|monitor|wire|press|standard|telegraph|guardian|express|mail|star|sun|economist|network|radio|television|tv)\b/i;
const CONNECTORS = new Set('of for and the on in de du des la le del di van von und & to at'.split(' '));
const PERSON_TITLE = /^(?:the\s+)?(?:hon\.?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|sir|dame|senator|minister|commissioner)\b/i;

export type LineKind = 'kicker' | 'bullet' | 'caption' | 'trailer' | 'credit' | 'date' | 'source' | 'byline' | 'organisation' | 'headline' | 'text';

export interface ClassifiedLine {
  kind: LineKind;
  /** For a date line: the published date it gives (an "Updated" date only when it is the only one). */
  date?: string;
  /** For a source, credit or organisation line: the publisher it names. */
  publisher?: string;
  /** For a byline: the author it names. */
  author?: string;
  /** A byline that is a bare name ("Foo Yun Chee"): below a headline a byline, above one perhaps the headline itself. */
  bareName?: boolean;
}

const WEEKDAY_WORDS = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?/gi;
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|[+-]\d{2}:?\d{2}))?/gi;
const DATE_WORDS = /\b(?:published|posted|updated|last updated|date|dated|released|issued|on|at|time)\b\s*:?/gi;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

/** The date a line gives when it is mostly a date: "Published: Wednesday 24 July 2024", "9 April 2025, 11:44 | Name". */
export function dateLineDate(line: string): string | null {
  const dates = writtenDates(line);
  if (dates.length === 0) return null;
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest.replace(TIME, ' ').replace(WEEKDAY_WORDS, ' ').replace(DATE_WORDS, ' ').replace(/[|/·•,—–()-]+/g, ' ');
  // What is left may be a place, a name or a section, not a sentence.
  if (words(rest).length > 7 || /[.!?]["”]?\s*$/.test(rest.trim())) return null;
  // "Published … Updated …": the first date that is not an update.
  const notUpdated = dates.find((d) => !/updated\s*:?\s*$/i.test(line.slice(Math.max(0, d.start - 14), d.start)));
  return (notUpdated ?? dates[0]).date;
}

/** "FEDERAL COMMUNICATIONS COMMISSION" → "Federal Communications Commission"; acronyms stay. */
export function tidyName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed !== trimmed.toUpperCase() || words(trimmed).length === 1) return trimmed;
  return words(trimmed)
    .map((word, i) => (i > 0 && CONNECTORS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}

/** A line made only of capitalised words (and connectors) that names an organisation; `placed` when its position says so. */
export function organisationName(line: string, placed = false): string | null {
  // "Ofcom | News centre", "Gobierno de México — English summary": the name is the first part.
  const name = line.split(/\s+[|—–]\s+|\s+-\s+/)[0].replace(/\s+(?:press release|media release|news release)$/i, '').trim();
  const parts = words(name.replace(/[,()]/g, ' '));
  if (parts.length === 0 || parts.length > 9 || PERSON_TITLE.test(name)) return null;
  const capitalised = parts.every((word) => CONNECTORS.has(word.toLowerCase()) || /\p{Lu}/u.test(word) || /^\d/.test(word));
  if (!capitalised) return null;
  const acronym = parts.length === 1 && /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(parts[0]);
  if (placed || acronym || name.includes('&') || namesAnOrganisation(parts)) return tidyName(name);
  return null;
}

/**
 * The organisation word ends the name ("Federal Trade Commission", "Competition Bureau
 * Canada") or opens an "of"/"for" phrase ("Ministry of Science and ICT"); elsewhere it is a
 * title-case headline's subject ("Regulator Fines Platform").
 */
function namesAnOrganisation(parts: string[]): boolean {
  return parts.some((word, i) => ORGANISATION_WORD.test(word) && (i >= parts.length - 2 || /^(?:of|for|de|du|des|on)$/i.test(parts[i + 1])));
}

const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|and|,))*?)\s*(?:[,|·—–/]\s*(.+))?$/u;
/** "Priya Raman | New Delhi", "Amelia Hart / Nov 2, 2023", "Foo Yun Chee": a name, perhaps with a place or date. */
const NAME_LINE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*[|/·,]\s*(.{0,60}))?$/u;

/** Sorts one line of furniture (or text); `position` says whether it sits above the story or below it. */
export function classifyLine(line: string, position: 'header' | 'trailer' | 'body'): ClassifiedLine {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'text' };
  if (KICKER.test(text)) return { kind: 'kicker' };
  if (BULLET.test(text)) return { kind: 'bullet' };
  if (CAPTION.test(text)) return { kind: 'caption' };
  const credit = CREDIT_LINE.exec(text);
  if (credit && position !== 'body') return { kind: 'credit', publisher: WIRE_AGENCIES[credit[1]] };
  const writer = WRITER_CREDIT.exec(text);
  if (writer) return { kind: 'credit', publisher: WIRE_AGENCIES[writer[1]] };
  if (TRAILER.test(text) && text.length < 200) {
    const copyright = COPYRIGHT_LINE.exec(text);
    return { kind: 'trailer', ...(copyright ? { publisher: tidyName(copyright[1]) } : {}) };
  }
  const source = /^(?:source|publisher|published by|outlet)\s*:?\s+(.+)$/i.exec(text);
  if (source && text.length < 160) {
    // "Source: Xinhua Updated: 2024-03-25 10:12": the name ends where the date part starts.
    const [name] = source[1].split(/\s+(?:updated|published|posted|date|time)\b\s*:?/i);
    return { kind: 'source', publisher: name.replace(/[|,;·—–-]+$/, '').trim(), date: dateLineDate(source[1]) ?? undefined };
  }
  if (text.length <= 120) {
    const byline = BYLINE.exec(text);
    if (byline) {
      // "By Jane Doe | Policy Wire": what follows the name is a date or the publication.
      const date = (byline[2] && dateLineDate(byline[2])) || undefined;
      const outlet = byline[2] && !date ? organisationName(byline[2], true) : null;
      return { kind: 'byline', author: byline[1].replace(/,$/, '').trim(), date, ...(outlet ? { publisher: outlet } : {}) };
    }
    const date = dateLineDate(text);
    if (date) {
      const name = NAME_LINE.exec(text.replace(/\s*[|/·]\s*[^|/·]*\d{4}.*$/, ''));
      // "Published: March 3, 2026 by The Register"
      const by = /\bby\s+(.{2,60})$/i.exec(text);
      const outlet = by ? organisationName(by[1], true) : null;
      return { kind: 'date', date, ...(name && !ORGANISATION_WORD.test(name[1]) ? { author: name[1] } : {}), ...(outlet ? { publisher: outlet } : {}) };
    }
  }
  if (position === 'body' || /[.!?]["”’)]?$/.test(text) || words(text).length > 25) return { kind: 'text' };
  // "Ofcom | News centre": a name beside a section label is the issuer.
  const [first, ...rest] = text.split(/\s+\|\s+/);
  const organisation = organisationName(text, rest.length > 0 && rest.every((part) => KICKER.test(part)) && Boolean(first));
  if (organisation) return { kind: 'organisation', publisher: organisation };
  const name = NAME_LINE.exec(text);
  if (name && !name[2] && words(text).length <= 4 && !/\b(?:is|are|to|of|on|in|for)\b/.test(text)) return { kind: 'byline', author: name[1], bareName: true };
  if (name && name[2] && words(name[2]).length <= 3 && /^\p{Lu}/u.test(name[2]) && !/\b(?:is|are|to|of|on|in|for)\b/.test(name[1])) {
    return { kind: 'byline', author: name[1] };
  }
  return { kind: 'headline' };
}

/** True for a line a summary never uses: furniture of any kind, or a short heading. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  const kind = classifyLine(text, 'trailer').kind;
  if (kind !== 'text' && kind !== 'headline') return true;
  // A heading inside the story ("What the law requires"): short and without an ending.
  return kind === 'headline' && words(text).length <= 12;
}
