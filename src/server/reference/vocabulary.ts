import { z } from "zod";

/**
 * The shared vocabularies (issue 3). The database tables `occupation_fields` and `strengths` hold
 * the same entries, written by data migrations (0003 for version 1); `vocabulary.test.ts` checks
 * that the migrated database and these constants agree. A code is never removed or reused: a new
 * version adds entries or sets `retiredInVersion`, in a new migration and here.
 */
export const VOCABULARY_VERSION = 1;

export interface VocabularyEntryDetails {
  nameDa: string;
  nameEn: string;
  introducedInVersion: number;
  /** Retired entries stay so that old profiles and openings still read; new input may not use them. */
  retiredInVersion: number | null;
}

export interface OccupationFieldDetails extends VocabularyEntryDetails {
  /** ISCO-08 major (1 digit) or sub-major (2 digits) group this field maps to. */
  iscoCode: string;
}

const v1 = { introducedInVersion: 1, retiredInVersion: null } as const;

export const occupationFieldCodes = [
  "retail",
  "sales",
  "customer-service",
  "office-administration",
  "finance-accounting",
  "warehouse-logistics",
  "transport",
  "post-delivery",
  "maritime-harbour",
  "care",
  "health",
  "childcare",
  "teaching",
  "social-work",
  "culture-library",
  "animals-nature",
  "agriculture",
  "gardening-landscaping",
  "forestry-fishing",
  "construction",
  "carpentry",
  "painting",
  "plumbing",
  "electrician",
  "mechanics-workshop",
  "metalwork-welding",
  "industry-production",
  "food-production",
  "food-restaurant",
  "kitchen-help",
  "hotel",
  "tourism",
  "cleaning",
  "property-service",
  "hairdressing-beauty",
  "sport-leisure",
  "events",
  "music",
  "media-communication",
  "creative",
  "graphic-design",
  "it-development",
  "it-support",
  "laboratory",
  "security",
  "recycling-environment",
  "textiles-sewing",
  "crafts",
] as const;
export type OccupationFieldCode = (typeof occupationFieldCodes)[number];

