import type { ExtractionEvidence, SourceDocument } from './types';
import { classifyLine, organisationName, type ClassifiedLine, WIRE_AGENCIES } from './furniture';
import { firstExplicitDate } from './dates';
import { isoDate, parseIso } from './text';

export interface DocumentHeader {
  title: string;
  publisher: string;
  author: string | null;
  publishedDate: string | null;
  /** The text without its furniture (headline, byline, date and source lines, dateline, credits), for the extractors. */
  body: string;
  /** The place the dateline names ("BRUSSELS", "OSAKA, Japan"), if the story opens with one. */
  datelinePlace: string | null;
  evidence: ExtractionEvidence;
}

/** Lines at the top that may be furniture before the story starts. */
const HEADER_LINES = 14;
/** Lines at the bottom that may be credits, disclaimers and links. */
const TRAILER_LINES = 10;
const MAX_TITLE_LENGTH = 200;

/**
 * "BRUSSELS, April 23 (Reuters) -", "Hanoi, June 26 (VNA) -", "WASHINGTON, February 8, 2024—",
 * "BRUSSELS (Reuters) -", "VICTORIA —": place, then a date and a credit, either optional.
 */
const DATELINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?)(?:,\s*([^()—–]{3,32}?))?\s*(?:\(([^)]{2,30})\))?(?:\s+-{1,2}\s+|\s*(?:--|—|–)\s*)/u;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const YEARLESS = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)$/;
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Where a section of links or notes starts, everything after it is furniture. */
const END_OF_STORY = /^(?:notes? to editors?|related(?: articles| stories| links| content| coverage)?|associated links|more from .{1,30}|recommended(?: for you)?|read more|more on this story|about (?:the|us)\b.{0,40})$/i;

interface Dateline {
  /** Characters to cut from the start of the line. */
  length: number;
  date: string | null;
  /** True when the year was inferred from the weekday the lead names. */
  inferred: boolean;
  credit: string | null;
  place: string;
  text: string;
}

/** The year in which a day of a month fell on the weekday the lead names: the latest such year up to today. */
function yearFromWeekday(month: number, day: number, lead: string, today: string): string | null {
  const weekday = WEEKDAY.exec(lead)?.[1];
  const todayDate = parseIso(today);
  if (!weekday || !todayDate) return null;
  for (let year = todayDate.getUTCFullYear(); year > todayDate.getUTCFullYear() - 12; year--) {
    const date = isoDate(year, month, day);
    if (date && date <= today && new Date(`${date}T00:00:00Z`).getUTCDay() === WEEKDAY_NAMES.indexOf(weekday)) return date;
  }
  return null;
}

function readDateline(line: string, today: string): Dateline | null {
  const match = DATELINE.exec(line);
  if (!match) return null;
  const [whole, place, dateText, creditText] = match;
  const shouting = /\p{Lu}{3,}/u.test(place) && place === place.toUpperCase();
  if (!shouting && !dateText && !creditText) return null;
  if (dateText && !/\d/.test(dateText)) return null;
  const credit = creditText ? (WIRE_AGENCIES[creditText.trim()] ?? creditText.trim()) : null;
  let date = dateText ? firstExplicitDate(dateText) : null;
  let inferred = false;
  const yearless = dateText && !date ? YEARLESS.exec(dateText.trim()) : null;
  if (yearless) {
    const monthName = (yearless[2] ?? yearless[3]).slice(0, 3).toLowerCase();
    const month = MONTH_NAMES.indexOf(monthName) + 1;
    const day = Number(yearless[1] ?? yearless[4]);
    if (month > 0) {
      date = yearFromWeekday(month, day, line.slice(whole.length, whole.length + 300), today);
      inferred = date !== null;
    }
  }
  return { length: whole.length, date, inferred, credit, place, text: whole.trim() };
}

