import { strengthCodes, supportCodes } from "../reference/vocabulary.js";
import type { Executor } from "./database.js";
import { insertDemoEvents } from "./demo-events.js";
import { insertDemoInternships } from "./demo-internships.js";
import { type DemoCompany, type DemoYouth, insertDemoMatchmaking } from "./demo-matchmaking.js";
import { insertDemoNetworks } from "./demo-networks.js";
import {
  companies,
  companyContacts,
  type Experience,
  openings,
  users,
  wishes,
  youth,
  youthConsents,
  youthProgressScores,
  youthResourceProfiles,
} from "./schema.js";

/**
 * The demo network: young people with varied resource profiles, companies with openings, and
 * wishes, so that every demo role meets a living system. Deterministic (a seeded generator), so
 * every fresh demo database looks the same.
 */

function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  // The index is always within the array, which the type system cannot see.
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...items].sort(() => next() - 0.5).slice(0, count);
  };
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, pick, some, between };
}

const firstNames = [
  "Amalie",
  "Mikkel",
  "Sofie",
  "Jonas",
  "Freja",
  "Oliver",
  "Ida",
  "Mathias",
  "Emma",
  "Lucas",
  "Clara",
  "Elias",
  "Laura",
  "Magnus",
  "Sara",
  "Frederik",
  "Maja",
  "Rasmus",
  "Nanna",
  "Tobias",
  "Aisha",
  "Ali",
  "Zeynep",
  "Mohammed",
  "Julie",
  "Victor",
  "Cecilie",
  "Emil",
  "Asta",
  "Kasper",
  "Yasmin",
  "Noor",
  "Karoline",
  "Sebastian",
];
const lastNames = [
  "Nielsen",
  "Jensen",
  "Hansen",
  "Pedersen",
  "Andersen",
  "Christensen",
  "Larsen",
  "Sørensen",
  "Rasmussen",
  "Jørgensen",
  "Petersen",
  "Madsen",
  "Kristensen",
  "Olsen",
  "Thomsen",
  "Poulsen",
  "Yilmaz",
  "Hussein",
  "Kowalski",
  "Ahmadi",
];

