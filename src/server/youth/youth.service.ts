import * as accountsRepository from "../accounts/accounts.repository.js";
import { issueInvitationLink } from "../accounts/accounts.service.js";
import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import type { Executor } from "../db/database.js";
import { conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { checkPostalCode } from "../reference/postal-codes.js";
import * as consents from "./consents.repository.js";
import { normaliseCpr } from "./cpr.js";
import { maySeeSensitiveInformation, relationTo, type YouthRelation } from "./youth.policy.js";
import type { ConsentState } from "./youth.presenters.js";
import * as repository from "./youth.repository.js";
import type { UpdateProfileInput } from "./youth.schemas.js";

type YouthContext = Pick<AppContext, "clock" | "mailer" | "cipher" | "publicUrl">;

const today = (ctx: Pick<AppContext, "clock">) => ctx.clock.now().toISOString().slice(0, 10);

/**
 * The young person the caller may reach, and how they stand to them. Everyone else, including
 * companies when the young person does not consent, gets the same 404.
 */
export async function reachableYouth(
  db: Executor,
  user: CurrentUser,
  youthId: string,
): Promise<{ young: repository.YouthRow; relation: YouthRelation }> {
  const young =
    user.role === "company_contact" && user.municipalityId
      ? await repository.findYouthVisibleToCompanies(db, user.municipalityId, youthId)
      : await repository.findYouthById(db, tenantScopeOf(user), youthId);
  const relation = young ? relationTo(user, young) : undefined;
  if (!young || !relation) throw notFound("Young person not found");
  return { young, relation };
}

/** Once the postal codes are imported, an unknown one is an error; before that it cannot be checked. */
async function requireKnownPostalCode(tx: Executor, postalCode: string): Promise<void> {
  if ((await checkPostalCode(tx, postalCode)) === "unknown") {
    throw fieldProblem("validation", "Invalid request", "postalCode", "Unknown postal code");
  }
}

async function requireCounsellor(tx: Executor, municipalityId: string, counsellorId: string): Promise<void> {
  const counsellor = await accountsRepository.findUserById(
    tx,
    { kind: "municipality", municipalityId },
    counsellorId,
  );
  if (counsellor?.role !== "staff" || counsellor.status === "disabled") {
    throw fieldProblem(
      "validation",
      "Invalid request",
      "counsellorId",
      "Choose a staff member of the municipality",
    );
  }
}

export async function enrolYouth(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: {
    displayName: string;
    email: string;
    birthDate: string;
    phone?: string | undefined;
    postalCode: string;
    counsellorId: string;
    cpr?: string | undefined;
  },
) {
  const municipalityId = actor.municipalityId;
  if (!municipalityId) throw forbidden();
  await requireCounsellor(tx, municipalityId, input.counsellorId);
  await requireKnownPostalCode(tx, input.postalCode);
  const cpr = input.cpr === undefined || input.cpr.trim() === "" ? undefined : normaliseCpr(input.cpr);
  if (input.cpr?.trim() && !cpr) {
    throw fieldProblem(
      "validation",
      "Invalid request",
      "cpr",
      "Ten digits, the first six a real date (DDMMYY-XXXX)",
    );
  }
  if (await accountsRepository.findUserByEmail(tx, input.email)) {
    throw conflict("A user with this email exists", [
      { path: "email", message: "A user with this email exists" },
    ]);
  }
  const cprLookupHash = cpr ? ctx.cipher.lookupHash(cpr) : null;
  if (cprLookupHash && (await repository.findYouthIdByCprHash(tx, cprLookupHash))) {
    throw conflict("A young person with this CPR number is enrolled", [
      { path: "cpr", message: "A young person with this CPR number is enrolled" },
    ]);
  }
  const now = ctx.clock.now();
  const userId = await accountsRepository.insertUser(tx, {
    email: input.email.trim(),
    displayName: input.displayName,
    role: "youth",
    municipalityId,
    status: "invited",
    passwordHash: null,
    now,
  });
  const youthId = await repository.insertYouth(tx, {
    municipalityId,
    userId,
    birthDate: input.birthDate,
    phone: input.phone ?? null,
    postalCode: input.postalCode,
    cprEncrypted: cpr ? ctx.cipher.encrypt(cpr) : null,
    cprLookupHash,
    counsellorUserId: input.counsellorId,
    status: "active",
    enrolledOn: today(ctx),
    createdAt: now,
    updatedAt: now,
  });
  const link = await issueInvitationLink(ctx.clock, tx, ctx.publicUrl, userId);
  await ctx.mailer.send(tx, {
    to: input.email,
    subject: "Velkommen til Nextwork / Welcome to Nextwork",
    text: `Hej ${input.displayName}\n\nDu er nu med i NExTWORK. Vælg din adgangskode her (linket virker i 7 dage), og fortæl om dig selv i din ressourceprofil:\n${link}\n\nYou are now part of NExTWORK. Choose your password here (the link works for 7 days) and tell about yourself in your resource profile:\n${link}\n`,
    links: [link],
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.enrolled",
    actorUserId: actor.id,
    municipalityId,
    subjectType: "youth",
    subjectId: youthId,
  });
  const created = await repository.findYouthById(tx, { kind: "municipality", municipalityId }, youthId);
  if (!created) throw new Error("enrolled young person vanished");
  return created;
}

export async function updateYouth(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  young: repository.YouthRow,
  input: {
    phone?: string | null | undefined;
    postalCode?: string | undefined;
    counsellorId?: string | undefined;
    status?: repository.YouthRow["status"] | undefined;
    readiness?: repository.YouthRow["readiness"] | undefined;
  },
) {
  if (input.counsellorId) await requireCounsellor(tx, young.municipalityId, input.counsellorId);
  if (input.postalCode) await requireKnownPostalCode(tx, input.postalCode);
  await repository.updateYouth(
    tx,
    young.id,
    {
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.postalCode !== undefined ? { postalCode: input.postalCode } : {}),
      ...(input.counsellorId !== undefined ? { counsellorUserId: input.counsellorId } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.readiness !== undefined ? { readiness: input.readiness } : {}),
    },
    ctx.clock.now(),
  );
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.updated",
    actorUserId: actor.id,
    municipalityId: young.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
}

