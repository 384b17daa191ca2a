import { escapeRegExp, stem } from './text';

/** The taxonomy a new workspace starts with (the library's); users add and remove topics freely. */
export { DEFAULT_TOPICS } from '../development';

/**
 * Cues for the default topics, matched lower-case at a word start; a cue matches words
 * that begin with it ("export control" matches "export controls"). Strong cues (weight 2)
 * are nearly unambiguous; weak ones (1) need company. A topic needs a score of
 * TOPIC_THRESHOLD to be proposed.
 */
export const TOPIC_CUES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  'export controls': [
    ['export control', 2], ['export ban', 2], ['export restriction', 2], ['entity list', 2], ['export licen', 2],
    ['dual-use', 1], ['licensing', 1], ['sanction', 1], ['controls on', 1], ['blacklist', 1], ['tech ban', 1], ['foreign direct product', 2],
  ],
  'AI governance': [
    ['ai act', 2], ['ai governance', 2], ['artificial intelligence', 1], ['ai model', 1], ['ai system', 1], ['frontier model', 2],
    ['general-purpose ai', 2], ['ai safety', 2], ['ai strategy', 2], ['ethical ai', 2], ['algorithm', 1], ['ai ', 1], ['machine learning', 1],
    ['ai-generated', 1],
  ],
  'content moderation': [
    ['content moderation', 2], ['takedown', 2], ['take down', 1], ['remove content', 2], ['deepfake', 2], ['misinformation', 1],
    ['disinformation', 1], ['illegal content', 2], ['hate speech', 2], ['moderat', 1], ['social media platform', 1], ['notice-and-action', 2],
  ],
  semiconductors: [
    ['semiconductor', 2], ['chip', 1], ['foundr', 1], ['wafer', 2], ['lithograph', 2], ['fab ', 1], ['fabrication', 1], ['integrated circuit', 2],
  ],
  robotics: [['robot', 2], ['automation', 1], ['autonomous', 1], ['drone', 1], ['humanoid', 2]],
  trade: [
    ['tariff', 2], ['trade agreement', 2], ['trade deal', 2], ['free trade', 2], ['trade talks', 2], ['wto', 2], ['world trade organization', 2],
    ['import', 1], ['exports', 1], ['supply chain', 1], ['trade', 1], ['customs', 1], ['anti-dumping', 2],
  ],
  'data protection': [
    ['data protection', 2], ['personal data', 2], ['privacy', 1], ['gdpr', 2], ['data transfer', 2], ['data breach', 1], ['consent', 1],
    ['data localisation', 1], ['data localization', 1], ['biometric', 1], ['health data', 1], ['health record', 1], ['sensitive data', 1],
  ],
  'online safety': [
    ['online safety', 2], ['child safety', 2], ['age verification', 2], ['age assurance', 2], ['harmful content', 2], ['minors', 1],
    ['children online', 2], ['cyberbullying', 2], ['duty of care', 1], ['social media ban', 2], ['minimum age', 2], ['age check', 2],
    ['age estimation', 2], ['under-16', 1], ['under 16', 1], ['protect children', 2], ['protect minors', 2],
  ],
  'digital sovereignty': [
    ['digital sovereignty', 2], ['technological sovereignty', 2], ['tech sovereignty', 2], ['sovereign cloud', 2], ['data localisation', 1],
    ['data localization', 1], ['strategic autonomy', 2], ['decoupling', 1], ['self-sufficien', 1], ['domestic champion', 1],
  ],
  cybersecurity: [
    ['cybersecurity', 2], ['cyber security', 2], ['cyberattack', 2], ['cyber attack', 2], ['ransomware', 2], ['vulnerabilit', 1],
    ['hacking', 1], ['hacker', 1], ['incident report', 1], ['critical infrastructure', 1], ['nis2', 2], ['breach', 1],
    ['espionage', 1], ['sabotage', 1], ['high-risk supplier', 2], ['high-risk vendor', 2], ['5g security', 2], ['security risk', 1],
  ],
  competition: [
    ['antitrust', 2], ['competition law', 2], ['competition authorit', 2], ['competition regulator', 2], ['merger', 1], ['acquisition', 1],
    ['dominant position', 2], ['abuse of dominance', 2], ['gatekeeper', 2], ['digital markets act', 2], ['anticompetitive', 2],
    ['anti-competitive', 2], ['market power', 1], ['monopol', 2], ['self-preferencing', 2],
  ],
  telecommunications: [
    ['telecom', 2], ['5g', 2], ['6g', 2], ['spectrum', 2], ['broadband', 2], ['mobile network', 2], ['network operator', 2],
    ['submarine cable', 2], ['undersea cable', 2], ['satellite internet', 2], ['roaming', 1], ['fibre', 1], ['fiber', 1],
  ],
};

export const TOPIC_THRESHOLD = 3;

const cuePatterns = new Map<string, RegExp>();
let allCues: RegExp | null = null;

/**
 * How often each default cue occurs, in one pass over the text (one regex per cue was the
 * slowest part of extraction). At any one place the longest cue wins: "trade agreement"
 * counts once, not also as "trade".
 */
function countAllCues(lowerText: string): Map<string, number> {
  allCues ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...new Set(Object.values(TOPIC_CUES).flatMap((cues) => cues.map(([cue]) => cue)))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})`,
    'gu',
  );
  const counts = new Map<string, number>();
  for (const match of lowerText.matchAll(allCues)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

function cueCount(lowerText: string, cue: string): number {
  // Cues ending in a space ("ai ", "fab ") need a whole word; others match any continuation.
  let pattern = cuePatterns.get(cue);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}`, 'gu');
    cuePatterns.set(cue, pattern);
  }
  return lowerText.match(pattern)?.length ?? 0;
}

/** A user's own topic: its whole name (by word stems, in order) counts double, each word stem once. */
function customTopicScore(lowerText: string, topic: string): number {
  const stems = topic.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map(stem) ?? [];
  if (stems.length === 0) return 0;
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${stems.map(escapeRegExp).join('[\\p{L}\\p{N}]*[\\s-]+')}`, 'gu');
  const whole = lowerText.match(phrase)?.length ?? 0;
  if (stems.length === 1) return 2 * whole;
  // Words of a multi-word name count only if every one of them appears.
  const each = stems.map((s) => cueCount(lowerText, s));
  return 2 * whole + (each.every((count) => count > 0) ? Math.min(...each) : 0);
}

/**
 * Topics of the user's taxonomy that the text is about, strongest first. Topics from the
 * default list use their cue table; any other topic matches by its own name and word stems.
 * The title counts three times.
 */
export function extractTopics(title: string, body: string, taxonomy: readonly string[]): string[] {
  const lowerTitle = title.toLowerCase();
  const lowerBody = body.toLowerCase();
  const cuesByName = new Map(Object.entries(TOPIC_CUES).map(([name, cues]) => [name.toLowerCase(), cues]));
  const bodyCounts = countAllCues(lowerBody);
  const titleCounts = countAllCues(lowerTitle);
  const scored: { topic: string; score: number }[] = [];
  for (const topic of taxonomy) {
    const cues = cuesByName.get(topic.trim().toLowerCase());
    const score = cues
      ? cues.reduce((sum, [cue, weight]) => sum + weight * ((bodyCounts.get(cue) ?? 0) + 3 * (titleCounts.get(cue) ?? 0)), 0)
      : customTopicScore(lowerBody, topic) + 3 * customTopicScore(lowerTitle, topic);
    if (score >= TOPIC_THRESHOLD) scored.push({ topic, score });
  }
  return scored.sort((a, b) => b.score - a.score).map(({ topic }) => topic);
}