/** What a young person tells about themself, by interest: in their own, plain words. */
const interestStories: Record<string, { aboutMe: string; wantsToLearn: string; experience: Experience }> = {
  "animals-nature": {
    aboutMe:
      "Jeg har altid haft det godt med dyr. Jeg er rolig og tålmodig, og jeg går gerne tur i al slags vejr.",
    wantsToLearn: "Hvordan man passer og fodrer forskellige dyr, og hvordan en dyrepension fungerer.",
    experience: {
      kind: "hobby",
      title: "Luftede hunde for naboer",
      description: "To år, flere gange om ugen.",
    },
  },
  retail: {
    aboutMe: "Jeg kan godt lide at hjælpe folk og have travlt. Jeg er god til at holde orden på hylderne.",
    wantsToLearn: "At stå ved kassen og bestille varer hjem.",
    experience: { kind: "job", title: "Flaskedreng i supermarked", description: "Fritidsjob i folkeskolen." },
  },
  "warehouse-logistics": {
    aboutMe: "Jeg kan lide fysisk arbejde og faste rutiner. Jeg møder til tiden og tager fat.",
    wantsToLearn: "At pakke ordrer og køre truck på sigt.",
    experience: { kind: "job", title: "Avisbud", description: "Hver morgen i et år." },
  },
  care: {
    aboutMe: "Jeg har hjulpet min mormor meget og kan lide at gøre en forskel for andre.",
    wantsToLearn:
      "Hvordan man arbejder på et plejecenter, og om social- og sundhedsuddannelsen er noget for mig.",
    experience: {
      kind: "volunteering",
      title: "Frivillig i Røde Kors-butik",
      description: "En dag om ugen.",
    },
  },
  "food-restaurant": {
    aboutMe: "Jeg elsker at lave mad og bage. Jeg kan arbejde i et højt tempo, når der er travlt.",
    wantsToLearn: "At arbejde i et rigtigt køkken og lave mad til mange.",
    experience: { kind: "school", title: "Madkundskab", description: "Min bedste fag i skolen." },
  },
  "it-support": {
    aboutMe: "Jeg bruger meget tid ved computeren og er god til at finde ud af, hvorfor ting ikke virker.",
    wantsToLearn: "At hjælpe brugere og sætte computere og netværk op.",
    experience: {
      kind: "hobby",
      title: "Bygger min egen computer",
      description: "Og hjælper familien med deres.",
    },
  },
  "mechanics-workshop": {
    aboutMe: "Jeg skruer på knallerter og cykler i min fritid. Jeg lærer bedst ved at prøve selv.",
    wantsToLearn: "At finde fejl på biler og bruge værkstedets værktøj.",
    experience: { kind: "hobby", title: "Reparerer knallerter", description: "For venner og familie." },
  },
  construction: {
    aboutMe: "Jeg kan lide at arbejde udenfor og se, hvad jeg har lavet, når dagen er slut.",
    wantsToLearn: "At bruge værktøj sikkert og arbejde på en byggeplads.",
    experience: { kind: "job", title: "Hjalp på min onkels byggeplads", description: "En sommerferie." },
  },
  creative: {
    aboutMe: "Jeg tegner og maler meget og har et godt øje for farver og detaljer.",
    wantsToLearn: "Hvordan man bruger kreative evner i et job.",
    experience: {
      kind: "hobby",
      title: "Tegner og maler",
      description: "Har haft en lille udstilling på biblioteket.",
    },
  },
  childcare: {
    aboutMe: "Jeg er god til at lege og finde på ting med børn, og jeg er tålmodig.",
    wantsToLearn: "At arbejde i en børnehave og lære om børns udvikling.",
    experience: { kind: "job", title: "Babysitter", description: "For to familier i nabolaget." },
  },
  cleaning: {
    aboutMe: "Jeg er grundig og kan godt lide, når tingene er i orden. Jeg arbejder gerne alene.",
    wantsToLearn: "At planlægge rengøring og bruge de rigtige midler.",
    experience: { kind: "job", title: "Rengøring på skole", description: "Om eftermiddagen i et halvt år." },
  },
  "sport-leisure": {
    aboutMe: "Jeg spiller fodbold og er hjælpetræner for de små. Jeg kan lide at være i bevægelse.",
    wantsToLearn: "At planlægge aktiviteter og arbejde i en sportshal.",
    experience: { kind: "volunteering", title: "Hjælpetræner for U9", description: "To gange om ugen." },
  },
};

const interestFields = Object.keys(interestStories);

interface CompanySpec {
  name: string;
  industry: string;
  field: string;
  employees: number;
  offers: string;
  openings: { title: string; description: string; tasks: string; learning: string }[];
}