export async function updateProfile(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  young: repository.YouthRow,
  input: UpdateProfileInput,
) {
  await repository.updateResourceProfile(
    tx,
    young.id,
    {
      ...(input.aboutMe !== undefined ? { aboutMe: input.aboutMe } : {}),
      ...(input.strengths !== undefined ? { strengths: [...new Set(input.strengths)] } : {}),
      ...(input.interests !== undefined ? { interests: [...new Set(input.interests)] } : {}),
      ...(input.experiences !== undefined ? { experiences: input.experiences } : {}),
      ...(input.wantsToLearn !== undefined ? { wantsToLearn: input.wantsToLearn } : {}),
      ...(input.availability !== undefined
        ? {
            hoursPerWeek: input.availability.hoursPerWeek,
            weekdays: [...new Set(input.availability.weekdays)].sort(),
          }
        : {}),
      ...(input.travel !== undefined ? { maxTravelKm: input.travel.maxKm } : {}),
      ...(input.drivingLicence !== undefined ? { drivingLicence: input.drivingLicence } : {}),
      ...(input.languages !== undefined ? { languages: [...new Set(input.languages)] } : {}),
      ...(input.earliestStart !== undefined ? { earliestStart: input.earliestStart } : {}),
      ...(input.visibility !== undefined
        ? { visibility: { ...young.profile.visibility, ...input.visibility } }
        : {}),
    },
    ctx.clock.now(),
  );
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.profile_updated",
    actorUserId: actor.id,
    municipalityId: young.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
}

export async function consentStatesOf(db: Executor, youthId: string): Promise<ConsentState[]> {
  return consents.currentConsents(db, [youthId]);
}

export async function recordConsent(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  young: repository.YouthRow,
  input: { kind: consents.ConsentKind; granted: boolean; textVersion: string },
) {
  await consents.recordConsent(tx, {
    youthId: young.id,
    municipalityId: young.municipalityId,
    kind: input.kind,
    granted: input.granted,
    textVersion: input.textVersion,
    recordedAt: ctx.clock.now(),
    recordedByUserId: actor.id,
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.consent_recorded",
    actorUserId: actor.id,
    municipalityId: young.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
}

/** The full CPR number, for staff, as an explicit and audited act. */
export async function revealCpr(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  young: repository.YouthRow,
): Promise<string> {
  if (!young.cprEncrypted) throw notFound("No CPR number is recorded");
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.cpr_revealed",
    actorUserId: actor.id,
    municipalityId: young.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
  return ctx.cipher.decrypt(young.cprEncrypted);
}

export async function readSensitiveInformation(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  young: repository.YouthRow,
) {
  if (!maySeeSensitiveInformation(actor, young)) throw notFound("Not found");
  const row = await repository.findSensitiveInformation(tx, young.id);
  // Every read by someone other than the young person is on record, whether or not there is anything to read.
  if (actor.id !== young.userId) {
    await recordAuditEvent(tx, ctx.clock, origin, {
      action: "youth.sensitive_read",
      actorUserId: actor.id,
      municipalityId: young.municipalityId,
      subjectType: "youth",
      subjectId: young.id,
    });
  }
  const decrypt = (value: string | null | undefined) => (value ? ctx.cipher.decrypt(value) : null);
  return {
    health: decrypt(row?.healthEncrypted),
    treatment: decrypt(row?.treatmentEncrypted),
    otherSupport: decrypt(row?.otherSupportEncrypted),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function saveSensitiveInformation(
  ctx: YouthContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  young: repository.YouthRow,
  input: { health: string | null; treatment: string | null; otherSupport: string | null },
) {
  if (!maySeeSensitiveInformation(actor, young)) throw notFound("Not found");
  const encrypt = (value: string | null) => (value?.trim() ? ctx.cipher.encrypt(value.trim()) : null);
  await repository.saveSensitiveInformation(tx, {
    youthId: young.id,
    municipalityId: young.municipalityId,
    healthEncrypted: encrypt(input.health),
    treatmentEncrypted: encrypt(input.treatment),
    otherSupportEncrypted: encrypt(input.otherSupport),
    updatedAt: ctx.clock.now(),
    updatedByUserId: actor.id,
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.sensitive_updated",
    actorUserId: actor.id,
    municipalityId: young.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
}

export async function recordProgress(
  ctx: YouthContext,
  tx: Executor,
  actor: CurrentUser,
  young: repository.YouthRow,
  input: {
    recordedOn: string;
    direction: number;
    persistence: number;
    curiosity: number;
    resilience: number;
    selfEsteem: number;
  },
) {
  await repository.insertProgressScore(tx, {
    youthId: young.id,
    municipalityId: young.municipalityId,
    ...input,
    recordedByUserId: actor.id,
    createdAt: ctx.clock.now(),
  });
}
