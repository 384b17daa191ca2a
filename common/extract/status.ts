import type { DevelopmentStatus } from '../development';
import type { FieldEvidence } from './types';

/*
 * Where a development stands, from what the text says happened: "took effect" is in force,
 * "seeks views until" a consultation, "opened an investigation" under review, "tabled a
 * bill" proposed, "passed", "signed" or "fined" adopted, "launched" announced, "shelved"
 * withdrawn. Each cue counts by where it is (the headline and the lead say what the news
 * is) and how clearly it names the stage.
 */

interface Cue {
  status: DevelopmentStatus;
  pattern: RegExp;
  /** 2 for words that name the stage outright, 1 for words that only lean towards it; 4 for a stage that overrides the others once said (in force, withdrawn). */
  weight: number;
}

const CUES: readonly Cue[] = [
  { status: 'withdrawn', weight: 4, pattern: /\b(?:withdr[ae]w[sn]?|withdrawing|scrap(?:s|ped|ping)|shel(?:ve|ves|ved|ving)|abandon(?:s|ed|ing)?|died on the order paper|(?:off|from) the table|repeal(?:s|ed|ing)|no longer pursue|drops? (?:its |the |a )?(?:plan|proposal|bill))\b/i },
  { status: 'in force', weight: 4, pattern: /\b(?:took (?:full )?effect|take[s]? effect immediately|effective immediately|with immediate effect|entered into force|came into force|now in force|in force since|(?:become|becomes|became|now) enforceable|kick(?:s|ed)? in|start(?:s|ed)? applying|began applying|upon publication|has taken effect|have taken effect|take[s]? effect (?:today|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:from|as of) today)\b/i },
  { status: 'consultation', weight: 2, pattern: /\b(?:(?:opens?|opened|launch(?:es|ed)?) (?:a )?(?:public )?consultation|consultation (?:closes|runs|is open)|seeks? views|seeking views|invit(?:es|ed|ing) (?:public )?comments|accept(?:s|ed|ing)? (?:public )?comments|public comments? (?:until|by)|call for evidence|comment period|comments? (?:until|by)|respond until|responses? (?:are )?(?:due|open) (?:until|by))\b/i },
  { status: 'consultation', weight: 1, pattern: /\bconsultation\b/i },
  { status: 'under review', weight: 2, pattern: /\b(?:investigat(?:ion|ions|ing)|probes?|inquiry|opened? (?:formal )?proceedings|formal proceedings|sues|sued|lawsuit|filed an application|(?:court|legal) challenge|stalled|under review|recommend(?:s|ed)|assess(?:es)? whether)\b/i },
  { status: 'proposed', weight: 2, pattern: /\b(?:draft|propos(?:es|ed|al|als)|introduc(?:es|ed|ing) (?:a |the )?(?:bill|legislation|draft)|tabled?|tables|first reading|approved in general|sending the (?:measure|bill)|goes to the|take up the bill|would (?:require|let|allow|create|ban|set up))\b/i },
  { status: 'proposed', weight: 1, pattern: /\b(?:bill|plans? to introduce)\b/i },
  { status: 'adopted', weight: 2, pattern: /\b(?:passe[sd]|adopt(?:s|ed)|enact(?:s|ed)|royal assent|became law|becomes law|signed into law|signs|signed|final(?:ize[sd]?|ise[sd]?)|final green light|fine[sd]|fines|penalty|upheld|upholds|endors(?:es|ed)|designat(?:es|ed)|notified|(?:(?:was|were|has|have) issued|issue[sd]? (?:a |the |new |its )?(?:[\w-]+\s+){0,5}?(?:code|directive|order|ruling|guidance|guidelines|regulation|decision|rules|recommendations))|publish(?:es|ed)? (?:final|the final|new )?(?:guidelines|recommendations|rules|provisions|code|regulation|opinion)|adoption|ruled|approv(?:es|ed) (?:the |a |new )?(?:law|act|rule|regulation|code|establishment))\b/i },
  { status: 'adopted', weight: 1, pattern: /\b(?:approv(?:es|ed)|orders?|ordered|law)\b/i },
  { status: 'announced', weight: 2, pattern: /\b(?:announc(?:es|ed|ing)|launch(?:es|ed|ing)|unveil(?:s|ed|ing)|pledg(?:es|ed)|agree[sd]? to work|legal notices|has given)\b/i },
  { status: 'announced', weight: 1, pattern: /\b(?:plans?|will|strategy|commit(?:s|ted))\b/i },
];

const PLACE_WEIGHT = [3, 2.5, 1.5] as const;
const REST_WEIGHT = 0.5;
/** Stages listed later win a tie: a law "passed" and "in force" is in force. */
const TIE_ORDER: readonly DevelopmentStatus[] = ['announced', 'adopted', 'proposed', 'under review', 'consultation', 'in force', 'withdrawn'];

export interface ProposedStatus {
  status: DevelopmentStatus;
  evidence: FieldEvidence;
}

/** The status the headline, lead and text point to, with the sentence that says so. */
export function extractStatus(title: string, sentences: readonly string[]): ProposedStatus {
  const passages = [title, ...sentences.slice(0, 30)];
  const scores = new Map<DevelopmentStatus, number>();
  const strongest = new Map<DevelopmentStatus, { text: string; value: number }>();
  passages.forEach((text, i) => {
    const place = i < PLACE_WEIGHT.length ? PLACE_WEIGHT[i] : REST_WEIGHT;
    for (const cue of CUES) {
      if (!cue.pattern.test(text)) continue;
      const value = cue.weight * place;
      scores.set(cue.status, (scores.get(cue.status) ?? 0) + value);
      if (value > (strongest.get(cue.status)?.value ?? 0)) strongest.set(cue.status, { text, value });
    }
  });
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || TIE_ORDER.indexOf(b[0]) - TIE_ORDER.indexOf(a[0]));
  const [best, runnerUp] = ranked;
  if (!best) return { status: 'announced', evidence: { text: 'The text names no stage; “announced” is a guess.', unsure: true } };
  const unsure = best[1] < 3 || (runnerUp !== undefined && runnerUp[1] > 0.7 * best[1]);
  return { status: best[0], evidence: { text: strongest.get(best[0])!.text, unsure } };
}
