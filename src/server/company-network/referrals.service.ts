import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import { recipientsOn } from "../matching/participants.js";
import { findSidesOfUser } from "../matching/participants.repository.js";
import { notify } from "../notifications/notifications.js";
import { fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { firstNameOf } from "../youth/profile.js";
import { isNetworkStaff } from "./company-network.policy.js";
import type { NetworkContext } from "./company-network.service.js";
import { presentReferral } from "./referrals.presenters.js";
import * as repository from "./referrals.repository.js";
import type { CreateReferralBody } from "./referrals.schemas.js";

const LIST_LIMIT = 50;
const OPENINGS_PER_REFERRAL = 10;

async function present(db: Executor, rows: repository.ReferralRow[]) {
  const openings = await repository.listOpenOpenings(
    db,
    [...new Set(rows.map((row) => row.toCompanyId))],
    OPENINGS_PER_REFERRAL,
  );
  return rows.map((row) =>
    presentReferral(
      row,
      openings.filter((opening) => opening.companyId === row.toCompanyId),
    ),
  );
}

export function referralsLink(ctx: NetworkContext): string {
  return `${ctx.publicUrl}/referrals`;
}

export async function createReferral(
  ctx: NetworkContext,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  body: CreateReferralBody,
) {
  if (!actor.municipalityId || actor.role !== "company_contact") throw forbidden();
  const { companyId } = await findSidesOfUser(db, actor.id);
  if (!companyId) throw forbidden("Not the contact of a company");
  if (body.toCompanyId === companyId)
    throw fieldProblem(
      "validation",
      "Invalid request",
      "toCompanyId",
      "Refer to another company than your own",
    );
  const toCompany = await repository.findCompany(db, actor.municipalityId, body.toCompanyId);
  if (!toCompany)
    throw fieldProblem("validation", "Invalid request", "toCompanyId", "Not a company of this municipality");
  // Out of reach unless the young person lets companies see them and the company knows them from a match.
  const young = await repository.findReferableYouth(db, actor.municipalityId, body.youthId, companyId);
  if (!young) throw notFound("Young person not found");

  const { id } = await repository.insertReferral(db, {
    municipalityId: actor.municipalityId,
    youthId: young.id,
    fromCompanyId: companyId,
    fromUserId: actor.id,
    toCompanyId: toCompany.id,
    note: body.note,
    createdAt: ctx.clock.now(),
  });
  const [row] = await repository.listReferrals(
    db,
    actor.municipalityId,
    { kind: "id", id },
    { onlyVisibleToCompanies: false, limit: 1 },
  );
  if (!row) throw new Error("referral vanished inside its transaction");

  const link = referralsLink(ctx);
  const who = firstNameOf(row.youthDisplayName);
  const from = row.fromCompanyName;
  await notify(
    ctx,
    db,
    "referral",
    await recipientsOn(db, { youthId: young.id, companyId: toCompany.id }, "company"),
    (recipient) => ({
      subject: "En ung er henvist til jer / A young person has been referred to you",
      text: `Hej ${recipient.displayName}\n\n${from} har henvist ${who} til jer gennem virksomhedsnetværket. Læs hvorfor her:\n${link}\n\n${from} has referred ${who} to you through the company network. Read why here:\n${link}\n`,
      links: [link],
    }),
  );
  await notify(
    ctx,
    db,
    "referral",
    await recipientsOn(db, { youthId: young.id, companyId: toCompany.id }, "youth"),
    (recipient) => ({
      subject: "Du er blevet anbefalet til en virksomhed / You have been recommended to a company",
      text: `Hej ${firstNameOf(recipient.displayName)}\n\n${from} har anbefalet dig til ${toCompany.name}. Se deres praktikpladser og vis interesse, hvis du har lyst – det er helt op til dig:\n${link}\n\n${from} has recommended you to ${toCompany.name}. See their internships and show interest if you like – it is entirely up to you:\n${link}\n`,
      links: [link],
    }),
  );
  await recordAuditEvent(db, ctx.clock, origin, {
    action: "referral.created",
    actorUserId: actor.id,
    municipalityId: actor.municipalityId,
    subjectType: "company_referral",
    subjectId: id,
  });
  const [presented] = await present(db, [row]);
  if (!presented) throw new Error("referral could not be presented");
  return presented;
}

/**
 * A company contact: what their company sent and received, while the young person still lets
 * companies see them. A young person: the referrals of themself. Staff: every referral of the
 * municipality, as sent.
 */
export async function listReferrals(db: Executor, actor: CurrentUser) {
  if (!actor.municipalityId) throw forbidden();
  const municipalityId = actor.municipalityId;
  const list = (filter: repository.ReferralFilter, onlyVisibleToCompanies: boolean) =>
    repository.listReferrals(db, municipalityId, filter, { onlyVisibleToCompanies, limit: LIST_LIMIT });
  if (isNetworkStaff(actor))
    return { sent: await present(db, await list({ kind: "municipality" }, false)), received: [] };
  const sides = await findSidesOfUser(db, actor.id);
  if (actor.role === "youth" && sides.youthId) {
    return {
      sent: [],
      received: await present(db, await list({ kind: "youth", youthId: sides.youthId }, false)),
    };
  }
  if (actor.role === "company_contact" && sides.companyId) {
    const sent = await list({ kind: "from_company", companyId: sides.companyId }, true);
    const received = await list({ kind: "to_company", companyId: sides.companyId }, true);
    return { sent: await present(db, sent), received: await present(db, received) };
  }
  return { sent: [], received: [] };
}

/** "Not now": the young person puts a referral of themself aside; anyone else gets 404. */
export async function dismissReferral(
  ctx: NetworkContext,
  db: Executor,
  actor: CurrentUser,
  referralId: string,
) {
  if (actor.role !== "youth") throw notFound("Referral not found");
  const { youthId } = await findSidesOfUser(db, actor.id);
  if (!youthId || !(await repository.dismissReferral(db, referralId, youthId, ctx.clock.now())))
    throw notFound("Referral not found");
}
