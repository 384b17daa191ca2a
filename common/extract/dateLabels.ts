/**
 * Short labels for key dates, built from the clause the date sits in: "A formal announcement
 * is expected within the next 60 days" → "Formal announcement expected (within 60 days)".
 */

const LEADING_DROPS = new Set('a an the and but or so while as that which then also its their this these'.split(' '));
const TRAILING_DROPS = new Set(
  'by on before until till from in within at of for the a an to after around about no later than next coming over during since as and or is are was were'.split(' '),
);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were']);
/** A clause starting with one of these has lost its subject ("…, will begin in two months"). */
const VERB_START = new Set('will would must should can could may might shall to expected due set has have had plans plan'.split(' '));
/** Clause breaks; " and " only where a second verb phrase starts. */
const CLAUSE_BREAK = /[,;:()—–"“”]| - | and (?=(?:will|would|must|should|is|are|was|were|has|have|can|could|may|might)\b)/;
const MAX_LABEL_WORDS = 8;
/** Words that can follow a date without being its clause's verb. */
const NOT_A_VERB = new Set('to the a an of and or in for at by from with on that which who as than its their this these'.split(' '));
/** "Officials said (that) …": who said it is not what happens on the date. */
const ATTRIBUTION = /^.*?\b(?:said|says|announced|added|noted|stated)\s+(?:that\s+)?/;

/** Words of the clause before the date (or after it, when the date opens the clause). */
export function labelFor(sentence: string, start: number, end: number, phrase: string): string {
  const clauses = sentence.slice(0, start).split(CLAUSE_BREAK);
  const before = (clauses.pop() ?? '').replace(ATTRIBUTION, '');
  let words = tidy(before.split(/\s+/)).slice(-MAX_LABEL_WORDS);
  if (clauses.length > 0 && words.length > 0 && VERB_START.has(words[0].toLowerCase())) {
    // Borrow the subject from the start of the sentence: "An independent review … will begin".
    const subject = tidy((sentence.split(CLAUSE_BREAK)[0] ?? '').split(/\s+/)).slice(0, 5);
    if (subject.length && sentence.indexOf(subject[0]) < start) words = [...subject, ...words].slice(0, MAX_LABEL_WORDS + 2);
  }
  const after = sentence.slice(end).replace(/^[\s,;:.]+/, '').split(/[,;:()—–"“”.]| - /)[0] ?? '';
  const afterWords = tidy(after.split(/\s+/));
  if (/^\p{Ll}/u.test(afterWords[0] ?? '') && !NOT_A_VERB.has(afterWords[0]) && words.length >= 1) {
    // "The upper house on Wednesday approved the law": the verb after the date says what happened.
    words = [...words.slice(-5), ...afterWords].slice(0, MAX_LABEL_WORDS + 2);
  } else if (words.length < 3 || /^(?:have|has|given|get|gets)$/i.test(words[words.length - 1])) {
    // Too little before the date ("By 15 March, member states must …", "Firms have 20 days
    // to respond"): the rest of the clause after it says what happens.
    words = [...words, ...afterWords].slice(0, MAX_LABEL_WORDS);
  }
  while (words.length > 1 && TRAILING_DROPS.has(words[words.length - 1].toLowerCase())) words.pop();
  const text = words.join(' ');
  const head = text ? text[0].toUpperCase() + text.slice(1) : 'Date mentioned';
  return `${head} (${phrase})`;
}

function tidy(raw: string[]): string[] {
  const words = raw.filter(Boolean).map((word) => word.replace(/^[("'“‘]+|[)"'”’.,;:]+$/g, '')).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    if (AUXILIARIES.has(lower)) continue;
    if (lower === 'will' && words[i + 1]?.toLowerCase() === 'be') {
      i++;
      continue;
    }
    out.push(words[i]);
  }
  while (out.length && LEADING_DROPS.has(out[0].toLowerCase())) out.shift();
  while (out.length && TRAILING_DROPS.has(out[out.length - 1].toLowerCase())) out.pop();
  return out;
}
