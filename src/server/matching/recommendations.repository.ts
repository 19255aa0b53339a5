import { and, eq, gt, isNotNull, sql } from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Database, Executor } from "../db/database.js";
import { municipalities } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import { postalCodes } from "../reference/reference.tables.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { profileColumns } from "../youth/youth.repository.js";
import { youth, youthResourceProfiles } from "../youth/youth.tables.js";
import type { CandidateSource } from "./candidate-index.js";
import { recommendationDismissals } from "./matching.tables.js";

/**
 * The municipality's index version; 0 while no change has been counted yet. The request statements
 * below are written as plain SQL with qualified names: inside a subquery, drizzle would print an
 * outer column unqualified, and it would silently name the inner table's column instead.
 */
const versionOfMunicipality = sql<number>`coalesce((select v.version from matching_index_versions v where v.municipality_id = municipalities.id), 0)::float8`;

/**
 * Everything the candidate index of a municipality is built from, read in one repeatable-read
 * snapshot together with the version it belongs to: the open openings with a free seat (and their
 * company's name), the young people with their profile and current consent, and the postal codes.
 */
export async function loadCandidateSource(db: Database, municipalityId: string): Promise<CandidateSource> {
  return db.transaction(
    async (tx) => {
      const [versionRow] = await tx
        .select({ version: versionOfMunicipality })
        .from(municipalities)
        .where(eq(municipalities.id, municipalityId));
      const openingRows = await tx
        .select({
          id: openings.id,
          companyId: openings.companyId,
          companyName: companies.name,
          title: openings.title,
          occupationField: openings.occupationField,
          qualitiesWanted: openings.qualitiesWanted,
          learning: openings.learning,
          workplacePostalCode: openings.workplacePostalCode,
          hoursPerWeek: openings.hoursPerWeek,
          durationWeeks: openings.durationWeeks,
          // What fit counts is the seats still free: approved internships take theirs (issue 5).
          seats: sql<number>`${openings.seats} - ${openings.seatsTaken}`.mapWith(Number),
          earliestStart: openings.earliestStart,
          hasMentor: sql<boolean>`${isNotNull(openings.mentorName)}`,
          supportOffered: openings.supportOffered,
          requiresDrivingLicence: openings.requiresDrivingLicence,
          languagesRequired: openings.languagesRequired,
          status: openings.status,
        })
        .from(openings)
        .innerJoin(companies, eq(companies.id, openings.companyId))
        .where(
          and(
            eq(openings.municipalityId, municipalityId),
            eq(openings.status, "open"),
            gt(openings.seats, openings.seatsTaken),
          ),
        );
      const youthRows = await tx
        .select({
          id: youth.id,
          status: youth.status,
          postalCode: youth.postalCode,
          visibleToCompanies: sql<boolean>`${hasCurrentConsent(youth.id, "profile_visible_to_companies")}`,
          profile: profileColumns,
        })
        .from(youth)
        .innerJoin(youthResourceProfiles, eq(youthResourceProfiles.youthId, youth.id))
        .where(eq(youth.municipalityId, municipalityId));
      const postalRows = await tx
        .select({ code: postalCodes.code, latitude: postalCodes.latitude, longitude: postalCodes.longitude })
        .from(postalCodes);
      return {
        version: versionRow?.version ?? 0,
        openings: openingRows,
        youth: youthRows,
        postalCodes: new Map(
          postalRows.map((row) => [row.code, { latitude: row.latitude, longitude: row.longitude }]),
        ),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

const placeholder = (name: string) => sql.placeholder(name);

/** The young person a request is about: by id (staff), or the caller's own record (a young person). */
const targetYouth = {
  user: sql`(select y.id from youth y where y.user_id = ${placeholder("userId")} and y.municipality_id = municipalities.id)`,
  id: sql`(select y.id from youth y where y.id = ${placeholder("youthId")} and y.municipality_id = municipalities.id)`,
};

/**
 * One statement per recommendation request: the index version of the municipality, with the
 * caller's dismissals and the live interests and matches of the young person. Read together, so
 * the ranking and the marks on it come from one moment.
 */
function buildYouthRequestState(db: Database, by: keyof typeof targetYouth) {
  const target = targetYouth[by];
  return db
    .select({
      version: versionOfMunicipality,
      youthId: sql<string | null>`${target}`,
      dismissedOpeningIds: sql<
        string[]
      >`array(select d.opening_id from recommendation_dismissals d where d.user_id = ${placeholder("userId")} and d.youth_id = ${target})`,
      interestedOpeningIds: sql<
        string[]
      >`array(select i.opening_id from interests i where i.youth_id = ${target} and i.side = 'youth' and i.withdrawn_at is null)`,
      matchIdByOpening: sql<
        Record<string, string>
      >`coalesce((select json_object_agg(x.opening_id, x.id) from matches x where x.youth_id = ${target}), '{}'::json)`,
    })
    .from(municipalities)
    .where(eq(municipalities.id, placeholder("municipalityId")))
    .prepare(by === "user" ? "recommendations_own_youth_state" : "recommendations_youth_state");
}

function buildOpeningRequestState(db: Database) {
  const opening = placeholder("openingId");
  const user = placeholder("userId");
  return db
    .select({
      version: versionOfMunicipality,
      openingCompanyId: sql<
        string | null
      >`(select o.company_id from openings o where o.id = ${opening} and o.municipality_id = municipalities.id)`,
      contactCompanyId: sql<
        string | null
      >`(select c.company_id from company_contacts c where c.user_id = ${user})`,
      dismissedYouthIds: sql<
        string[]
      >`array(select d.youth_id from recommendation_dismissals d where d.user_id = ${user} and d.opening_id = ${opening})`,
      companyInterestYouthIds: sql<
        string[]
      >`array(select i.youth_id from interests i where i.opening_id = ${opening} and i.side = 'company' and i.withdrawn_at is null)`,
      youthInterestYouthIds: sql<
        string[]
      >`array(select i.youth_id from interests i where i.opening_id = ${opening} and i.side = 'youth' and i.withdrawn_at is null)`,
      matchIdByYouth: sql<
        Record<string, string>
      >`coalesce((select json_object_agg(x.youth_id, x.id) from matches x where x.opening_id = ${opening}), '{}'::json)`,
    })
    .from(municipalities)
    .where(eq(municipalities.id, placeholder("municipalityId")))
    .prepare("recommendations_opening_state");
}

// Every recommendation request runs one of these, so each is prepared once per connection.
const prepared = new WeakMap<
  Database,
  {
    ownYouth: ReturnType<typeof buildYouthRequestState>;
    youth: ReturnType<typeof buildYouthRequestState>;
    opening: ReturnType<typeof buildOpeningRequestState>;
  }
>();

function preparedFor(db: Database) {
  let statements = prepared.get(db);
  if (!statements) {
    statements = {
      ownYouth: buildYouthRequestState(db, "user"),
      youth: buildYouthRequestState(db, "id"),
      opening: buildOpeningRequestState(db),
    };
    prepared.set(db, statements);
  }
  return statements;
}

export type YouthRequestState = NonNullable<Awaited<ReturnType<typeof ownYouthRequestState>>>;

/** For a young person's own recommendations; youthId is null when the user has no youth record. */
export async function ownYouthRequestState(db: Database, municipalityId: string, userId: string) {
  const [row] = await preparedFor(db).ownYouth.execute({ municipalityId, userId });
  return row;
}

/** For staff looking at a young person's recommendations; youthId is null outside the municipality. */
export async function youthRequestState(
  db: Database,
  municipalityId: string,
  userId: string,
  youthId: string,
): Promise<YouthRequestState | undefined> {
  const [row] = await preparedFor(db).youth.execute({ municipalityId, userId, youthId });
  return row;
}

/** For an opening's recommended young people; openingCompanyId is null outside the municipality. */
export async function openingRequestState(
  db: Database,
  municipalityId: string,
  userId: string,
  openingId: string,
) {
  const [row] = await preparedFor(db).opening.execute({ municipalityId, userId, openingId });
  return row;
}

export async function insertDismissal(
  db: Executor,
  values: { userId: string; openingId: string; youthId: string; municipalityId: string; now: Date },
): Promise<void> {
  await db
    .insert(recommendationDismissals)
    .values({
      userId: values.userId,
      openingId: values.openingId,
      youthId: values.youthId,
      municipalityId: values.municipalityId,
      createdAt: values.now,
    })
    .onConflictDoNothing();
}

export async function deleteDismissal(
  db: Executor,
  key: { userId: string; openingId: string; youthId: string },
): Promise<void> {
  await db
    .delete(recommendationDismissals)
    .where(
      and(
        eq(recommendationDismissals.userId, key.userId),
        eq(recommendationDismissals.openingId, key.openingId),
        eq(recommendationDismissals.youthId, key.youthId),
      ),
    );
}