const roskildeCompanies: CompanySpec[] = [
  {
    name: "Fjordens Dyrepension",
    industry: "Dyrepension",
    field: "animals-nature",
    employees: 8,
    offers: "Rolige rammer, faste rutiner og en fast makker, mens du lærer dyrene at kende.",
    openings: [
      {
        title: "Praktik med hunde og katte",
        description:
          "Vær med til at passe gæsterne: fodring, gåture, rengøring af bure og kontakt med ejerne.",
        tasks: "Fodring, gåture, rengøring",
        learning: "Dyrs adfærd og pleje, hygiejne og kundekontakt",
      },
      {
        title: "Hjælper i hestestalden",
        description: "Mugning, fodring og pleje af vores pensionsheste.",
        tasks: "Mugning, fodring, striglning",
        learning: "Hestehold og staldrutiner",
      },
    ],
  },
  {
    name: "Bageriet på Algade",
    industry: "Bageri",
    field: "food-restaurant",
    employees: 14,
    offers: "Tidlige morgener, god stemning og friskt brød.",
    openings: [
      {
        title: "Bagerlærling på prøve",
        description: "Hjælp med dej, bagning og butik i de travle morgentimer.",
        tasks: "Dej, bagning, udsalg",
        learning: "Bagerfaget og hygiejne",
      },
    ],
  },
  {
    name: "Roskilde Byggemarked",
    industry: "Byggemarked",
    field: "retail",
    employees: 45,
    offers: "Et stort team med plads til at lære i dit eget tempo.",
    openings: [
      {
        title: "Butiksmedhjælper i trælasten",
        description: "Hjælp kunderne, fyld varer op og hold orden i trælasten.",
        tasks: "Kundeservice, opfyldning",
        learning: "Varekendskab og kundeservice",
      },
      {
        title: "Kassemedarbejder",
        description: "Betjen kassen og hjælp kunderne på vej.",
        tasks: "Kasse, kundeservice",
        learning: "Kassesystem og service",
      },
    ],
  },
  {
    name: "Lager & Logistik Tune",
    industry: "Lager",
    field: "warehouse-logistics",
    employees: 60,
    offers: "Faste rutiner og en mentor på gulvet.",
    openings: [
      {
        title: "Lagermedarbejder",
        description: "Pluk og pak ordrer og modtag varer.",
        tasks: "Pluk, pak, varemodtagelse",
        learning: "Lagerstyring, truckcertifikat på sigt",
      },
    ],
  },
  {
    name: "Plejecenter Lindegården",
    industry: "Ældrepleje",
    field: "care",
    employees: 80,
    offers: "Varme kolleger og mulighed for at prøve SOSU-faget.",
    openings: [
      {
        title: "Praktik i dagcentret",
        description: "Vær sammen med beboerne: kaffe, gåture og aktiviteter.",
        tasks: "Samvær, aktiviteter, servering",
        learning: "Omsorg og kommunikation med ældre",
      },
    ],
  },
  {
    name: "IT-Hjørnet",
    industry: "IT-service",
    field: "it-support",
    employees: 6,
    offers: "Et lille, roligt værksted, hvor du kan stille alle spørgsmål.",
    openings: [
      {
        title: "IT-supporter",
        description: "Klargør computere, hjælp kunder og fejlsøg.",
        tasks: "Klargøring, fejlsøgning, support",
        learning: "Hardware, netværk og kundeservice",
      },
    ],
  },
  {
    name: "Tune Autoværksted",
    industry: "Autoværksted",
    field: "mechanics-workshop",
    employees: 9,
    offers: "Vi viser, hvordan tingene gøres, og du får lov at prøve.",
    openings: [
      {
        title: "Værkstedshjælper",
        description: "Hjælp mekanikerne med dæk, olieskift og oprydning.",
        tasks: "Dækskift, olieskift, oprydning",
        learning: "Bilmekanik og værktøj",
      },
    ],
  },
  {
    name: "Tømrer Holm & Søn",
    industry: "Tømrer",
    field: "carpentry",
    employees: 12,
    offers: "Udendørs arbejde og et godt sjak.",
    openings: [
      {
        title: "Tømrerhjælper",
        description: "Vær med på byggepladsen ved renoveringer.",
        tasks: "Bæring, opmåling, simple opgaver",
        learning: "Værktøj og sikkerhed på byggepladsen",
      },
    ],
  },
  {
    name: "Café Domkirken",
    industry: "Café",
    field: "food-restaurant",
    employees: 11,
    offers: "Fleksible vagter og et hyggeligt sted.",
    openings: [
      {
        title: "Cafémedhjælper",
        description: "Kaffe, anretning og opvask i en travl café.",
        tasks: "Servering, anretning, opvask",
        learning: "Café-drift og service",
      },
    ],
  },
  {
    name: "Børnehuset Solsikken",
    industry: "Børnehave",
    field: "childcare",
    employees: 18,
    offers: "Leg, ude-liv og en fast voksen at følges med.",
    openings: [
      {
        title: "Pædagogmedhjælper",
        description: "Leg med børnene, hjælp ved måltider og på legepladsen.",
        tasks: "Leg, måltider, ture",
        learning: "Pædagogisk arbejde",
      },
    ],
  },
  {
    name: "Roskilde Rengøringsservice",
    industry: "Rengøring",
    field: "cleaning",
    employees: 25,
    offers: "Faste ruter og arbejde i små hold.",
    openings: [
      {
        title: "Rengøringsassistent",
        description: "Rengøring af kontorer om eftermiddagen.",
        tasks: "Rengøring, affald, opfyldning",
        learning: "Rengøringsmetoder og planlægning",
      },
    ],
  },
  {
    name: "Sportshallen Roskilde",
    industry: "Idrætsanlæg",
    field: "sport-leisure",
    employees: 15,
    offers: "Et aktivt miljø med mange foreninger.",
    openings: [
      {
        title: "Halassistent",
        description: "Klargør hallerne, hjælp foreningerne og hold orden.",
        tasks: "Klargøring, service, vedligehold",
        learning: "Drift af idrætsanlæg",
      },
    ],
  },
  {
    name: "Gartneriet Svogerslev",
    industry: "Gartneri",
    field: "gardening-landscaping",
    employees: 7,
    offers: "Ro, frisk luft og planter.",
    openings: [
      {
        title: "Gartnerhjælper",
        description: "Prikling, vanding og salg af planter.",
        tasks: "Plantearbejde, vanding, salg",
        learning: "Planter og havebrug",
      },
    ],
  },
  {
    name: "Malerfirmaet Pensel",
    industry: "Maler",
    field: "painting",
    employees: 10,
    offers: "Vi starter roligt med afdækning og spartling.",
    openings: [
      {
        title: "Malerhjælper",
        description: "Afdækning, spartling og maling af vægge.",
        tasks: "Afdækning, spartling, maling",
        learning: "Malerfagets grundteknikker",
      },
    ],
  },
  {
    name: "Hotel Fjordudsigt",
    industry: "Hotel",
    field: "hotel",
    employees: 30,
    offers: "Mange forskellige opgaver og internationale gæster.",
    openings: [
      {
        title: "Praktik i housekeeping",
        description: "Gør værelser klar og hjælp i receptionen.",
        tasks: "Værelser, linned, reception",
        learning: "Hotel-drift og service",
      },
    ],
  },
  {
    name: "Genbrugsbutikken Hjerterum",
    industry: "Genbrug",
    field: "retail",
    employees: 5,
    offers: "En lille butik med god tid til at lære.",
    openings: [
      {
        title: "Butiksmedhjælper",
        description: "Sortér varer, sæt priser og betjen kunder.",
        tasks: "Sortering, prissætning, kasse",
        learning: "Butiksdrift",
      },
    ],
  },
  {
    name: "Roskilde Cykler",
    industry: "Cykelværksted",
    field: "mechanics-workshop",
    employees: 4,
    offers: "Rolige rammer og en tålmodig mester.",
    openings: [
      {
        title: "Cykelmekaniker-hjælper",
        description: "Lap slanger, skift kæder og klargør cykler.",
        tasks: "Reparationer, klargøring",
        learning: "Cykelmekanik",
      },
    ],
  },
  {
    name: "Kontorservice Roskilde",
    industry: "Administration",
    field: "office-administration",
    employees: 20,
    offers: "Et stille kontor og faste opgaver.",
    openings: [
      {
        title: "Kontorelev på prøve",
        description: "Post, scanning, arkiv og lidt kundeservice.",
        tasks: "Post, scanning, arkiv",
        learning: "Kontorrutiner og IT",
      },
    ],
  },
  {
    name: "Musikcaféen",
    industry: "Spillested",
    field: "events",
    employees: 9,
    offers: "Koncerter, scene og et kreativt miljø.",
    openings: [
      {
        title: "Eventhjælper",
        description: "Hjælp med opstilling, bar og oprydning til koncerter.",
        tasks: "Opstilling, bar, oprydning",
        learning: "Events og lyd",
      },
    ],
  },
  {
    name: "Hedeland Naturcenter",
    industry: "Naturformidling",
    field: "animals-nature",
    employees: 7,
    offers: "Arbejde udenfor med dyr, natur og besøgende.",
    openings: [
      {
        title: "Naturmedhjælper",
        description: "Pas gedehyrden, vedligehold stier og hjælp ved skolebesøg.",
        tasks: "Dyrepasning, stier, formidling",
        learning: "Naturpleje og formidling",
      },
    ],
  },
];