/** A line that reads like a headline: short, and not a sentence ending in a period. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 25 && line.length <= MAX_TITLE_LENGTH && !/[.:;,]$/.test(line);
}

/** "FTC" → "Federal Trade Commission" when the text spells the acronym out. */
function expandAcronym(name: string, body: string): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
  const letters = [...name];
  const phrase = new RegExp(`\\b${letters.map((letter) => `${letter}[\\p{L}-]+`).join(',?\\s+(?:(?:of|for|and|the|on)\\s+)*')}`, 'u');
  return phrase.exec(body)?.[0] ?? name;
}

/** The site's own domain, as a last resort for the publisher: "www.example.org/…" → "example.org". */
function domainOf(url: string | undefined): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : null;
  return host ? host.replace(/^www\./i, '').toLowerCase() : null;
}

/** A PDF's or Word document's own date is when the file was made (perhaps a draft's); a date printed in the text wins over it. */
function fileDateIsWeak(fileName: string | null): boolean {
  return /\.(?:pdf|docx?)$/i.test(fileName ?? '');
}

interface Candidate {
  value: string;
  line: string;
  unsure: boolean;
}

/**
 * Title, publisher, author and publication date, from the file's metadata and from the
 * furniture around the story (see furniture.ts), with the line each came from.
 */
