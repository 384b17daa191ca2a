import { z } from 'zod';

/** Longest word "Add to dictionary" takes: longer than any real word, short enough to refuse pasted sentences. */
export const MAX_PERSONAL_WORD_LENGTH = 64;

/** One word for the personal dictionary: no spaces, at least one letter, at most 64 characters. */
export const personalWordSchema = z
  .string()
  .min(1, 'A word is needed.')
  .max(MAX_PERSONAL_WORD_LENGTH, `A word has at most ${MAX_PERSONAL_WORD_LENGTH} characters.`)
  .regex(/^[^\s\p{Cc}\p{Cf}]+$/u, 'Only a single word can be added, without spaces.')
  .regex(/\p{L}/u, 'A word needs at least one letter.');

/** The personal dictionary as the window receives it; `problem` says why the file could not be read. */
export const personalWordsSchema = z.object({ words: z.array(z.string()), problem: z.string().nullable() });

export type PersonalWords = z.infer<typeof personalWordsSchema>;