const sonderborgCompanies: CompanySpec[] = [
  {
    name: "Alssund Lager",
    industry: "Lager",
    field: "warehouse-logistics",
    employees: 40,
    offers: "Faste rutiner og en mentor.",
    openings: [
      {
        title: "Lagermedarbejder",
        description: "Pluk og pak ordrer.",
        tasks: "Pluk, pak",
        learning: "Lagerstyring",
      },
    ],
  },
  {
    name: "Sønderborg Dyreklinik",
    industry: "Dyrlæge",
    field: "animals-nature",
    employees: 10,
    offers: "Rolige dyr og tålmodige kolleger.",
    openings: [
      {
        title: "Klinikhjælper",
        description: "Hjælp med dyrene og rengøring af klinikken.",
        tasks: "Dyrepasning, rengøring",
        learning: "Dyrepleje",
      },
    ],
  },
  {
    name: "Café Havnen",
    industry: "Café",
    field: "food-restaurant",
    employees: 8,
    offers: "Udsigt over havnen og fleksible vagter.",
    openings: [
      {
        title: "Cafémedhjælper",
        description: "Kaffe, servering og opvask.",
        tasks: "Servering, opvask",
        learning: "Service",
      },
    ],
  },
  {
    name: "Nordals Autoværksted",
    industry: "Autoværksted",
    field: "mechanics-workshop",
    employees: 6,
    offers: "Et lille værksted med tid til at forklare.",
    openings: [
      {
        title: "Værkstedshjælper",
        description: "Dækskift og oprydning.",
        tasks: "Dæk, oprydning",
        learning: "Bilmekanik",
      },
    ],
  },
  {
    name: "Plejehjemmet Ahlmannsparken",
    industry: "Ældrepleje",
    field: "care",
    employees: 70,
    offers: "Varme kolleger.",
    openings: [
      {
        title: "Aktivitetsmedhjælper",
        description: "Aktiviteter og samvær med beboerne.",
        tasks: "Aktiviteter, samvær",
        learning: "Omsorg",
      },
    ],
  },
  {
    name: "Broager Byggeservice",
    industry: "Byggeri",
    field: "construction",
    employees: 15,
    offers: "Udendørs arbejde i et godt hold.",
    openings: [
      {
        title: "Byggehjælper",
        description: "Hjælp på byggepladsen.",
        tasks: "Bæring, oprydning",
        learning: "Byggepladsens arbejde",
      },
    ],
  },
];

