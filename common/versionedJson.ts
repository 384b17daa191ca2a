import type { z } from 'zod';
import type { AppError } from './result';

/**
 * How one of Brieflink's versioned JSON files is read, and what to say at each way it can
 * fail. The messages are the format's own: a note, a shared note and a bundle each name
 * themselves and say what was left undone.
 */
export interface VersionedFormat<Header, Parsed> {
  /** Just enough of the file to tell what wrote it, read before the full schema. */
  header: z.ZodType<Header>;
  versionOf(header: Header): number;
  /** The newest version this build reads. */
  newest: number;
  schema: z.ZodType<Parsed>;
  notJson(): AppError;
  notThisFormat(): AppError;
  newer(version: number): AppError;
  damaged(error: z.ZodError): AppError;
  /** A check between the version and the full schema (a shared note's note may be newer than the file around it). */
  beforeSchema?(json: unknown): void;
}

/** The header of parsed JSON, refused when it is not this format or is newer than this build reads. */
export function readVersionedHeader<Header, Parsed>(json: unknown, format: VersionedFormat<Header, Parsed>): Header {
  const header = format.header.safeParse(json);
  if (!header.success) throw format.notThisFormat();
  const version = format.versionOf(header.data);
  if (version > format.newest) throw format.newer(version);
  return header.data;
}

/**
 * Parse the JSON, check the header, refuse a newer version, then the full schema: in this
 * order, so a file from a newer version is told as such rather than as damaged.
 */
export function parseVersionedJson<Header, Parsed>(text: string, format: VersionedFormat<Header, Parsed>): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw format.notJson();
  }
  readVersionedHeader(json, format);
  format.beforeSchema?.(json);
  const parsed = format.schema.safeParse(json);
  if (!parsed.success) throw format.damaged(parsed.error);
  return parsed.data;
}
