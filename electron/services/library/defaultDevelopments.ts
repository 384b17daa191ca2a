import type { Development, KeyDate } from '../../../common/development';

/** A development as shipped in the default library; revision and timestamps are set on first run. */
export type SeedDevelopment = Omit<Development, 'revision' | 'createdAt' | 'updatedAt'>;

/** The fields written out below; the rest are filled in by `complete`. */
type SeedCore = Omit<SeedDevelopment, 'author' | 'retrievedDate' | 'keyDates' | 'actors' | 'summaryProvenance' | 'keyPointsProvenance' | 'notes'>;

/** Joins paragraphs with the blank-line separator used by `fullText`. */
function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}

/** Named bodies and dated milestones of each default development, as a reviewer would record them. */
const DETAILS: Record<string, { actors: string[]; keyDates: KeyDate[] }> = {
  'us-china-export-control-easing-review-2025': {
    actors: ['Department of Commerce', 'Department of Defense', 'State Department', 'Office of the US Trade Representative'],
    keyDates: [{ date: '2025-12-19', label: 'Public decision expected (about 60 days after the report)' }],
  },
  'india-deepfake-two-hour-takedown-rule': { actors: ['Ministry of Electronics and Information Technology'], keyDates: [] },
  'singapore-ai-governance-consortium': { actors: ['Infocomm Media Development Authority'], keyDates: [] },
  'japan-elder-care-companion-robot-wolf': { actors: [], keyDates: [] },
  'eu-ai-act-gpai-obligations-apply-2025': {
    actors: ['European Commission', 'AI Office'],
    keyDates: [
      { date: '2025-08-02', label: 'Obligations for general-purpose AI models apply' },
      { date: '2026-08-02', label: 'Most remaining obligations apply' },
    ],
  },
  'uk-data-use-and-access-act-2025': {
    actors: ['Department for Science, Innovation and Technology', "Information Commissioner's Office"],
    keyDates: [{ date: '2025-06-19', label: 'Royal Assent' }],
  },
  'uk-online-safety-act-child-protection-duties': {
    actors: ['Ofcom'],
    keyDates: [{ date: '2025-07-25', label: 'Child protection duties take effect' }],
  },
  'australia-social-media-minimum-age-16': {
    actors: ['eSafety Commissioner'],
    keyDates: [{ date: '2025-12-10', label: 'Minimum age of 16 takes effect' }],
  },
  'canada-aida-bill-c27-lapses': { actors: ['Parliament of Canada'], keyDates: [{ date: '2025-01-06', label: 'Parliament prorogued; Bill C-27 lapses' }] },
  'china-ai-generated-content-labelling-measures': {
    actors: ['Cyberspace Administration of China'],
    keyDates: [{ date: '2025-09-01', label: 'Labelling measures take effect' }],
  },
  'eu-chips-act-review-2025': { actors: ['European Commission'], keyDates: [] },
  'japan-rapidus-semiconductor-support': { actors: ['Ministry of Economy, Trade and Industry', 'Rapidus'], keyDates: [] },
  'apec-2025-digital-trade-ai-cooperation': { actors: ['APEC'], keyDates: [] },
  'g20-brazil-digital-economy-ministerial-2024': { actors: ['G20 Digital Economy Working Group'], keyDates: [] },
  'eu-cloud-and-ai-development-act-plan': { actors: ['European Commission'], keyDates: [] },
};

/** Seeds are written and reviewed by people: their summaries and key points are 'human'. */
function complete(core: SeedCore): SeedDevelopment {
  const details = DETAILS[core.id] ?? { actors: [], keyDates: [] };
  return {
    ...core,
    author: '',
    retrievedDate: core.publishedDate,
    keyDates: details.keyDates,
    actors: details.actors,
    summaryProvenance: 'human',
    keyPointsProvenance: 'human',
    notes: '',
  };
}