// ISCO-08 sub-major groups (ILO, International Standard Classification of Occupations 2008). Where a
// field spans several groups, the code is the group most internships in the field fall in.
const occupationFieldDetails: Record<OccupationFieldCode, OccupationFieldDetails> = {
  retail: { nameDa: "Handel og butik", nameEn: "Retail and shops", iscoCode: "52", ...v1 },
  sales: { nameDa: "Salg", nameEn: "Sales", iscoCode: "33", ...v1 },
  "customer-service": { nameDa: "Kundeservice", nameEn: "Customer service", iscoCode: "42", ...v1 },
  "office-administration": {
    nameDa: "Kontor og administration",
    nameEn: "Office and administration",
    iscoCode: "41",
    ...v1,
  },
  "finance-accounting": {
    nameDa: "Økonomi og regnskab",
    nameEn: "Finance and accounting",
    iscoCode: "43",
    ...v1,
  },
  "warehouse-logistics": {
    nameDa: "Lager og logistik",
    nameEn: "Warehouse and logistics",
    iscoCode: "43",
    ...v1,
  },
  transport: { nameDa: "Transport", nameEn: "Transport and driving", iscoCode: "83", ...v1 },
  "post-delivery": { nameDa: "Post og omdeling", nameEn: "Post and delivery", iscoCode: "44", ...v1 },
  "maritime-harbour": { nameDa: "Søfart og havn", nameEn: "Maritime and harbour", iscoCode: "83", ...v1 },
  care: { nameDa: "Pleje og omsorg", nameEn: "Care", iscoCode: "53", ...v1 },
  health: { nameDa: "Sundhed", nameEn: "Health", iscoCode: "32", ...v1 },
  childcare: { nameDa: "Børn og pasning", nameEn: "Childcare", iscoCode: "53", ...v1 },
  teaching: { nameDa: "Undervisning", nameEn: "Teaching", iscoCode: "23", ...v1 },
  "social-work": { nameDa: "Socialt arbejde", nameEn: "Social work", iscoCode: "34", ...v1 },
  "culture-library": {
    nameDa: "Kultur og bibliotek",
    nameEn: "Culture and libraries",
    iscoCode: "34",
    ...v1,
  },
  "animals-nature": { nameDa: "Dyr og natur", nameEn: "Animals and nature", iscoCode: "92", ...v1 },
  agriculture: { nameDa: "Landbrug", nameEn: "Agriculture", iscoCode: "61", ...v1 },
  "gardening-landscaping": {
    nameDa: "Gartner og anlægsgartner",
    nameEn: "Gardening and landscaping",
    iscoCode: "61",
    ...v1,
  },
  "forestry-fishing": { nameDa: "Skov og fiskeri", nameEn: "Forestry and fishing", iscoCode: "62", ...v1 },
  construction: { nameDa: "Bygge og anlæg", nameEn: "Building and construction", iscoCode: "71", ...v1 },
  carpentry: { nameDa: "Tømrer og snedker", nameEn: "Carpentry and joinery", iscoCode: "71", ...v1 },
  painting: { nameDa: "Maler", nameEn: "Painting and decorating", iscoCode: "71", ...v1 },
  plumbing: { nameDa: "VVS og blik", nameEn: "Plumbing and sheet metal", iscoCode: "71", ...v1 },
  electrician: { nameDa: "Elektriker", nameEn: "Electrical installation", iscoCode: "74", ...v1 },
  "mechanics-workshop": {
    nameDa: "Mekanik og værksted",
    nameEn: "Mechanics and workshop",
    iscoCode: "72",
    ...v1,
  },
  "metalwork-welding": { nameDa: "Smed og metal", nameEn: "Metalwork and welding", iscoCode: "72", ...v1 },
  "industry-production": {
    nameDa: "Industri og produktion",
    nameEn: "Industry and production",
    iscoCode: "81",
    ...v1,
  },
  "food-production": {
    nameDa: "Bager, slagter og fødevarer",
    nameEn: "Bakery, butchery and food production",
    iscoCode: "75",
    ...v1,
  },
  "food-restaurant": { nameDa: "Mad og restaurant", nameEn: "Food and restaurants", iscoCode: "51", ...v1 },
  "kitchen-help": {
    nameDa: "Køkkenhjælp og opvask",
    nameEn: "Kitchen help and dishwashing",
    iscoCode: "94",
    ...v1,
  },
  hotel: { nameDa: "Hotel og overnatning", nameEn: "Hotels and accommodation", iscoCode: "51", ...v1 },
  tourism: { nameDa: "Turisme og oplevelser", nameEn: "Tourism and attractions", iscoCode: "51", ...v1 },
  cleaning: { nameDa: "Rengøring", nameEn: "Cleaning", iscoCode: "91", ...v1 },
  "property-service": {
    nameDa: "Service og ejendom",
    nameEn: "Caretaking and property services",
    iscoCode: "51",
    ...v1,
  },
  "hairdressing-beauty": {
    nameDa: "Frisør og skønhed",
    nameEn: "Hairdressing and beauty",
    iscoCode: "51",
    ...v1,
  },
  "sport-leisure": { nameDa: "Sport og fritid", nameEn: "Sport and leisure", iscoCode: "34", ...v1 },
  events: { nameDa: "Event og arrangementer", nameEn: "Events", iscoCode: "33", ...v1 },
  music: { nameDa: "Musik", nameEn: "Music", iscoCode: "26", ...v1 },
  "media-communication": {
    nameDa: "Medier og kommunikation",
    nameEn: "Media and communication",
    iscoCode: "26",
    ...v1,
  },
  creative: { nameDa: "Kreative fag", nameEn: "Creative trades", iscoCode: "34", ...v1 },
  "graphic-design": { nameDa: "Grafisk design", nameEn: "Graphic design", iscoCode: "21", ...v1 },
  "it-development": { nameDa: "IT og programmering", nameEn: "IT and programming", iscoCode: "25", ...v1 },
  "it-support": { nameDa: "IT-support", nameEn: "IT support", iscoCode: "35", ...v1 },
  laboratory: { nameDa: "Laboratorium", nameEn: "Laboratory", iscoCode: "31", ...v1 },
  security: { nameDa: "Sikkerhed og vagt", nameEn: "Security and guarding", iscoCode: "54", ...v1 },
  "recycling-environment": {
    nameDa: "Genbrug og miljø",
    nameEn: "Recycling and environment",
    iscoCode: "96",
    ...v1,
  },
  "textiles-sewing": { nameDa: "Tekstil og syning", nameEn: "Textiles and sewing", iscoCode: "75", ...v1 },
  crafts: { nameDa: "Håndværk og kunsthåndværk", nameEn: "Crafts and handicraft", iscoCode: "73", ...v1 },
};

