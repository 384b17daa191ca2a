/**
 * Countries and blocs Brieflink recognises, with the words that point at them. Matching is
 * case-sensitive (proper nouns), so "US" is the country and "us" is not; possessives
 * ("Japan's") match through the name itself.
 *
 * `aliases` are names, abbreviations and demonyms. `metonyms` (capitals standing for
 * governments: "Beijing", "Brussels") count for less, because a city is sometimes only a
 * place. `needsContext` lists words one of which must appear somewhere in the text before
 * the entry counts at all (see Georgia).
 */
export interface GazetteerEntry {
  name: string;
  kind: 'country' | 'bloc' | 'territory' | 'subnational';
  aliases: readonly string[];
  metonyms?: readonly string[];
  needsContext?: readonly string[];
  /** For a state or province: its country, which acts with it. */
  parent?: string;
  /** When `needsContext` is not met, the entry the same words mean instead (Georgia the US state). */
  otherwise?: string;
}

/**
 * Institutions whose name alone says which jurisdiction acts: regulators, legislatures and
 * ministries that carry no country name ("Ofcom", "the Bundestag", "MeitY"). Names that
 * several countries share ("the Senate", "the National Assembly", "the Competition
 * Commission") are left out; a country named beside them ("Brazil's Senate") speaks instead.
 */
export const INSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  'United States': [
    'Congress', 'Federal Trade Commission', 'FTC', 'Federal Communications Commission', 'FCC', 'Commerce Department', 'Department of Commerce',
    'Bureau of Industry and Security', 'Justice Department', 'Department of Justice', 'Securities and Exchange Commission', 'Federal Register',
    'NIST', 'CFIUS', 'USTR', 'Biden administration', 'Trump administration', 'Obama administration', 'Capitol Hill', 'Pentagon', 'State Department',
    'Treasury Department', 'Department of Homeland Security', 'CISA', 'Consumer Financial Protection Bureau', 'CFPB', 'House Energy and Commerce Committee',
  ],
  'United Kingdom': [
    'Ofcom', "Information Commissioner's Office", 'Information Commissioner’s Office', 'ICO', 'Competition and Markets Authority', 'CMA',
    'House of Lords', 'Downing Street', 'Department for Science, Innovation and Technology', 'DSIT', 'Intellectual Property Office',
    'Financial Conduct Authority', 'FCA', 'Bank of England', 'Home Office', 'UK GDPR',
  ],
  'European Union': [
    'European Commission', 'European Parliament', 'Council of the EU', 'Council of the European Union', 'European Data Protection Board', 'EDPB',
    'Court of Justice of the European Union', 'CJEU', 'MEPs', 'MEP', 'ENISA', 'European Council', 'AI Office', 'Official Journal of the EU',
    'Official Journal of the European Union', 'European Data Protection Supervisor', 'EDPS',
  ],
  China: [
    'Cyberspace Administration of China', 'CAC', 'MOFCOM', 'MIIT', 'Ministry of Industry and Information Technology', 'State Council',
    "National People's Congress", 'NPC', 'State Administration for Market Regulation', 'SAMR', 'Zhongnanhai', 'Communist Party', 'Xi Jinping',
  ],
  Japan: ['Diet', 'Japan Fair Trade Commission', 'JFTC', 'METI', 'Ministry of Economy, Trade and Industry', 'Digital Agency', 'Kantei'],
  'South Korea': ['Ministry of Science and ICT', 'MSIT', 'Korea Fair Trade Commission', 'KFTC', 'Korea Communications Commission', 'PIPC'],
  India: ['MeitY', 'Ministry of Electronics and Information Technology', 'Lok Sabha', 'Rajya Sabha', 'TRAI', 'CERT-In', 'Reserve Bank of India', 'RBI', 'NITI Aayog'],
  Singapore: ['IMDA', 'Infocomm Media Development Authority', 'Ministry of Digital Development and Information', 'MDDI', 'Smart Nation', 'Cyber Security Agency of Singapore'],
  Australia: ['eSafety Commissioner', 'eSafety', 'ACMA', 'ACCC', 'OAIC', 'Office of the Australian Information Commissioner'],
  Canada: ['Competition Bureau', 'CRTC', 'ISED', 'Parliament Hill', 'Order Paper'],
  Germany: ['Bundestag', 'Bundesrat', 'BSI', 'Federal Office for Information Security', 'Bundeskartellamt', 'Bundesnetzagentur', 'BNetzA'],
  France: ['CNIL', 'Arcom', 'ANSSI', 'Assemblée nationale', 'Élysée', 'Elysee', 'Autorité de la concurrence'],
  Italy: ['Garante', 'AGCM', 'AGCOM'],
  Ireland: ['Coimisiún na Meán', 'Dáil', 'Oireachtas'],
  Brazil: ['ANPD', 'Anatel', 'CADE'],
  Taiwan: ['Executive Yuan', 'Legislative Yuan', 'Ministry of Digital Affairs', 'National Science and Technology Council'],
  Indonesia: ['Kominfo', 'Komdigi'],
  Nigeria: ['NDPC', 'FCCPC', 'Federal Competition and Consumer Protection Commission'],
  Kenya: ['ODPC'],
  'South Africa': ['ICASA'],
  'United Nations': ['UNESCO', 'UNGA', 'Guterres'],
};

