/**
 * Government bodies and organisations named in a text: "<Name> Department/Agency/…",
 * "Department/Ministry/Office of <Name>", companies with a legal suffix, names defined with
 * an acronym in parentheses, and a short list of organisations that carry no such marker.
 */

const BODY_WORDS =
  'Department|Ministry|Office|Agency|Commission|Authority|Council|Bureau|Administration|Parliament|Board|Committee|Regulator|Tribunal|Court|Senate|Congress|Cabinet|Institute|Directorate|Secretariat|Inspectorate|Ombudsman|Service|Assembly|Commissioner';
/**
 * A capitalised word, hyphenated ("Asia-Pacific") or a dotted abbreviation ("U.S."); other
 * words never take a period, so a name cannot run across a sentence end.
 */
const CAP = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{N}'’&-]*)";
const CONNECT = '(?:of|for|and|on|the|de|du)';

/*
 * Each pattern is found from its anchor (the head word, the legal suffix, the bracketed
 * acronym) and the capitalised words around it are read from a short window: a single
 * regex with an open-ended run of capitalised words before the anchor backtracks at every
 * capital letter of the text and was ten times slower.
 */
const HEAD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BODY_WORDS})(?![\\p{L}\\p{N}])`, 'gu');
/** "of the European Union", "of Health, Labour and Welfare" (a comma list must end in "and …"); up to two. */
const OF_TAIL = new RegExp(
  `(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${CAP}(?:(?:,\\s+${CAP})+,?\\s+and\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,2}|(?:\\s+(?:and\\s+)?${CAP}){0,5})){0,2}(?![\\p{L}])`,
  'uy',
);
const COMPANY_SUFFIX = /(?<![\p{L}\p{N}])(?:Inc|Ltd|Corp|Corporation|LLC|PLC|plc|GmbH|AG|SE|S\.A|N\.V|Co|Group|Holdings)\b\.?/gu;
const ACRONYM = /\((\p{Lu}[\p{L}&]{1,9})\)/gu;
const WORDS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?:${CAP}\\s+){1,5}$`, 'u');
const WORDS_BEFORE_ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(?:${CAP}\\s+(?:${CONNECT}\\s+){0,2}){1,8}$`, 'u');
const WINDOW = 120;

/** The run of capitalised words that ends right before `index`, or ''. */
function wordsBefore(text: string, index: number, pattern: RegExp): string {
  return pattern.exec(text.slice(Math.max(0, index - WINDOW), index))?.[0] ?? '';
}

/** "Federal Trade Commission", "U.S. Commerce Department", "Court of Justice of the European Union". */
function* namedBodies(text: string): Generator<[string, number]> {
  for (const head of text.matchAll(HEAD)) {
    const index = head.index ?? 0;
    const before = wordsBefore(text, index, WORDS_BEFORE);
    OF_TAIL.lastIndex = index + head[0].length;
    const tail = OF_TAIL.exec(text)?.[0] ?? '';
    yield [`${before}${head[0]}${tail}`, index - before.length];
  }
}

function* companies(text: string): Generator<[string, number]> {
  for (const suffix of text.matchAll(COMPANY_SUFFIX)) {
    const index = suffix.index ?? 0;
    const before = wordsBefore(text, index, WORDS_BEFORE);
    if (before) yield [`${before}${suffix[0]}`, index - before.length];
  }
}

/** Organisations often named bare, without a marker the patterns above would see. */
export const KNOWN_ORGANISATIONS = [
  'Huawei', 'ZTE', 'SMIC', 'TSMC', 'Nvidia', 'NVIDIA', 'AMD', 'Intel', 'Qualcomm', 'ASML', 'Samsung', 'SK Hynix', 'Micron', 'Apple', 'Google',
  'Alphabet', 'Meta', 'Microsoft', 'Amazon', 'ByteDance', 'TikTok', 'Alibaba', 'Tencent', 'Baidu', 'OpenAI', 'Anthropic', 'X Corp', 'Telegram',
  'WhatsApp', 'YouTube', 'Facebook', 'Instagram', 'Ericsson', 'Nokia', 'Vodafone', 'WTO', 'World Trade Organization', 'IMF', 'World Bank',
  'Interpol', 'Europol', 'ENISA', 'ITU', 'Pentagon', 'White House', 'Kremlin', 'Bundestag', 'Ofcom', 'CNIL', 'ANSSI', 'ACMA',
  'OECD', 'eSafety Commissioner',
];
const KNOWN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${KNOWN_ORGANISATIONS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Capitalised words that start a sentence or a phrase rather than a name. */
const NOT_NAME_WORDS = new Set(
  'The A An In On At By For From And But Or Meanwhile While However Under Both Its Their This That These Those Critics Officials Yesterday Today Last Next Earlier Later When If As Since After Before Also Several Many Some Each Every Both Such Any All Other New Its'.split(
    ' ',
  ),
);
const GENERIC_ALONE = new RegExp(`^(?:${BODY_WORDS}|Group|Co)$`, 'u');
const MAX_ACTORS = 15;

function clean(raw: string): string {
  let words = raw.replace(/\s+/g, ' ').trim().split(' ');
  // "Singapore's Infocomm Media Development Authority": the owner is not part of the name.
  // Kept when only the head word would remain: "Information Commissioner's Office".
  const owner = words.findLastIndex((word) => /[’']s$/.test(word));
  if (owner >= 0 && owner < words.length - 2) words = words.slice(owner + 1);
  while (words.length > 1 && NOT_NAME_WORDS.has(words[0])) words.shift();
  const name = words.join(' ');
  return /(?:Inc|Corp|Ltd|Co|U\.S|U\.K)\.$/.test(name) ? name : name.replace(/[.,;:]+$/, '');
}

/** Actors in order of how often they are named, then first mention; longer names absorb their tails. */
export function extractActors(text: string): string[] {
  const tally = new Map<string, { count: number; first: number }>();
  const add = (name: string, at: number) => {
    if (!name || GENERIC_ALONE.test(name) || name.length < 2) return;
    const current = tally.get(name) ?? { count: 0, first: at };
    current.count++;
    tally.set(name, current);
  };
  const acronyms = new Map<string, string>();
  for (const match of text.matchAll(ACRONYM)) {
    const acronym = match[1];
    const words = clean(wordsBefore(text, match.index ?? 0, WORDS_BEFORE_ACRONYM)).split(' ');
    // Drop leading words until the initials line up with the acronym's first letter.
    while (words.length > 1 && words[0][0] !== acronym[0]) words.shift();
    if (words[0]?.[0] === acronym[0] && words.length >= 2) acronyms.set(acronym, words.join(' '));
  }
  for (const [name, at] of namedBodies(text)) add(clean(name), at);
  for (const [name, at] of companies(text)) add(clean(name), at);
  for (const match of text.matchAll(KNOWN)) add(match[0], match.index ?? 0);
  for (const [acronym, full] of acronyms) {
    const uses = text.split(new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u')).length - 1;
    tally.set(full, { count: (tally.get(full)?.count ?? 0) + Math.max(1, uses), first: tally.get(full)?.first ?? text.indexOf(full) });
    tally.delete(acronym);
  }
  const names = [...tally.keys()];
  // "Commerce Department" inside "U.S. Commerce Department", or "Court of Justice" before
  // "Court of Justice of the European Union", is the same body: fold it into the longer name.
  const sameBody = (short: string, long: string) => long.endsWith(` ${short}`) || long.startsWith(`${short} of `);
  for (const name of names) {
    const longer = names.find((other) => other !== name && other.length > name.length && sameBody(name, other) && tally.has(other));
    if (longer && tally.has(name)) {
      tally.get(longer)!.count += tally.get(name)!.count;
      tally.delete(name);
    }
  }
  return [...tally.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, MAX_ACTORS)
    .map(([name]) => name);
}