export const strengthCodes = [
  "reliable",
  "curious",
  "good-with-people",
  "practical",
  "patient",
  "creative",
  "structured",
  "physically-strong",
  "good-with-animals",
  "calm-under-pressure",
  "team-player",
  "independent",
  "punctual",
  "careful",
  "helpful",
  "fast-learner",
  "good-with-numbers",
  "good-with-computers",
  "good-with-languages",
  "good-with-children",
  "good-listener",
  "positive",
  "persistent",
  "flexible",
  "honest",
  "tidy",
  "service-minded",
  "hardworking",
  "eye-for-detail",
  "good-with-hands",
  "enjoys-outdoors",
  "caring",
  "takes-initiative",
] as const;
export type StrengthCode = (typeof strengthCodes)[number];

const strengthDetails: Record<StrengthCode, VocabularyEntryDetails> = {
  reliable: { nameDa: "Pålidelig", nameEn: "Reliable", ...v1 },
  curious: { nameDa: "Nysgerrig", nameEn: "Curious", ...v1 },
  "good-with-people": { nameDa: "God til mennesker", nameEn: "Good with people", ...v1 },
  practical: { nameDa: "Praktisk anlagt", nameEn: "Practical", ...v1 },
  patient: { nameDa: "Tålmodig", nameEn: "Patient", ...v1 },
  creative: { nameDa: "Kreativ", nameEn: "Creative", ...v1 },
  structured: { nameDa: "Struktureret", nameEn: "Structured", ...v1 },
  "physically-strong": { nameDa: "Fysisk stærk", nameEn: "Physically strong", ...v1 },
  "good-with-animals": { nameDa: "God med dyr", nameEn: "Good with animals", ...v1 },
  "calm-under-pressure": { nameDa: "Rolig under pres", nameEn: "Calm under pressure", ...v1 },
  "team-player": { nameDa: "God til samarbejde", nameEn: "Team player", ...v1 },
  independent: { nameDa: "Selvstændig", nameEn: "Independent", ...v1 },
  punctual: { nameDa: "Punktlig", nameEn: "Punctual", ...v1 },
  careful: { nameDa: "Omhyggelig", nameEn: "Careful", ...v1 },
  helpful: { nameDa: "Hjælpsom", nameEn: "Helpful", ...v1 },
  "fast-learner": { nameDa: "Lærer hurtigt", nameEn: "Fast learner", ...v1 },
  "good-with-numbers": { nameDa: "God til tal", nameEn: "Good with numbers", ...v1 },
  "good-with-computers": { nameDa: "God til computere", nameEn: "Good with computers", ...v1 },
  "good-with-languages": { nameDa: "God til sprog", nameEn: "Good with languages", ...v1 },
  "good-with-children": { nameDa: "God med børn", nameEn: "Good with children", ...v1 },
  "good-listener": { nameDa: "God til at lytte", nameEn: "Good listener", ...v1 },
  positive: { nameDa: "Positiv", nameEn: "Positive", ...v1 },
  persistent: { nameDa: "Vedholdende", nameEn: "Persistent", ...v1 },
  flexible: { nameDa: "Fleksibel", nameEn: "Flexible", ...v1 },
  honest: { nameDa: "Ærlig", nameEn: "Honest", ...v1 },
  tidy: { nameDa: "Ordentlig", nameEn: "Tidy", ...v1 },
  "service-minded": { nameDa: "Servicemindet", nameEn: "Service-minded", ...v1 },
  hardworking: { nameDa: "Arbejdsom", nameEn: "Hard-working", ...v1 },
  "eye-for-detail": { nameDa: "Sans for detaljer", nameEn: "Eye for detail", ...v1 },
  "good-with-hands": { nameDa: "God med hænderne", nameEn: "Good with my hands", ...v1 },
  "enjoys-outdoors": { nameDa: "Glad for at være udenfor", nameEn: "Enjoys working outdoors", ...v1 },
  caring: { nameDa: "Omsorgsfuld", nameEn: "Caring", ...v1 },
  "takes-initiative": { nameDa: "Tager initiativ", nameEn: "Takes initiative", ...v1 },
};