const subnational = (name: string, parent: string, aliases: string[], metonyms: string[] = []): GazetteerEntry => ({
  name,
  kind: 'subnational',
  aliases: [name, ...aliases],
  metonyms,
  parent,
});

/**
 * States and provinces whose own governments act on technology policy. Each acts with its
 * country ("California" gives the United States and California), never in place of it.
 */
export const SUBNATIONAL: readonly GazetteerEntry[] = [
  subnational('California', 'United States', ['Californian'], ['Sacramento']),
  subnational('Texas', 'United States', ['Texan'], ['Austin']),
  subnational('New York', 'United States', ['New York State', 'New York state'], ['Albany']),
  subnational('Florida', 'United States', [], ['Tallahassee']),
  subnational('Illinois', 'United States', [], ['Springfield']),
  subnational('Colorado', 'United States', [], ['Denver']),
  subnational('Utah', 'United States', [], ['Salt Lake City']),
  subnational('Virginia', 'United States', [], ['Richmond']),
  subnational('Massachusetts', 'United States', [], ['Boston']),
  subnational('Connecticut', 'United States', [], ['Hartford']),
  subnational('New Jersey', 'United States', [], ['Trenton']),
  subnational('Michigan', 'United States', []),
  subnational('Minnesota', 'United States', []),
  subnational('Oregon', 'United States', []),
  subnational('Maryland', 'United States', []),
  { ...subnational('Georgia (US state)', 'United States', [], ['Atlanta']) },
  subnational('Washington State', 'United States', ['Washington state', 'State of Washington', 'state of Washington'], ['Olympia']),
  subnational('British Columbia', 'Canada', ['B.C.'], ['Victoria']),
  subnational('Ontario', 'Canada', [], ['Toronto', "Queen's Park"]),
  subnational('Quebec', 'Canada', ['Québec', 'Quebecer'], ['Quebec City']),
  subnational('Alberta', 'Canada', [], ['Edmonton']),
  subnational('Manitoba', 'Canada', [], ['Winnipeg']),
  subnational('Saskatchewan', 'Canada', [], ['Regina']),
  subnational('Nova Scotia', 'Canada', [], ['Halifax']),
  subnational('New South Wales', 'Australia', ['NSW'], ['Sydney']),
  subnational('Queensland', 'Australia', [], ['Brisbane']),
  subnational('Western Australia', 'Australia', [], ['Perth']),
  subnational('South Australia', 'Australia', [], ['Adelaide']),
  subnational('Tasmania', 'Australia', [], ['Hobart']),
  { ...subnational('Victoria', 'Australia', ['Victorian'], ['Melbourne']), needsContext: ['Victorian', 'Melbourne'] },
  subnational('Scotland', 'United Kingdom', ['Scottish', 'Holyrood'], ['Edinburgh']),
  subnational('Wales', 'United Kingdom', ['Welsh', 'Senedd'], ['Cardiff']),
  subnational('Northern Ireland', 'United Kingdom', ['Stormont'], ['Belfast']),
  subnational('Karnataka', 'India', [], ['Bengaluru']),
  subnational('Maharashtra', 'India', [], ['Mumbai']),
  subnational('Tamil Nadu', 'India', [], ['Chennai']),
  subnational('Bavaria', 'Germany', ['Bavarian'], ['Munich']),
  subnational('Catalonia', 'Spain', ['Catalan'], ['Barcelona']),
];