const SEED_CORE: readonly SeedCore[] = [
  {
    id: 'us-china-export-control-easing-review-2025',
    title: 'US reportedly weighs easing some technology export restrictions on Chinese firms',
    publisher: 'The Register',
    url: null,
    publishedDate: '2025-10-20',
    jurisdictions: ['United States', 'China'],
    topics: ['export controls', 'semiconductors', 'AI governance', 'trade'],
    status: 'under review',
    summary:
      `Washington is said to be reconsidering parts of its export restrictions on Chinese technology companies, according to an Asia technology roundup from The Register. ` +
      `Officials are reported to favour a tiered licensing model that treats dual-use items differently from consumer products while keeping tight limits on the most sensitive technologies. ` +
      `No decision has been published; the proposals sit with an interagency review, and officials are expected to say something publicly in roughly 60 days.`,
    keyPoints: [
      {
        id: 'kp-1-no-formal-change',
        text: `No formal policy change has been made, and the reporting relies on unnamed officials familiar with internal discussions.`,
      },
      {
        id: 'kp-2-licensing-tiers',
        text: `Officials are said to be exploring licensing tiers that separate dual-use technologies from products aimed mainly at consumers.`,
      },
      {
        id: 'kp-3-sensitive-carve-outs',
        text: `Leading-edge chip manufacturing, quantum technology and surveillance systems would reportedly stay tightly controlled.`,
      },
      {
        id: 'kp-4-interagency-review',
        text: `The Department of Defense, the State Department and the Office of the US Trade Representative are taking part in the interagency review.`,
      },
      {
        id: 'kp-5-sixty-day-timeline',
        text: `Officials are expected to announce a decision in about 60 days, although that timing has not been confirmed.`,
      },
    ],
    fullText: paragraphs(
      `According to an Asia technology roundup published by The Register, the United States government is looking again at some of the export restrictions it has placed on Chinese technology companies. Nothing has been formally announced. The account draws on officials said to be close to internal deliberations, and it describes a view gaining ground among policymakers that broad restrictions covering lower-risk sectors may now be doing more harm than good to American firms and to the stability of supply chains.`,
      `Pressure for a change is reported to come largely from large US technology companies and chipmakers. Their argument is that keeping Chinese firms cut off for a long period has pushed Beijing to invest more heavily in its own research and production, which in turn weakens the commercial leverage of US suppliers. Product areas said to be in scope for possible licensing relief include consumer electronics, cloud services and some AI development tools, on condition that they raise no national security concerns.`,
      `The central idea in the reporting is a tiered licensing system. Rather than a single prohibition, licences would be graded according to whether a technology has military or dual-use potential or is aimed mainly at consumers. Under such a scheme, US companies could work with Chinese partners on civilian AI uses such as medical diagnostics, farm automation and education software. Quantum computing, leading-edge semiconductor fabrication and surveillance systems would stay under tight control.`,
      `The change in tone is linked to diplomacy ahead of the G20 and APEC summits. Commerce Department officials are reported to have held informal conversations with counterparts in the European Union, South Korea and Taiwan about aligning export control standards, which would point to a coordinated approach rather than unilateral action. Critics counter that loosening controls could weaken protection of intellectual property and give state-backed Chinese companies a route to sensitive Western technology through nominally civilian projects.`,
      `For now the proposals are under interagency review involving the Department of Defense, the State Department and the Office of the US Trade Representative, and a public decision is anticipated in around 60 days. Analysts should treat the story as unconfirmed until a rule or licensing guidance is published. If it goes ahead, it would be among the largest adjustments to US-China technology policy since the 2019 measures against Huawei.`,
    ),
  },
  {
    id: 'india-deepfake-two-hour-takedown-rule',
    title: 'India reported to require removal of reported deepfakes within two hours',
    publisher: 'The Register',
    url: null,
    publishedDate: '2025-10-20',
    jurisdictions: ['India'],
    topics: ['content moderation', 'online safety', 'AI governance'],
    status: 'announced',
    summary:
      `India has reportedly told social media platforms that a reported deepfake must come down no more than two hours after the complaint. ` +
      `The requirement, noted in an Asia technology roundup, would be one of the shortest removal deadlines applied to synthetic media anywhere. ` +
      `Its practical effect will depend on how platforms verify reports and how the obligation is enforced.`,
    keyPoints: [
      {
        id: 'kp-1-two-hour-window',
        text: `Platforms reportedly have a two-hour window, counted from the moment a report arrives, to take a deepfake down.`,
      },
      {
        id: 'kp-2-social-platforms',
        text: `The obligation is described as applying to social media platforms that operate in India.`,
      },
      {
        id: 'kp-3-possible-precedent',
        text: `Observers see the deadline as a possible reference point for other governments dealing with AI-generated misinformation.`,
      },
      {
        id: 'kp-4-over-removal-risk',
        text: `A very short deadline raises the risk that platforms remove lawful material to avoid liability.`,
      },
    ],
    fullText: paragraphs(
      `India has reportedly instructed social media platforms to remove deepfake material within two hours of it being flagged. The measure was mentioned in an Asia technology roundup as part of a wider trend in the region towards faster and more demanding content moderation. This note summarises what is known and what remains unclear; it should be read alongside the official text once a notification can be located and checked.`,
      `India already regulates online intermediaries through its information technology rules, which set out due diligence duties for platforms, grievance handling arrangements and timelines for acting on complaints and government orders. A two-hour window for synthetic media would be much tighter than most existing deadlines and places particular weight on the speed of platform review teams and automated detection systems.`,
      `Supporters argue that deepfakes can cause harm within minutes, especially impersonations of public figures, fabricated statements during elections and non-consensual intimate imagery. A short deadline is meant to limit how far such content spreads before it is taken down. Some commentators suggest the rule could become a benchmark for other governments looking for ways to contain AI-generated misinformation.`,
      `There are open questions. It is not yet clear how a platform is expected to confirm within two hours that a piece of content is synthetic, who may file a report, or what happens if a takedown turns out to be mistaken. Civil society groups in several countries have warned that tight deadlines encourage platforms to remove first and assess later, which can sweep up satire, journalism and legitimate political speech.`,
      `For policy staff, the points to watch are the formal legal basis of the requirement, any accompanying guidance on labelling or detection of synthetic content, the penalties for non-compliance, and how large platforms adjust their reporting tools. Comparisons with the labelling rules in China and the transparency duties in the EU AI Act may be useful when briefing on the Indian approach.`,
    ),
  },
  {
    id: 'singapore-ai-governance-consortium',
    title: 'Singapore pairs its national AI strategy with a public-private governance consortium',
    publisher: 'Smart Nation Singapore',
    url: null,
    publishedDate: '2025-10-15',
    jurisdictions: ['Singapore'],
    topics: ['AI governance', 'digital sovereignty'],
    status: 'announced',
    summary:
      `Singapore is building on its national AI strategy by bringing government agencies and companies together in a consortium focused on frameworks for trustworthy AI. ` +
      `The effort fits a long-running Singaporean preference for voluntary, practical guidance and testing tools over binding AI legislation. ` +
      `Details on membership, outputs and timelines are still emerging.`,
    keyPoints: [
      {
        id: 'kp-1-nais-refresh',
        text: `Singapore published a refreshed National AI Strategy, commonly called NAIS 2.0, in December 2023.`,
      },
      {
        id: 'kp-2-consortium',
        text: `A consortium of public agencies and private firms is reported to be developing ethical AI governance frameworks.`,
      },
      {
        id: 'kp-3-voluntary-model',
        text: `Singapore continues to favour voluntary frameworks and testing tools rather than a single binding AI law.`,
      },
      {
        id: 'kp-4-regional-influence',
        text: `Guidance produced by the consortium could shape AI governance discussions across Southeast Asia.`,
      },
    ],
    fullText: paragraphs(
      `Singapore is reported to be stepping up work under its national AI strategy by launching a consortium that brings together public agencies and private companies to develop frameworks for the ethical governance of AI. The move was highlighted in an Asia technology roundup alongside other regional developments, and it fits a pattern in which the city-state pairs investment in AI capability with practical governance tools.`,
      `The current strategy, released in December 2023 and commonly referred to as NAIS 2.0, sets out ambitions to build AI talent, computing capacity and industry adoption while keeping the technology trustworthy. Singapore has for several years promoted voluntary instruments, including its Model AI Governance Framework and the AI Verify testing toolkit, which companies can use to check and document how their systems behave.`,
      `A consortium model is consistent with that approach. Rather than drafting a comprehensive statute, the government works with developers, deployers and researchers to produce guidance, test methods and shared benchmarks. Participants gain early sight of regulatory expectations, and the authorities gain technical input that would be hard to build in-house.`,
      `Critics of voluntary schemes note that they depend on the goodwill of participating firms and offer limited remedies when things go wrong. Supporters answer that flexible guidance can be updated faster than legislation and can be aligned with international standards, which matters for a small, trade-dependent economy that hosts many regional headquarters.`,
      `For briefings, the useful comparison is between the collaborative, standards-led model in Singapore and the risk-based legal obligations of the EU AI Act. Analysts should watch for the membership of the consortium, any frameworks or testing results it publishes, and whether Singapore carries the work into ASEAN-level discussions on AI governance.`,
    ),
  },
  {
    id: 'japan-elder-care-companion-robot-wolf',
    title: 'Japan introduces an emotionally responsive robot wolf for elderly care',
    publisher: 'The Register',
    url: null,
    publishedDate: '2025-10-20',
    jurisdictions: ['Japan'],
    topics: ['robotics'],
    status: 'announced',
    summary:
      `A soft, wolf-shaped companion robot that responds to touch and voice has been introduced in Japan as an aid for older people. ` +
      `The launch reflects the long-standing Japanese use of robotics to cope with an ageing population and shortages of care workers. ` +
      `It also raises familiar questions about product safety, data collection in the home and emotional attachment to machines.`,
    keyPoints: [
      {
        id: 'kp-1-companion-design',
        text: `The robot is described as a cuddly, wolf-shaped companion that reacts to the behaviour and mood of its user.`,
      },
      {
        id: 'kp-2-ageing-society',
        text: `The product is aimed at elderly people and reflects demographic pressure on care services in Japan.`,
      },
      {
        id: 'kp-3-light-regulation',
        text: `Companion robots that make no medical claims generally face less regulatory scrutiny than medical devices.`,
      },
      {
        id: 'kp-4-home-data',
        text: `Sensors in a care robot can gather sensitive personal data inside the home, which raises data protection questions.`,
      },
    ],
    fullText: paragraphs(
      `A companion robot in the shape of a soft toy wolf has been introduced in Japan for use in elderly care, according to an Asia technology roundup. The device is described as emotionally responsive: it reacts to touch, voice and the behaviour of the person looking after it, with the aim of offering comfort and a sense of company to older people who live alone or in care facilities.`,
      `The product sits within a long tradition of Japanese social robotics. Japan has one of the oldest populations in the world and persistent shortages of care workers, and both government and industry have supported robots that help with lifting, monitoring and companionship. Earlier examples, such as therapeutic seal-shaped robots used in nursing homes, have been studied for their effects on mood and stress among people living with dementia.`,
      `Commentators have noted that Asian markets often bring this kind of robot into everyday life with less regulatory friction than Europe or North America. A companion device that makes no medical claims is usually treated as a consumer product rather than a medical device, which means it is covered by general product safety and consumer protection rules rather than clinical approval processes.`,
      `That lighter touch raises policy questions. A robot that listens, watches and learns the routine of its owner can collect sensitive information about health, mood and household activity. It is worth asking where such data is processed, who can access it and whether family members or care providers are informed. There are also ethical debates about emotional dependence, and about whether robots could be used to justify less human contact in care settings.`,
      `For policy staff, the development is a useful case study when briefing on robotics in social care, on the boundary between consumer and medical devices, and on how data protection law applies to connected products used by vulnerable people.`,
    ),
  },
  {
    id: 'eu-ai-act-gpai-obligations-apply-2025',
    title: 'EU AI Act obligations for general-purpose AI models begin to apply',
    publisher: 'EUR-Lex',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    publishedDate: '2025-08-02',
    jurisdictions: ['European Union'],
    topics: ['AI governance'],
    status: 'in force',
    summary:
      `From 2 August 2025, providers of general-purpose AI models placed on the EU market must meet the documentation, transparency and copyright-related obligations of the EU AI Act. ` +
      `Models considered to carry systemic risk face additional duties on evaluation, incident reporting and cybersecurity. ` +
      `The AI Office within the European Commission supervises these providers, and a voluntary code of practice offers one way to show compliance.`,
    keyPoints: [
      {
        id: 'kp-1-entry-into-force',
        text: `The AI Act, Regulation (EU) 2024/1689, entered into force on 1 August 2024 and applies in stages.`,
      },
      {
        id: 'kp-2-provider-duties',
        text: `Providers of general-purpose AI models must keep technical documentation, inform downstream providers and adopt a policy to comply with EU copyright law.`,
      },
      {
        id: 'kp-3-training-summary',
        text: `Providers must publish a sufficiently detailed summary of the content used to train their models.`,
      },
      {
        id: 'kp-4-systemic-risk',
        text: `Models with systemic risk must also be evaluated, have serious incidents reported and be protected by adequate cybersecurity.`,
      },
      {
        id: 'kp-5-code-of-practice',
        text: `A general-purpose AI code of practice, published in July 2025, gives providers a voluntary route to demonstrate compliance.`,
      },
      {
        id: 'kp-6-existing-models',
        text: `Models already on the market before 2 August 2025 have until 2 August 2027 to comply.`,
      },
    ],
    fullText: paragraphs(
      `The EU Artificial Intelligence Act, Regulation (EU) 2024/1689, entered into force on 1 August 2024 and is being phased in over several years. Bans on certain prohibited practices and the AI literacy duty applied first, from February 2025. On 2 August 2025 the next set of rules took effect: the obligations on providers of general-purpose AI models, meaning models that can perform a wide range of tasks and are built into many downstream systems.`,
      `All providers of such models placed on the EU market must draw up and maintain technical documentation, give downstream providers enough information to understand the capabilities and limits of the model, adopt a policy for complying with EU copyright law, and publish a sufficiently detailed summary of the content used for training. The Commission has issued a template for that summary. Some of these duties are lighter for models released under free and open-source licences, unless the model carries systemic risk.`,
      `A subset of models is classed as posing systemic risk, mainly because of their scale and capabilities. The Act presumes this where cumulative training compute exceeds 10^25 floating-point operations, and the Commission can also designate models. Providers of these models must evaluate them, including through adversarial testing, assess and mitigate systemic risks, track and report serious incidents to the AI Office, and ensure an adequate level of cybersecurity.`,
      `Supervision of general-purpose models sits with the AI Office in the European Commission rather than with national authorities. A code of practice drafted with input from independent experts, industry and civil society was published in July 2025. Signing it is voluntary, but it offers providers a recognised way to demonstrate that they meet their obligations. Models already on the market before 2 August 2025 have until 2 August 2027 to comply, and the power of the Commission to fine providers of general-purpose models applies from August 2026.`,
      `For briefing purposes, the key distinction is between obligations on model providers, which now apply, and obligations on high-risk AI systems, which are due to apply later and whose timetable has been the subject of further debate. Readers should check the latest Commission guidance, since implementation details continue to develop.`,
    ),
  },
  {
    id: 'uk-data-use-and-access-act-2025',
    title: 'UK Data (Use and Access) Act 2025 receives Royal Assent',
    publisher: 'UK Parliament',
    url: null,
    publishedDate: '2025-06-19',
    jurisdictions: ['United Kingdom'],
    topics: ['data protection'],
    status: 'in force',
    summary:
      `The Data (Use and Access) Act 2025 received Royal Assent in June 2025 and amends the UK data protection framework rather than replacing it. ` +
      `It introduces smart data schemes and a statutory framework for digital verification services, adjusts parts of the UK GDPR and the cookie rules, and restructures the regulator. ` +
      `Its provisions are being brought into force in stages.`,
    keyPoints: [
      {
        id: 'kp-1-amends-existing-law',
        text: `The Act amends the UK GDPR, the Data Protection Act 2018 and the Privacy and Electronic Communications Regulations rather than creating a new regime.`,
      },
      {
        id: 'kp-2-recognised-legitimate-interests',
        text: `It creates a list of recognised legitimate interests, such as certain security and safeguarding purposes, for which no separate balancing test is needed.`,
      },
      {
        id: 'kp-3-automated-decisions',
        text: `Limits on solely automated decision-making are relaxed for most personal data, subject to safeguards including the right to human intervention.`,
      },
      {
        id: 'kp-4-information-commission',
        text: `The Information Commissioner's Office is to be restructured as a corporate body called the Information Commission.`,
      },
      {
        id: 'kp-5-phased-commencement',
        text: `Provisions commence in stages through secondary legislation, so not every part applied on Royal Assent.`,
      },
    ],
    fullText: paragraphs(
      `The Data (Use and Access) Act 2025 received Royal Assent on 19 June 2025 after a lengthy passage through Parliament. It is the most significant change to UK data protection law since the country left the European Union, but it works by amending existing legislation rather than replacing it. The UK GDPR, the Data Protection Act 2018 and the Privacy and Electronic Communications Regulations all remain, in revised form.`,
      `Part of the Act deals with wider data use. It gives ministers powers to set up smart data schemes, under which customers can ask businesses to share their data securely with authorised third parties, extending the idea behind open banking to other sectors. It also puts a trust framework for digital verification services on a statutory footing and supports a national register of underground pipes and cables.`,
      `On data protection, the Act introduces a list of recognised legitimate interests, such as national security, emergencies and safeguarding, where organisations no longer need to carry out a separate balancing test. It loosens the general restriction on decisions based solely on automated processing, except where special category data is involved, while requiring safeguards such as the ability to contest a decision and obtain human intervention. Some low-risk cookies, for example those used for certain statistical purposes, may be set without prior consent in defined circumstances, and penalties under the electronic communications rules are brought into line with those in the UK GDPR.`,
      `The Information Commissioner's Office will be restructured as the Information Commission, a body corporate with a board. Organisations are also expected to have a process for handling data protection complaints before individuals escalate them to the regulator.`,
      `Commencement is staged through regulations, so analysts should check which provisions apply on a given date. A related question is how the reforms bear on the adequacy decision of the European Commission for the United Kingdom, which allows personal data to flow freely from the EU; the Commission has been reviewing that decision with the changes in mind.`,
    ),
  },
  {
    id: 'uk-online-safety-act-child-protection-duties',
    title: 'UK Online Safety Act child protection duties take effect',
    publisher: 'Ofcom',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50',
    publishedDate: '2025-07-25',
    jurisdictions: ['United Kingdom'],
    topics: ['online safety', 'content moderation'],
    status: 'in force',
    summary:
      `Since 25 July 2025, online services regulated under the UK Online Safety Act that are likely to be accessed by children must follow the child protection codes issued by Ofcom. ` +
      `Services that allow pornography or other content most harmful to children need highly effective age checks. ` +
      `These duties follow the illegal content duties that took effect in March 2025.`,
    keyPoints: [
      {
        id: 'kp-1-children-codes',
        text: `The Protection of Children Codes issued by Ofcom became enforceable on 25 July 2025.`,
      },
      {
        id: 'kp-2-age-assurance',
        text: `Services hosting pornography or content promoting suicide, self-harm or eating disorders must use highly effective age assurance to keep children away from it.`,
      },
      {
        id: 'kp-3-risk-assessments',
        text: `In-scope services had to complete a children's risk assessment before the codes took effect.`,
      },
      {
        id: 'kp-4-enforcement-powers',
        text: `Ofcom can impose fines of up to 18 million pounds or 10 per cent of qualifying worldwide revenue, whichever is greater.`,
      },
      {
        id: 'kp-5-privacy-debate',
        text: `The rollout of age checks prompted public debate about privacy, the security of identity data and the use of VPNs to get around them.`,
      },
    ],
    fullText: paragraphs(
      `The Online Safety Act 2023 received Royal Assent in October 2023 and makes Ofcom the regulator for user-to-user services, search services and sites that publish pornography. The regime is being switched on in phases through codes of practice and guidance. Duties to tackle illegal content applied from March 2025, and on 25 July 2025 the duties aimed at protecting children became enforceable.`,
      `Services likely to be accessed by children were required to carry out a children's risk assessment and must now take the measures set out in the Protection of Children Codes, or show that alternative measures achieve the same result. The codes cover areas such as safer design of content feeds, effective moderation, clear reporting tools and support for children who come across harmful material.`,
      `The most visible change is age assurance. Services that allow pornography, or content that encourages suicide, self-harm or eating disorders, must use age checks that Ofcom regards as highly effective, such as facial age estimation, photo identity matching or checks through banks and mobile operators. Simply asking users to state their age is not enough.`,
      `Ofcom can fine companies up to 18 million pounds or 10 per cent of qualifying worldwide revenue, whichever is greater, and can ask the courts to restrict access to services that do not comply. It has opened investigations into a number of services since the first duties began to apply.`,
      `The introduction of age checks led to public debate about privacy, the security of identity data held by third-party providers and a rise in the use of virtual private networks. Analysts briefing on the Act should separate these implementation questions from the underlying duties, and should track later phases, including extra obligations for the largest categorised services.`,
    ),
  },
  {
    id: 'australia-social-media-minimum-age-16',
    title: 'Australian minimum age of 16 for social media accounts takes effect',
    publisher: 'eSafety Commissioner',
    url: null,
    publishedDate: '2025-12-10',
    jurisdictions: ['Australia'],
    topics: ['online safety', 'data protection'],
    status: 'in force',
    summary:
      `From 10 December 2025, age-restricted social media platforms in Australia must take reasonable steps to stop people under 16 from holding accounts. ` +
      `The obligation falls on the platforms, not on children or parents, and is overseen by the eSafety Commissioner. ` +
      `The law includes privacy safeguards for information collected during age checks.`,
    keyPoints: [
      {
        id: 'kp-1-minimum-age',
        text: `Age-restricted social media platforms must take reasonable steps to prevent Australians under 16 from having accounts.`,
      },
      {
        id: 'kp-2-platform-liability',
        text: `Penalties apply to platforms rather than to children or their parents.`,
      },
      {
        id: 'kp-3-privacy-safeguards',
        text: `Information collected for age assurance may be used only for that purpose unless the user consents, and must then be destroyed.`,
      },
      {
        id: 'kp-4-exempt-services',
        text: `Messaging, online gaming and services focused on education or health are generally outside the restriction.`,
      },
      {
        id: 'kp-5-maximum-penalty',
        text: `Civil penalties for systemic failures can reach 49.5 million Australian dollars.`,
      },
    ],
    fullText: paragraphs(
      `Australia passed the Online Safety Amendment (Social Media Minimum Age) Act in late 2024, and its central obligation took effect on 10 December 2025. Providers of age-restricted social media platforms must now take reasonable steps to prevent people under 16 from creating or keeping accounts. The measure is among the first national minimum age laws for social media and is being closely watched by other governments.`,
      `The law places the burden on platforms. Children who manage to get around the restriction, and parents who allow them to, face no penalty. The eSafety Commissioner is responsible for guidance and enforcement and has explained what counts as reasonable steps, which is expected to involve a layered approach rather than a single method of checking age.`,
      `The restriction targets services whose main purpose is online social interaction and that let users post material and interact with one another. Messaging apps, online games and services mainly used for education or health support are generally excluded, although the boundaries have been debated, particularly for video-sharing services.`,
      `Privacy was a major concern while the bill was before Parliament. Platforms may not insist on government-issued identity documents and must offer other ways to establish age. Personal information collected to assess age may only be used for that purpose unless the user gives clear consent, and it must be destroyed once that purpose is served. The government commissioned a trial of age assurance technologies to inform the rollout.`,
      `Open questions include how accurate age estimation tools are for teenagers close to the threshold, how many young users will move to less regulated services, and how the policy interacts with the broader online safety framework. Analysts may want to compare the Australian approach with the age assurance duties under the UK Online Safety Act.`,
    ),
  },
  {
    id: 'canada-aida-bill-c27-lapses',
    title: `Canada's proposed Artificial Intelligence and Data Act lapses with Bill C-27`,
    publisher: 'Parliament of Canada',
    url: null,
    publishedDate: '2025-01-06',
    jurisdictions: ['Canada'],
    topics: ['AI governance', 'data protection'],
    status: 'withdrawn',
    summary:
      `The proposed Artificial Intelligence and Data Act, part of Bill C-27, lapsed when the Canadian Parliament was prorogued in January 2025. ` +
      `The bill would have introduced obligations for high-impact AI systems and replaced the federal private-sector privacy law. ` +
      `The future of federal AI legislation now depends on choices made by the government formed after the 2025 election.`,
    keyPoints: [
      {
        id: 'kp-1-bill-scope',
        text: `Bill C-27 combined a new consumer privacy law, a data protection tribunal and the Artificial Intelligence and Data Act.`,
      },
      {
        id: 'kp-2-high-impact-systems',
        text: `The AI component would have set duties for organisations responsible for high-impact AI systems, backed by penalties.`,
      },
      {
        id: 'kp-3-prorogation',
        text: `The bill died on the order paper when Parliament was prorogued in January 2025.`,
      },
      {
        id: 'kp-4-pipeda-remains',
        text: `The existing federal privacy law for the private sector, PIPEDA, remains in place.`,
      },
      {
        id: 'kp-5-voluntary-code',
        text: `A voluntary code of conduct on advanced generative AI systems, launched in 2023, continues to act as interim guidance.`,
      },
    ],
    fullText: paragraphs(
      `Bill C-27, the Digital Charter Implementation Act, 2022, was the main Canadian attempt to modernise privacy law and introduce rules for artificial intelligence in a single package. It contained three statutes: the Consumer Privacy Protection Act, which would have replaced the private-sector parts of PIPEDA; an act creating a Personal Information and Data Protection Tribunal; and the Artificial Intelligence and Data Act, usually shortened to AIDA.`,
      `AIDA followed a risk-based model. Organisations responsible for high-impact AI systems would have had to assess and mitigate risks of harm and biased output, keep records and publish plain-language descriptions of their systems. A new commissioner for AI and data would have supported enforcement, with administrative penalties and criminal offences for the most serious misconduct. Much of the detail, including the definition of a high-impact system, was left to future regulations.`,
      `The bill spent a long time in committee. Witnesses criticised AIDA for leaving too much to regulations and for being drafted without broad consultation, and the government put forward substantial amendments during committee study. When Parliament was prorogued on 6 January 2025, the bill died on the order paper along with other unfinished legislation.`,
      `As a result, Canada has no dedicated federal AI statute. PIPEDA continues to govern how private-sector organisations handle personal information, and a voluntary code of conduct for advanced generative AI systems, launched in 2023, offers guidance to companies that sign it. Some provinces, notably Quebec, have their own modernised privacy laws.`,
      `After the April 2025 federal election, the new government appointed a minister with responsibility for artificial intelligence and digital innovation. Whether it brings back a version of AIDA, splits privacy and AI reform into separate bills or prefers a lighter approach remains an open question for analysts tracking Canadian digital policy.`,
    ),
  },
  {
    id: 'china-ai-generated-content-labelling-measures',
    title: `China's labelling rules for AI-generated content take effect`,
    publisher: 'Cyberspace Administration of China',
    url: null,
    publishedDate: '2025-09-01',
    jurisdictions: ['China'],
    topics: ['content moderation', 'AI governance'],
    status: 'in force',
    summary:
      `Measures issued by the Cyberspace Administration of China and other agencies require AI-generated text, images, audio, video and virtual scenes to be labelled, and they took effect on 1 September 2025. ` +
      `Providers must add both visible labels and hidden markers such as metadata, and platforms that distribute content must check for them. ` +
      `The measures build on earlier Chinese rules for deep synthesis and generative AI services.`,
    keyPoints: [
      {
        id: 'kp-1-effective-date',
        text: `The labelling measures took effect on 1 September 2025 together with a supporting mandatory national standard.`,
      },
      {
        id: 'kp-2-explicit-and-implicit-labels',
        text: `Providers must use explicit labels that users can see or hear as well as implicit labels embedded in file metadata.`,
      },
      {
        id: 'kp-3-platform-checks',
        text: `Content distribution platforms must look for implicit labels and add prominent notices when content is, or may be, synthetic.`,
      },
      {
        id: 'kp-4-user-declarations',
        text: `Users who publish AI-generated content are expected to declare it, and removing or tampering with labels is prohibited.`,
      },
      {
        id: 'kp-5-regulatory-lineage',
        text: `The measures extend earlier rules on deep synthesis, applicable since January 2023, and on generative AI services, applicable since August 2023.`,
      },
    ],
    fullText: paragraphs(
      `China has required labelling of AI-generated content since 1 September 2025, when its measures on labelling synthetic content produced by artificial intelligence took effect. The measures were issued in March 2025 by the Cyberspace Administration of China together with the Ministry of Industry and Information Technology, the Ministry of Public Security and the National Radio and Television Administration, and are supported by a mandatory national standard that sets out technical methods.`,
      `The rules cover text, images, audio, video and virtual scenes produced by AI. Service providers must add explicit labels, such as visible text, on-screen prompts or audio cues, where users will notice them, for example at the start of a generated video or next to a chatbot answer. They must also embed implicit labels in file metadata recording details such as the nature of the content and the provider that generated it, and they are encouraged to use digital watermarks.`,
      `Platforms that distribute content carry their own duties. They must check metadata for implicit labels and add prominent notices when content is confirmed as synthetic. Where there is no label but the platform detects signs of generation, or a user declares it, the content should be marked as possibly synthetic. Users are expected to declare AI-generated material when they publish it, and no organisation or individual may remove, alter or forge labels.`,
      `The measures build on earlier Chinese regulation of recommendation algorithms, on the deep synthesis provisions that have applied since January 2023 and on the interim measures for generative AI services in force since August 2023. Together they form one of the most detailed national frameworks for synthetic media and deepfake content.`,
      `For comparative briefings, the Chinese rules can be set alongside the transparency duties in the EU AI Act, which will require certain AI-generated content to be marked in a machine-readable format, and alongside takedown-focused approaches such as the reported Indian two-hour rule. Notable differences include the emphasis on verification by platforms and the close link between labelling and wider content controls.`,
    ),
  },
  {
    id: 'eu-chips-act-review-2025',
    title: 'European Commission begins review of the EU Chips Act',
    publisher: 'European Commission',
    url: null,
    publishedDate: '2025-09-22',
    jurisdictions: ['European Union'],
    topics: ['semiconductors', 'digital sovereignty', 'trade'],
    status: 'under review',
    summary:
      `The European Commission has started gathering evidence for a review of the European Chips Act, which entered into force in September 2023. ` +
      `The review comes amid doubts, including from the European Court of Auditors, that the EU will reach its aim of a 20 per cent share of global chip production by 2030. ` +
      `Member states and industry are pressing for a follow-up package with a sharper focus on funding, chip design and security of supply.`,
    keyPoints: [
      {
        id: 'kp-1-three-pillars',
        text: `The Chips Act rests on three pillars: research and capacity building, support for first-of-a-kind production facilities, and monitoring and crisis response.`,
      },
      {
        id: 'kp-2-market-share-goal',
        text: `Its headline ambition is for the EU to reach about a fifth of global semiconductor production value by 2030.`,
      },
      {
        id: 'kp-3-auditors-doubts',
        text: `The European Court of Auditors concluded in 2025 that the target was unlikely to be met on current trends.`,
      },
      {
        id: 'kp-4-second-chips-act',
        text: `A coalition of member states has called for a second Chips Act with more targeted funding.`,
      },
      {
        id: 'kp-5-state-aid',
        text: `Most public money for new semiconductor plants flows through national state aid approved by the Commission rather than through the EU budget.`,
      },
    ],
    fullText: paragraphs(
      `The European Chips Act, Regulation (EU) 2023/1781, entered into force in September 2023 with the aim of strengthening the semiconductor ecosystem in Europe and reducing its exposure to supply disruptions of the kind seen during the pandemic. Its headline ambition was for the EU to double its share of global semiconductor production value to around 20 per cent by 2030.`,
      `The Act rests on three pillars. The Chips for Europe Initiative funds research, pilot lines, design platforms and competence centres. A second pillar creates a framework for first-of-a-kind facilities, such as integrated production facilities and open foundries, which can benefit from faster permitting and be recognised as serving the public interest. The third pillar sets up monitoring of the supply chain and a crisis response mechanism coordinated through a European Semiconductor Board.`,
      `Most of the public money for new factories has come from member states through state aid approved by the Commission, rather than from the EU budget. Several large projects went ahead, but others were delayed or cancelled as market conditions changed, and the European Court of Auditors reported in 2025 that the 20 per cent target was unlikely to be reached.`,
      `Against that background, the Commission has begun gathering evidence for a review of the Act, and a coalition of member states has called for a second Chips Act. Ideas under discussion include more centralised funding, greater emphasis on chip design and manufacturing equipment where European firms are strong, support for mature-node and specialised chips used by carmakers and industry, and closer links with AI and computing policy.`,
      `For policy staff, the review is relevant to debates on digital sovereignty, subsidy competition with the United States and Asia, and coordination of export controls. Points to watch include the scope of any legislative proposal, how it would be funded under the next long-term EU budget, and whether the market share target is revised.`,
    ),
  },
  {
    id: 'japan-rapidus-semiconductor-support',
    title: 'Japan continues state support for Rapidus advanced chip production',
    publisher: 'Ministry of Economy, Trade and Industry',
    url: null,
    publishedDate: '2025-04-01',
    jurisdictions: ['Japan'],
    topics: ['semiconductors', 'digital sovereignty'],
    status: 'announced',
    summary:
      `Japan continues to back Rapidus, a company set up in 2022 to manufacture leading-edge logic chips in Hokkaido, through successive rounds of government funding. ` +
      `The company began operating a pilot production line in 2025 and aims for volume production of 2-nanometre class chips later in the decade. ` +
      `The programme is central to Japanese efforts to rebuild domestic semiconductor capability.`,
    keyPoints: [
      {
        id: 'kp-1-company-origins',
        text: `Rapidus was founded in 2022 with backing from a group of major Japanese companies.`,
      },
      {
        id: 'kp-2-pilot-line',
        text: `A pilot line at the company's plant in Chitose, Hokkaido, began operating in 2025.`,
      },
      {
        id: 'kp-3-technology-partners',
        text: `The process technology of the company draws on partnerships with IBM and the research centre imec.`,
      },
      {
        id: 'kp-4-state-support',
        text: `The Ministry of Economy, Trade and Industry has approved subsidies over several rounds, and 2025 legislation allows further public support.`,
      },
      {
        id: 'kp-5-execution-risk',
        text: `Analysts see significant risk in winning customers and financing the move to volume production.`,
      },
    ],
    fullText: paragraphs(
      `Rapidus is a Japanese company established in 2022 to produce leading-edge logic semiconductors, with backing from a group of major domestic firms in sectors including automotive, electronics, telecommunications and banking. Its goal is to begin volume production of 2-nanometre class chips later in the decade at a new plant in Chitose, Hokkaido, helping Japan return to the front rank of chip manufacturing after years of decline in its share of global output.`,
      `The project relies heavily on public money. Through the Ministry of Economy, Trade and Industry, the government has approved several rounds of subsidies for research, equipment and the pilot line, and legislation passed in 2025 created a legal basis for further state support, including investment, for companies pursuing advanced semiconductor production. Technology partnerships, notably with IBM on 2-nanometre process technology and with the Belgian research centre imec, supply know-how that Japan lacked at this node.`,
      `A pilot line at the Hokkaido plant began operating in 2025, a milestone closely watched by industry. The next challenges are raising yields, winning customers willing to commit to a new foundry and securing private financing for the much larger investment needed for volume production.`,
      `Rapidus is one part of a broader Japanese semiconductor strategy that also includes subsidies for foreign-owned plants, such as the factory built in Kumamoto by a joint venture led by TSMC, and support for memory and power chip makers. The policy reflects concerns about economic security and supply chain resilience that Japan shares with the United States and the European Union.`,
      `Critics question whether a newcomer can compete with established foundries and whether public funds are being concentrated too heavily in a single venture. Supporters argue that without state backing Japan would have no domestic path to the most advanced logic chips. For briefings, the case illustrates how semiconductor subsidy programmes are reshaping industrial policy among allied economies.`,
    ),
  },
  {
    id: 'apec-2025-digital-trade-ai-cooperation',
    title: 'APEC economies highlight digital trade and AI cooperation at 2025 meetings in Korea',
    publisher: 'APEC Secretariat',
    url: null,
    publishedDate: '2025-11-01',
    jurisdictions: ['APEC', 'South Korea', 'United States', 'China'],
    topics: ['trade', 'AI governance'],
    status: 'announced',
    summary:
      `At the APEC meetings hosted by South Korea in 2025, ending with the leaders' week in Gyeongju, member economies highlighted artificial intelligence and digital trade among their shared priorities. ` +
      `APEC statements are voluntary and non-binding, but they signal where the region is seeking common approaches. ` +
      `The summit week also provided a setting for talks between the United States and China on trade tensions.`,
    keyPoints: [
      {
        id: 'kp-1-non-binding',
        text: `APEC works by consensus, and its declarations do not create binding legal obligations.`,
      },
      {
        id: 'kp-2-ai-and-digital-priorities',
        text: `Artificial intelligence and the digital economy were among the themes of the 2025 host year.`,
      },
      {
        id: 'kp-3-earlier-work',
        text: `The discussion builds on earlier APEC work on paperless trade, cross-border data flows and privacy interoperability.`,
      },
      {
        id: 'kp-4-us-china-meeting',
        text: `The presidents of the United States and China met in South Korea during the summit week, with trade and export controls on the agenda.`,
      },
    ],
    fullText: paragraphs(
      `South Korea hosted the Asia-Pacific Economic Cooperation forum in 2025, with ministerial meetings through the year and a leaders' week in Gyeongju at the end of October and the start of November. Digital trade and artificial intelligence featured prominently among the themes of the host year, alongside economic resilience and the challenges of ageing populations.`,
      `APEC differs from a trade agreement. Its 21 member economies act by consensus and its statements are voluntary, so outcomes are best read as signals of shared direction rather than commitments that can be enforced. Even so, APEC has a record of shaping practice in the region, for example through work on paperless trade, customs procedures and the Cross-Border Privacy Rules system, which later became the basis for a separate global certification forum.`,
      `Discussions in 2025 touched on how AI can support growth in economies at different stages of development, the need for digital infrastructure and skills, and the value of interoperable approaches to data governance so that firms do not face conflicting rules in every market. Policy staff should check the final texts of the leaders' and ministers' statements before quoting specific commitments, since language on AI and data is often carefully negotiated.`,
      `The summit week also gave room for bilateral diplomacy. The presidents of the United States and China met in South Korea, and trade frictions, tariffs and export controls were among the issues discussed. This context matters for readers following reports that Washington may adjust its technology export restrictions on Chinese firms.`,
      `For briefings, the APEC outcome is most useful as evidence of regional consensus on broad principles. It should be paired with binding instruments, such as digital economy agreements and national legislation, when assessing how digital trade rules are actually changing.`,
    ),
  },
  {
    id: 'g20-brazil-digital-economy-ministerial-2024',
    title: 'G20 digital ministers under the Brazilian presidency address inclusion, AI and information integrity',
    publisher: 'G20 Brasil 2024',
    url: null,
    publishedDate: '2024-09-13',
    jurisdictions: ['G20', 'Brazil'],
    topics: ['AI governance', 'content moderation', 'trade'],
    status: 'announced',
    summary:
      `Digital economy ministers of the G20 met in Maceió, Brazil, in September 2024 under the Brazilian presidency. ` +
      `Their work covered universal connectivity, digital government and public infrastructure, the integrity of information online, and the use of AI for sustainable development. ` +
      `As with all G20 outcomes, the commitments are political rather than legally binding.`,
    keyPoints: [
      {
        id: 'kp-1-brazil-presidency',
        text: `Brazil held the G20 presidency in 2024 and made digital inclusion a central theme of the digital economy track.`,
      },
      {
        id: 'kp-2-information-integrity',
        text: `Information integrity online was placed on the G20 digital agenda as a distinct topic.`,
      },
      {
        id: 'kp-3-ai-for-development',
        text: `Ministers discussed how AI can support sustainable development and narrow rather than widen inequalities.`,
      },
      {
        id: 'kp-4-non-binding',
        text: `G20 declarations are political commitments and rely on national follow-up to have practical effect.`,
      },
    ],
    fullText: paragraphs(
      `Brazil held the presidency of the Group of Twenty in 2024 and used its digital economy track to stress inclusion and development. Ministers responsible for the digital economy met in Maceió, in the north-eastern state of Alagoas, in September 2024, ahead of the leaders' summit in Rio de Janeiro in November.`,
      `The presidency organised the work around four broad areas: meaningful and universal connectivity, digital government and inclusive digital public infrastructure, the integrity of information online and trust in the digital environment, and artificial intelligence for sustainable development and the reduction of inequalities. The framing reflected the priorities of many emerging economies, which want digital policy talks to address access and capacity as well as regulation.`,
      `Putting information integrity on the agenda was notable. G20 members hold very different views on the regulation of online content, from platform liability regimes in some countries to a strong emphasis on free expression in others. Outcome language in this area tends to be general, stressing transparency, media literacy and cooperation with platforms rather than specific moderation duties.`,
      `On AI, the discussion focused less on safety rules for advanced models and more on how developing economies can gain access to computing, data and skills, and how to prevent AI from deepening existing divides. This complements other international work, such as the OECD AI Principles, on which the G20 drew for its own AI principles in 2019, and the series of international AI safety summits.`,
      `For briefings, the G20 outcomes are useful as a record of where large economies agree in principle. They carry no legal force, so analysts should look to national measures and to later presidencies, including South Africa in 2025, to judge whether the themes are carried forward.`,
    ),
  },
  {
    id: 'eu-cloud-and-ai-development-act-plan',
    title: 'EU plans a Cloud and AI Development Act to expand computing capacity',
    publisher: 'European Commission',
    url: null,
    publishedDate: '2025-04-09',
    jurisdictions: ['European Union'],
    topics: ['digital sovereignty', 'AI governance'],
    status: 'proposed',
    summary:
      `In its AI Continent Action Plan of April 2025, the European Commission announced plans for a Cloud and AI Development Act to speed up the building of data centres and computing capacity in the EU. ` +
      `The initiative responds to concerns that Europe relies heavily on cloud providers based outside the EU. ` +
      `No legal text existed when the plan was announced, and its content was left open for consultation.`,
    keyPoints: [
      {
        id: 'kp-1-action-plan',
        text: `The Cloud and AI Development Act was announced in the AI Continent Action Plan published in April 2025.`,
      },
      {
        id: 'kp-2-capacity-goal',
        text: `Its aim is to increase data centre and cloud capacity in the EU substantially over the coming years.`,
      },
      {
        id: 'kp-3-permitting-and-energy',
        text: `Faster permitting and better access to energy for data centres are expected to be central themes.`,
      },
      {
        id: 'kp-4-sovereignty-debate',
        text: `The initiative is part of a wider debate on digital sovereignty and dependence on non-European cloud providers.`,
      },
      {
        id: 'kp-5-consultation',
        text: `The Commission opened a public consultation to gather views before drafting the proposal.`,
      },
    ],
    fullText: paragraphs(
      `The European Commission published its AI Continent Action Plan on 9 April 2025, setting out how it intends to make the EU a leading region for artificial intelligence. One of the measures announced was a Cloud and AI Development Act, a legislative initiative meant to speed up the construction of data centres and expand the cloud and computing capacity available to European researchers, businesses and public bodies.`,
      `The rationale is partly economic and partly strategic. Training and running large AI models requires substantial computing power, and much of the cloud infrastructure used in Europe is owned and operated by companies headquartered outside the EU. Policymakers have argued that this creates dependencies that could matter in a crisis and limits European influence over a key layer of the digital economy, themes often grouped under the heading of digital sovereignty.`,
      `The Commission has indicated that the act could address obstacles such as slow permitting for new data centres, access to electricity grids and water, and sustainability requirements for energy-intensive facilities. It may also consider how public procurement can support trusted cloud services. The initiative is linked to other parts of the action plan, including AI factories and larger AI gigafactories built with public and private investment.`,
      `A public consultation and call for evidence were opened to collect views from industry, member states and civil society. When the plan was announced there was no legal text, so the scope, any sovereignty criteria for cloud services and the balance between environmental goals and faster approvals all remained open.`,
      `Analysts should follow the eventual proposal closely, because any preference for European providers could raise trade concerns with partners, including the United States. The act will also need to fit with existing rules such as the Data Act, with the long-debated certification scheme for cloud security and with state aid law.`,
    ),
  },
];

export const DEFAULT_DEVELOPMENTS: readonly SeedDevelopment[] = SEED_CORE.map(complete);