/**
 * What a company can offer a young person (DOMAIN.md, "support the company can give"). A fixed
 * list in code only: nothing else refers to it by foreign key, and a change ships with a release.
 */
export const supportCodes = [
  "flexible-hours",
  "quiet-workspace",
  "mentor",
  "short-days-at-first",
  "clear-instructions",
  "help-with-transport",
  "breaks-when-needed",
  "fixed-routines",
  "work-alongside-colleague",
  "work-clothes-provided",
  "help-with-danish",
  "step-free-access",
] as const;
export type SupportCode = (typeof supportCodes)[number];

const supportDetails: Record<SupportCode, VocabularyEntryDetails> = {
  "flexible-hours": { nameDa: "Fleksible arbejdstider", nameEn: "Flexible hours", ...v1 },
  "quiet-workspace": { nameDa: "Roligt arbejdssted", nameEn: "Quiet workspace", ...v1 },
  mentor: { nameDa: "Fast mentor", nameEn: "A mentor", ...v1 },
  "short-days-at-first": { nameDa: "Korte dage i starten", nameEn: "Short days at first", ...v1 },
  "clear-instructions": { nameDa: "Tydelige instruktioner", nameEn: "Clear instructions", ...v1 },
  "help-with-transport": { nameDa: "Hjælp til transport", nameEn: "Help with transport", ...v1 },
  "breaks-when-needed": { nameDa: "Pauser efter behov", nameEn: "Breaks when needed", ...v1 },
  "fixed-routines": { nameDa: "Faste rutiner og opgaver", nameEn: "Fixed routines and tasks", ...v1 },
  "work-alongside-colleague": {
    nameDa: "Arbejde sammen med en kollega",
    nameEn: "Work alongside a colleague",
    ...v1,
  },
  "work-clothes-provided": {
    nameDa: "Arbejdstøj stilles til rådighed",
    nameEn: "Work clothes provided",
    ...v1,
  },
  "help-with-danish": { nameDa: "Hjælp med dansk", nameEn: "Help with Danish", ...v1 },
  "step-free-access": { nameDa: "Niveaufri adgang", nameEn: "Step-free access", ...v1 },
};

export type VocabularyEntry<Code extends string, Details extends VocabularyEntryDetails> = {
  code: Code;
} & Details;

function entriesOf<Code extends string, Details extends VocabularyEntryDetails>(
  codes: readonly Code[],
  details: Record<Code, Details>,
): readonly VocabularyEntry<Code, Details>[] {
  return codes.map((code) => ({ code, ...details[code] }));
}

export const occupationFieldVocabulary = entriesOf(occupationFieldCodes, occupationFieldDetails);
export const strengthVocabulary = entriesOf(strengthCodes, strengthDetails);
export const supportVocabulary = entriesOf(supportCodes, supportDetails);

/**
 * A zod schema for a code that new input may use: one of the codes and not retired. Stored data
 * may hold retired codes, so read paths should use a plain `z.enum(codes)` instead.
 */
export function activeCodeSchema<const Code extends string>(
  codes: readonly [Code, ...Code[]],
  details: Record<Code, VocabularyEntryDetails>,
  what: string,
) {
  return z
    .enum(codes)
    .refine((code) => details[code].retiredInVersion === null, `This ${what} is no longer in use`)
    .describe(`A ${what} code`);
}

export const occupationFieldCodeSchema = activeCodeSchema(
  occupationFieldCodes,
  occupationFieldDetails,
  "occupation field",
);
export const strengthCodeSchema = activeCodeSchema(strengthCodes, strengthDetails, "strength");
export const supportCodeSchema = activeCodeSchema(supportCodes, supportDetails, "support");