const country = (name: string, aliases: string[], metonyms: string[] = []): GazetteerEntry => ({
  name,
  kind: 'country',
  aliases: [name, ...aliases],
  metonyms,
});

const bloc = (name: string, aliases: string[], metonyms: string[] = []): GazetteerEntry => ({
  name,
  kind: 'bloc',
  aliases: [name, ...aliases],
  metonyms,
});

export const GAZETTEER: readonly GazetteerEntry[] = [
  // G20 members (the EU and the African Union are among the blocs below).
  country('Argentina', ['Argentine', 'Argentinian'], ['Buenos Aires']),
  country('Australia', ['Australian'], ['Canberra']),
  country('Brazil', ['Brazilian'], ['Brasília', 'Brasilia']),
  country('Canada', ['Canadian'], ['Ottawa']),
  country('China', ['Chinese', 'PRC', "People's Republic of China", 'Mainland China'], ['Beijing']),
  country('France', ['French'], ['Paris']),
  country('Germany', ['German'], ['Berlin']),
  country('India', ['Indian'], ['New Delhi']),
  country('Indonesia', ['Indonesian'], ['Jakarta']),
  country('Italy', ['Italian'], ['Rome']),
  country('Japan', ['Japanese'], ['Tokyo']),
  country('Mexico', ['Mexican', 'México'], ['Mexico City']),
  country('Russia', ['Russian', 'Russian Federation'], ['Moscow', 'Kremlin']),
  country('Saudi Arabia', ['Saudi'], ['Riyadh']),
  country('South Africa', ['South African'], ['Pretoria']),
  country('South Korea', ['South Korean', 'Korea', 'Korean', 'Republic of Korea', 'ROK'], ['Seoul']),
  country('Turkey', ['Türkiye', 'Turkish'], ['Ankara']),
  country('United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain', 'British'], ['London', 'Whitehall', 'Westminster']),
  country('United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America', 'American'], [
    'Washington',
    'Washington, D.C.',
    'Washington DC',
    'White House',
  ]),
  // EU members not already listed.
  country('Austria', ['Austrian'], ['Vienna']),
  country('Belgium', ['Belgian']),
  country('Bulgaria', ['Bulgarian'], ['Sofia']),
  country('Croatia', ['Croatian'], ['Zagreb']),
  country('Cyprus', ['Cypriot'], ['Nicosia']),
  country('Czechia', ['Czech Republic', 'Czech'], ['Prague']),
  country('Denmark', ['Danish'], ['Copenhagen']),
  country('Estonia', ['Estonian'], ['Tallinn']),
  country('Finland', ['Finnish'], ['Helsinki']),
  country('Greece', ['Greek'], ['Athens']),
  country('Hungary', ['Hungarian'], ['Budapest']),
  country('Ireland', ['Irish', 'Republic of Ireland'], ['Dublin']),
  country('Latvia', ['Latvian'], ['Riga']),
  country('Lithuania', ['Lithuanian'], ['Vilnius']),
  country('Luxembourg', ['Luxembourgish']),
  country('Malta', ['Maltese'], ['Valletta']),
  country('Netherlands', ['Dutch', 'Holland'], ['The Hague', 'Amsterdam']),
  country('Poland', ['Polish'], ['Warsaw']),
  country('Portugal', ['Portuguese'], ['Lisbon']),
  country('Romania', ['Romanian'], ['Bucharest']),
  country('Slovakia', ['Slovak', 'Slovakian'], ['Bratislava']),
  country('Slovenia', ['Slovenian', 'Slovene'], ['Ljubljana']),
  country('Spain', ['Spanish'], ['Madrid']),
  country('Sweden', ['Swedish'], ['Stockholm']),
  // ASEAN members not already listed.
  country('Brunei', ['Bruneian', 'Brunei Darussalam']),
  country('Cambodia', ['Cambodian'], ['Phnom Penh']),
  country('Laos', ['Lao PDR', 'Laotian']),
  country('Malaysia', ['Malaysian'], ['Kuala Lumpur', 'Putrajaya']),
  country('Myanmar', ['Burma', 'Burmese'], ['Naypyidaw']),
  country('Philippines', ['Philippine', 'Filipino'], ['Manila']),
  country('Singapore', ['Singaporean']),
  country('Thailand', ['Thai'], ['Bangkok']),
  country('Vietnam', ['Viet Nam', 'Vietnamese'], ['Hanoi']),
  country('Timor-Leste', ['East Timor', 'Timorese'], ['Dili']),
  // The rest of the Five Eyes, and others that policy news often names.
  country('New Zealand', ['New Zealander'], ['Wellington']),
  country('Taiwan', ['Taiwanese', 'Chinese Taipei'], ['Taipei']),
  country('Hong Kong', ['Hong Kong SAR']),
  country('North Korea', ['North Korean', 'DPRK'], ['Pyongyang']),
  country('Ukraine', ['Ukrainian'], ['Kyiv', 'Kiev']),
  country('Israel', ['Israeli'], ['Jerusalem']),
  country('Switzerland', ['Swiss'], ['Bern']),
  country('Norway', ['Norwegian'], ['Oslo']),
  country('United Arab Emirates', ['UAE', 'Emirati'], ['Abu Dhabi']),
  country('Kenya', ['Kenyan'], ['Nairobi']),
  country('Nigeria', ['Nigerian'], ['Abuja']),
  country('Egypt', ['Egyptian'], ['Cairo']),
  country('Chile', ['Chilean'], ['Santiago']),
  country('Iran', ['Iranian'], ['Tehran']),
  country('Pakistan', ['Pakistani'], ['Islamabad']),
  country('Iceland', ['Icelandic'], ['Reykjavik']),
  country('Rwanda', ['Rwandan'], ['Kigali']),
  country('Ghana', ['Ghanaian'], ['Accra']),
  country('Ethiopia', ['Ethiopian'], ['Addis Ababa']),
  country('Morocco', ['Moroccan'], ['Rabat']),
  country('Colombia', ['Colombian'], ['Bogotá', 'Bogota']),
  country('Peru', ['Peruvian'], ['Lima']),
  country('Bangladesh', ['Bangladeshi'], ['Dhaka']),
  country('Sri Lanka', ['Sri Lankan'], ['Colombo']),
  country('Qatar', ['Qatari'], ['Doha']),
  // "Georgia" is far more often the US state in US policy news; the country counts only
  // when the text also names its capital or uses the demonym. The state is not mapped to
  // the United States either: a state name alone does not make a development federal.
  { name: 'Georgia', kind: 'country', aliases: ['Georgia', 'Georgian'], metonyms: ['Tbilisi'], needsContext: ['Tbilisi', 'Georgian'], otherwise: 'Georgia (US state)' },
  // Blocs.
  bloc('European Union', ['EU', 'E.U.', 'European Commission', 'European Parliament', 'Council of the EU', 'Council of the European Union'], ['Brussels']),
  bloc('G7', ['G-7', 'Group of Seven']),
  bloc('G20', ['G-20', 'Group of 20', 'Group of Twenty']),
  bloc('APEC', ['Asia-Pacific Economic Cooperation']),
  bloc('ASEAN', ['Association of Southeast Asian Nations']),
  bloc('OECD', ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development']),
  bloc('United Nations', ['UN', 'U.N.', 'UN General Assembly', 'UN Security Council']),
  bloc('NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']),
  bloc('African Union', []),
];

/**
 * Phrases that contain a gazetteer word but do not mean that country (longest match wins,
 * so these block the shorter name inside them).
 */
export const NOT_A_JURISDICTION: readonly string[] = [
  'New Mexico',
  'Latin America',
  'Latin American',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'Pan-American',
  'Indian Ocean',
  'Native American',
  'American Samoa',
  'Washington Post',
  'George Washington',
  'University of Washington',
  'Paris Agreement',
  'Paris Hilton',
  'Rome Statute',
  'French fries',
  'German Shepherd',
  'Turkish delight',
  'Chinese New Year',
  'Korean War',
  'New York City',
  'New York Times',
  'Victoria Falls',
  'New England',
  'West Virginia',
  'Sydney Morning Herald',
];