export interface DemoNetworkContext {
  passwordHash: string;
  municipalityIdBySlug: Map<string, string>;
  /** Existing demo users by email: the staff who counsel and coordinate, the demo youth and company contact. */
  userIdByEmail: Map<string, string>;
  /** When the demo is made: the matchmaking demo dates its messages and meetings from here. */
  now: Date;
}

const asciiEmail = (text: string) =>
  text
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .replace(/[^a-z0-9]+/g, ".");

/** Young people after the demo young person who take part in the demo's matchmaking (demo-matchmaking.ts). */
const DEMO_MATCHMAKING_YOUTH = 6;

/** Inserts the demo network for one municipality. */
async function insertMunicipalityNetwork(
  tx: Executor,
  ctx: DemoNetworkContext,
  options: {
    slug: string;
    youthCount: number;
    companies: CompanySpec[];
    wishCount: number;
    postalCodes: string[];
    demoYouthEmail?: string;
    demoContactEmail?: string;
    seed: number;
  },
) {
  const random = generator(options.seed);
  const municipalityId = ctx.municipalityIdBySlug.get(options.slug);
  const staffId = ctx.userIdByEmail.get(`staff@${options.slug}.demo`);
  if (!municipalityId || !staffId) throw new Error(`Demo municipality ${options.slug} is missing`);

  const youthRecords: DemoYouth[] = [];
  for (let index = 0; index < options.youthCount; index++) {
    const isDemoYouth = index === 0 && options.demoYouthEmail !== undefined;
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    let userId =
      isDemoYouth && options.demoYouthEmail ? ctx.userIdByEmail.get(options.demoYouthEmail) : undefined;
    if (!userId) {
      const [user] = await tx
        .insert(users)
        .values({
          email: `${asciiEmail(`${first}.${last}.${index + 1}`)}@${options.slug}.demo`,
          displayName: `${first} ${last}`,
          role: "youth",
          municipalityId,
          status: "active",
          passwordHash: ctx.passwordHash,
        })
        .returning({ id: users.id });
      userId = user?.id;
    }
    if (!userId) throw new Error("demo youth user missing");
    const interests = isDemoYouth
      ? ["animals-nature", "gardening-landscaping"]
      : random.some(interestFields, 1, 2);
    const story = interestStories[interests[0] ?? "retail"] ?? interestStories.retail;
    // A few profiles are left half-done, as real ones are.
    const complete = isDemoYouth || random.next() > 0.2;
    const [row] = await tx
      .insert(youth)
      .values({
        municipalityId,
        userId,
        birthDate: `${random.between(1997, 2007)}-${String(random.between(1, 12)).padStart(2, "0")}-${String(random.between(1, 28)).padStart(2, "0")}`,
        phone: `+45 ${random.between(20, 99)} ${random.between(10, 99)} ${random.between(10, 99)} ${random.between(10, 99)}`,
        postalCode: random.pick(options.postalCodes),
        counsellorUserId: staffId,
        status: "active",
        enrolledOn: `2026-${String(random.between(1, 10)).padStart(2, "0")}-${String(random.between(1, 28)).padStart(2, "0")}`,
      })
      .returning({ id: youth.id });
    if (!row) throw new Error("demo youth missing");
    youthRecords.push({ id: row.id, userId, displayName: isDemoYouth ? "" : `${first} ${last}` });
    await tx.insert(youthResourceProfiles).values({
      youthId: row.id,
      municipalityId,
      aboutMe: story?.aboutMe ?? null,
      strengths: random.some(strengthCodes, 2, 4),
      interests,
      experiences: complete && story ? [story.experience] : [],
      wantsToLearn: complete ? (story?.wantsToLearn ?? null) : null,
      hoursPerWeek: complete ? random.pick([15, 20, 25, 30]) : null,
      weekdays: complete ? random.some([1, 2, 3, 4, 5], 3, 5).sort() : [],
      maxTravelKm: complete ? random.pick([5, 10, 15, 20, 30]) : null,
      drivingLicence: complete ? random.next() < 0.3 : null,
      languages: random.next() < 0.25 ? ["da", random.pick(["en", "ar", "tr", "pl"])] : ["da"],
      earliestStart: complete ? `2027-0${random.between(1, 3)}-01` : null,
      visibility: random.next() < 0.2 ? { aboutMe: "private" } : {},
    });
    // Most consent to be seen by the network's companies; some have not (yet). The first few take
    // part in the demo's matchmaking, so they always have.
    if (isDemoYouth || random.next() < 0.85 || index <= DEMO_MATCHMAKING_YOUTH) {
      await tx.insert(youthConsents).values({
        youthId: row.id,
        municipalityId,
        kind: "profile_visible_to_companies",
        granted: true,
        textVersion: "2026-11-1",
        recordedAt: new Date("2026-11-01T10:00:00Z"),
        recordedByUserId: userId,
      });
    }
    if (index <= DEMO_MATCHMAKING_YOUTH && options.demoYouthEmail !== undefined) {
      await tx.insert(youthConsents).values({
        youthId: row.id,
        municipalityId,
        kind: "contact_by_companies",
        granted: true,
        textVersion: "2026-11-1",
        recordedAt: new Date("2026-11-01T10:00:00Z"),
        recordedByUserId: userId,
      });
    }
    if (isDemoYouth) {
      for (const [month, base] of [
        ["09", 3],
        ["10", 4],
        ["11", 6],
      ] as const) {
        await tx.insert(youthProgressScores).values({
          youthId: row.id,
          municipalityId,
          recordedOn: `2026-${month}-15`,
          direction: base,
          persistence: base + 1,
          curiosity: base + 2,
          resilience: base,
          selfEsteem: base - 1,
          recordedByUserId: staffId,
        });
      }
    }
  }

  const companyRecords: DemoCompany[] = [];
  for (const [index, spec] of options.companies.entries()) {
    const [company] = await tx
      .insert(companies)
      .values({
        municipalityId,
        cvr: demoCvr(options.seed * 100 + index),
        name: spec.name,
        industry: spec.industry,
        address: `${random.pick(["Algade", "Hovedgaden", "Industrivej", "Havnevej", "Skolevej"])} ${random.between(1, 80)}`,
        postalCode: random.pick(options.postalCodes),
        employeeCount: spec.employees,
        description: `${spec.name} er en lokal virksomhed inden for ${spec.industry.toLowerCase()}.`,
        offers: spec.offers,
        coordinatorUserId: staffId,
        networkMemberSince: "2025-08-01",
      })
      .returning({ id: companies.id });
    if (!company) throw new Error("demo company missing");
    const contactId =
      index === 0 && options.demoContactEmail ? ctx.userIdByEmail.get(options.demoContactEmail) : undefined;
    if (contactId)
      await tx.insert(companyContacts).values({ userId: contactId, companyId: company.id, municipalityId });
    const record: DemoCompany = { id: company.id, name: spec.name, contactUserId: contactId, openings: [] };
    companyRecords.push(record);
    for (const opening of spec.openings) {
      const [openingRow] = await tx
        .insert(openings)
        .values({
          municipalityId,
          companyId: company.id,
          title: opening.title,
          occupationField: spec.field,
          description: opening.description,
          tasks: opening.tasks,
          learning: opening.learning,
          qualitiesWanted: random.some(strengthCodes, 2, 3),
          hoursPerWeek: random.pick([15, 20, 25, 30]),
          durationWeeks: random.pick([4, 8, 13]),
          seats: random.pick([1, 1, 2]),
          earliestStart: "2027-01-04",
          workplacePostalCode: random.pick(options.postalCodes),
          mentorName: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
          supportOffered: random.some(supportCodes, 1, 3),
          status: "open",
        })
        .returning({ id: openings.id });
      if (openingRow) record.openings.push({ id: openingRow.id, title: opening.title });
    }
  }

  const wishTexts: Record<string, string> = {
    "animals-nature": "Jeg vil gerne prøve at arbejde med heste eller på en gård.",
    retail: "Jeg vil gerne prøve at arbejde i en tøjbutik.",
    "warehouse-logistics": "Jeg vil gerne prøve at køre truck på et lager.",
    care: "Jeg vil gerne prøve at være i hjemmeplejen.",
    "food-restaurant": "Jeg vil gerne prøve at arbejde i et restaurantkøkken.",
    "it-support": "Jeg vil gerne prøve at arbejde med IT i en kommune eller virksomhed.",
    "mechanics-workshop": "Jeg vil gerne prøve at arbejde på et motorcykelværksted.",
    construction: "Jeg vil gerne prøve at være med til at bygge huse.",
    creative: "Jeg vil gerne prøve at arbejde på et trykkeri eller et reklamebureau.",
    childcare: "Jeg vil gerne prøve at arbejde i en vuggestue.",
    cleaning: "Jeg vil gerne prøve at gøre rent på et hotel.",
    "sport-leisure": "Jeg vil gerne prøve at arbejde i et fitnesscenter.",
  };
  for (const { id: youthId } of youthRecords.slice(0, options.wishCount)) {
    const field = random.pick(interestFields);
    await tx.insert(wishes).values({
      municipalityId,
      youthId,
      occupationField: field,
      description: wishTexts[field] ?? "Jeg vil gerne prøve noget nyt.",
      hoursPerWeek: random.pick([15, 20, 25]),
      areaPostalCode: random.pick(options.postalCodes),
    });
  }
  return { municipalityId, staffId, youth: youthRecords, companies: companyRecords };
}

