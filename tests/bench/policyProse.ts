// Plausible briefing-note prose of any length, generated from sentence parts with a seeded
// generator (the same text every run), for timing the spelling checker on a long note. About
// one sentence in thirty carries a typo (two letters swapped), as a real draft does; web
// addresses, acronyms and figures appear as they do in briefing notes.

const ENGLISH = {
  subjects: [
    'The department',
    'The interagency working group',
    'Officials in the central agencies',
    "The Minister's office",
    'Provincial and territorial counterparts',
    'The regulator',
    'Stakeholders consulted in the spring',
    'The federal government',
    'A parliamentary committee',
    'The OECD secretariat',
    'Industry associations',
    'Indigenous partners',
  ],
  verbs: [
    'has proposed',
    'is expected to review',
    'recommends',
    'will consider',
    'cannot yet assess',
    'supports',
    'has raised concerns about',
    'intends to publish',
    'is consulting on',
    'continues to monitor',
    'has asked for further analysis of',
  ],
  objects: [
    'a tiered licensing framework for dual-use technologies',
    'the cost of compliance for small and medium-sized enterprises',
    'new reporting obligations for online platforms',
    'the timeline for implementation of the regulations',
    'options to strengthen oversight of critical minerals supply chains',
    'the privacy implications of the proposed data-sharing arrangement',
    'a phased approach to the adoption of artificial intelligence in public services',
    "the government's response to the committee's recommendations",
    'the financial risks of delaying the procurement',
    'measures to improve the resilience of electricity grids',
  ],
  endings: [
    'before the end of the fiscal year.',
    'in consultation with provinces and territories.',
    'subject to Treasury Board approval.',
    'as set out in Annex B.',
    "following the G7 leaders' statement of 15 June 2026.",
    'according to figures published at https://www.canada.ca/en/services.html.',
    "while managing the risk to Canada's trading relationships.",
    'with a report to the Minister expected in the autumn.',
    'and questions may be sent to policy-briefs@example.gc.ca.',
    'although the evidence remains limited.',
  ],
};

const FRENCH = {
  subjects: [
    'Le ministère',
    'Le groupe de travail interministériel',
    'Les fonctionnaires des organismes centraux',
    'Le cabinet du ministre',
    'Les homologues provinciaux et territoriaux',
    "L'organisme de réglementation",
    'Les intervenants consultés au printemps',
    'Le gouvernement fédéral',
    'Un comité parlementaire',
    "Le secrétariat de l'OCDE",
  ],
  verbs: [
    'a proposé',
    'devrait examiner',
    'recommande',
    'étudiera',
    "ne peut pas encore évaluer",
    'appuie',
    "s'inquiète de",
    "a l'intention de publier",
    'mène des consultations sur',
    'continue de surveiller',
  ],
  objects: [
    "un cadre de licences à plusieurs niveaux pour les technologies à double usage",
    "le coût de la conformité pour les petites et moyennes entreprises",
    'de nouvelles obligations de déclaration pour les plateformes en ligne',
    "l'échéancier de mise en œuvre du règlement",
    "des options pour renforcer la surveillance des chaînes d'approvisionnement en minéraux critiques",
    "les répercussions sur la vie privée de l'entente d'échange de données",
    "une approche progressive de l'adoption de l'intelligence artificielle dans les services publics",
    'la réponse du gouvernement aux recommandations du comité',
  ],
  endings: [
    "avant la fin de l'exercice.",
    'en consultation avec les provinces et les territoires.',
    "sous réserve de l'approbation du Conseil du Trésor.",
    "comme il est indiqué à l'annexe B.",
    'à la suite de la déclaration des dirigeants du G7 du 15 juin 2026.',
    "selon les données publiées à l'adresse https://www.canada.ca/fr/services.html.",
    "tout en gérant les risques pour les relations commerciales du Canada.",
    "et un rapport au ministre est attendu à l'automne.",
    "bien que les données probantes demeurent limitées.",
  ],
};

/** A small seeded generator (mulberry32): the same prose on every run and machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Swaps two letters inside the sentence's longest plain word: a typo as fingers make them. */
function withTypo(sentence: string): string {
  const words = sentence.match(/\p{Ll}{7,}/gu);
  if (!words) return sentence;
  const word = words.reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest));
  const at = Math.floor(word.length / 2);
  const typo = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return sentence.replace(word, typo);
}

/** Paragraphs of three to six sentences, about `words` words in all. */
export function policyProse(words: number, language: 'en' | 'fr', seed = 23): string[] {
  const parts = language === 'en' ? ENGLISH : FRENCH;
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const paragraphs: string[] = [];
  let count = 0;
  let sentences = 0;
  while (count < words) {
    const paragraph: string[] = [];
    const length = 3 + Math.floor(random() * 4);
    for (let index = 0; index < length; index++) {
      let sentence = `${pick(parts.subjects)} ${pick(parts.verbs)} ${pick(parts.objects)} ${pick(parts.endings)}`;
      if (++sentences % 30 === 0) sentence = withTypo(sentence);
      paragraph.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs;
}
