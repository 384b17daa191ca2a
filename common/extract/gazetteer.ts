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
  kind: 'country' | 'bloc' | 'territory';
  aliases: readonly string[];
  metonyms?: readonly string[];
  needsContext?: readonly string[];
}

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
  country('Mexico', ['Mexican'], ['Mexico City']),
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
  { name: 'Georgia', kind: 'country', aliases: ['Georgia', 'Georgian'], metonyms: ['Tbilisi'], needsContext: ['Tbilisi', 'Georgian'] },
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
  'Washington state',
  'Washington State',
  'State of Washington',
  'state of Washington',
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
];