export function readHeader(doc: SourceDocument, today: string): DocumentHeader {
  const lines = doc.text.split(/\r?\n/);
  const meta = doc.metadata;
  const furniture = new Set<number>();
  const dates: Candidate[] = [];
  const publishers: Candidate[] = [];
  const organisations: Candidate[] = [];
  let title = meta.title?.replace(/\s+/g, ' ').trim() ?? '';
  let titleLine = title ? 'the document’s own title' : '';
  let author = meta.author?.trim() || null;
  let authorLine = author ? 'the document’s properties' : '';
  const note = (classified: ClassifiedLine, line: string, index: number) => {
    furniture.add(index);
    if (classified.date) dates.push({ value: classified.date, line, unsure: false });
    if (classified.author && !author) {
      author = classified.author;
      authorLine = line;
    }
    if (classified.kind === 'organisation' && classified.publisher) organisations.push({ value: classified.publisher, line, unsure: false });
    else if (classified.publisher) publishers.push({ value: classified.publisher, line, unsure: false });
  };

  // The header: everything above the first line of story text.
  let seen = 0;
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i].replace(/\s+/g, ' ').trim();
    if (!line) continue;
    seen++;
    let classified = classifyLine(line, 'header');
    // Capitalised words right above a section label ("Harrow & Vale LLP" / "Client Alert") are who issued it.
    const nextLine = lines.slice(i + 1).find((next) => next.trim())?.trim() ?? '';
    const isMetaTitle = title !== '' && line.toLowerCase() === title.toLowerCase();
    const issuer = classified.kind === 'headline' && !isMetaTitle && classifyLine(nextLine, 'header').kind === 'kicker' ? organisationName(line, true) : null;
    if (issuer) classified = { kind: 'organisation', publisher: issuer };
    if (classified.kind === 'text') {
      bodyStart = i;
      break;
    }
    // A bare name above any headline is more likely the headline ("Regulator Fines Platform").
    if (classified.bareName && !title) classified = { kind: 'headline' };
    if (classified.kind === 'headline') {
      const sameAsMeta = title && line.toLowerCase() === title.toLowerCase();
      if (sameAsMeta || (!title && isHeadline(line) && line.split(' ').length >= 3)) {
        title ||= line;
        titleLine ||= line;
        furniture.add(i);
        continue;
      }
      // A second headline is a sub-headline (standfirst): furniture, kept out of the summary.
      if (title) furniture.add(i);
      continue;
    }
    // Organisation lines name the publisher only above the headline (below it they are speakers' titles).
    if (classified.kind === 'organisation' && title && titleLine !== 'the document’s own title') {
      furniture.add(i);
      continue;
    }
    note(classified, line, i);
  }

  // The dateline that opens the story: "BRUSSELS, April 23 (Reuters) - …".
  let datelineDate: Candidate | null = null;
  let datelinePlace: string | null = null;
  if (bodyStart < lines.length) {
    const dateline = readDateline(lines[bodyStart].trim(), today);
    if (dateline) {
      datelinePlace = dateline.place;
      lines[bodyStart] = lines[bodyStart].trim().slice(dateline.length).trim();
      if (dateline.date) datelineDate = { value: dateline.date, line: dateline.text, unsure: dateline.inferred };
      if (dateline.credit) publishers.unshift({ value: dateline.credit, line: dateline.text, unsure: false });
    }
  }

  // The trailer: notes, links, credits and disclaimers below the story.
  const trailerDates: Candidate[] = [];
  const endAt = lines.findIndex((line, i) => i > bodyStart && END_OF_STORY.test(line.trim()));
  if (endAt >= 0) for (let i = endAt; i < lines.length; i++) furniture.add(i);
  let checked = 0;
  for (let i = (endAt >= 0 ? endAt : lines.length) - 1; i > bodyStart && checked < TRAILER_LINES; i--) {
    const line = lines[i].replace(/\s+/g, ' ').trim();
    if (!line) continue;
    checked++;
    const classified = classifyLine(line, 'trailer');
    if (classified.kind === 'text') break;
    furniture.add(i);
    if (classified.date) trailerDates.push({ value: classified.date, line, unsure: false });
    if (classified.publisher) publishers.push({ value: classified.publisher, line, unsure: false });
  }

  const body = lines.filter((_, i) => !furniture.has(i)).join('\n');
  if (!title) {
    title = fallbackTitle(body) || doc.fileName?.replace(/\.[^.]+$/, '') || 'Untitled development';
    titleLine = 'the opening words of the text';
  }

  const metaDate = meta.publishedDate && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedDate) ? meta.publishedDate : null;
  const fileDate: Candidate | null = metaDate ? { value: metaDate, line: 'the document’s own date', unsure: fileDateIsWeak(doc.fileName) } : null;
  const dateOrder = [
    ...(fileDate && !fileDate.unsure ? [fileDate] : []),
    ...dates,
    ...(datelineDate ? [datelineDate] : []),
    ...trailerDates,
    ...(fileDate && fileDate.unsure ? [{ ...fileDate, line: 'the file’s creation date (no date is printed in the text)' }] : []),
  ];
  const published = dateOrder.find((candidate) => candidate.value <= today) ?? null;

  const domain = domainOf(meta.url);
  const publisherOrder: Candidate[] = [
    ...(meta.publisher?.trim() ? [{ value: meta.publisher.trim(), line: 'the page’s own site name', unsure: false }] : []),
    ...publishers,
    ...organisations,
    ...(meta.author?.trim() && fileDateIsWeak(doc.fileName) ? [{ value: meta.author.trim(), line: 'the document’s author property', unsure: true }] : []),
    ...(domain ? [{ value: domain, line: meta.url!, unsure: true }] : []),
  ];
  const publisher = publisherOrder[0] ? { ...publisherOrder[0], value: expandAcronym(publisherOrder[0].value, body) } : null;

  const evidence: ExtractionEvidence = {
    title: { text: titleLine, unsure: titleLine === 'the opening words of the text' },
    publishedDate: published ? { text: published.line, unsure: published.unsure } : { text: 'No date is printed with the story; left for you to fill in.', unsure: true },
    publisher: publisher ? { text: publisher.line, unsure: publisher.unsure } : { text: 'No publisher is named.', unsure: true },
  };
  if (author) evidence.author = { text: authorLine, unsure: false };
  return { title, publisher: publisher?.value ?? '', author, publishedDate: published?.value ?? null, body, datelinePlace, evidence };
}

/** The opening words of the text, cut at a word boundary. */
function fallbackTitle(body: string): string {
  const first = body.replace(/\s+/g, ' ').trim().slice(0, 120);
  if (first.length < 120) return first;
  return `${first.slice(0, first.lastIndexOf(' ') > 40 ? first.lastIndexOf(' ') : 120)}…`;
}
