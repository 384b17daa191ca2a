/**
 * The text with its first letter's case switched, to read in the flow of a sentence ("In
 * India, platforms…" after a lead-in becomes "in India, platforms…") or back. A first word
 * in capitals ("EU", "US") is a name, and is left alone; so is text that starts with a number.
 */
export function switchFirstLetterCase(text: string): string {
  const match = /^([\p{P}\s]*)(\p{L})(\p{L}*)/u.exec(text);
  if (!match) return text;
  const [whole, before, letter, rest] = match;
  if (rest.length > 0 && rest === rest.toUpperCase() && letter === letter.toUpperCase()) return text;
  const switched = letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase();
  return before + switched + rest + text.slice(whole.length);
}

/** True when the text starts with a small letter (after any punctuation). */
export const startsLowerCase = (text: string) => /^[\p{P}\s]*\p{Ll}/u.test(text);