/** CVR numbers for the demo that pass the modulus-11 check and do not collide. */
function demoCvr(n: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let attempt = n * 13; ; attempt++) {
    const digits = String(30_000_000 + ((attempt * 7919) % 9_999_999))
      .slice(0, 7)
      .split("")
      .map(Number);
    const check = (11 - (digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11)) % 11;
    if (check < 10) return [...digits, check].join("");
  }
}

export async function insertDemoNetwork(tx: Executor, ctx: DemoNetworkContext): Promise<void> {
  const roskilde = await insertMunicipalityNetwork(tx, ctx, {
    slug: "roskilde",
    youthCount: 30,
    companies: roskildeCompanies,
    wishCount: 10,
    postalCodes: ["4000", "4000", "4000", "4030", "4040", "4130", "4320", "4330", "2640", "4621"],
    demoYouthEmail: "ung@roskilde.demo",
    demoContactEmail: "virksomhed@roskilde.demo",
    seed: 265,
  });
  await insertDemoMatchmaking(tx, { ...roskilde, passwordHash: ctx.passwordHash, now: ctx.now });
  await insertDemoInternships(tx, { ...roskilde, now: ctx.now });
  await insertDemoEvents(tx, { ...roskilde, now: ctx.now });
  await insertDemoNetworks(tx, { ...roskilde, now: ctx.now });
  await insertMunicipalityNetwork(tx, ctx, {
    slug: "sonderborg",
    youthCount: 8,
    companies: sonderborgCompanies,
    wishCount: 3,
    postalCodes: ["6400", "6400", "6430", "6440", "6470", "6310", "6300"],
    seed: 540,
  });
}
