import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Database, Executor } from "../db/database.js";
import type { Role } from "../db/schema.js";
import type { Mailer } from "../mail/mailer.js";
import { findMunicipalityById } from "../municipalities/municipalities.repository.js";
import type { Clock } from "../platform/clock.js";
import {
  conflict,
  fieldProblem,
  forbidden,
  invalidCredentials,
  notFound,
  ProblemError,
  rateLimited,
} from "../platform/problems.js";
import {
  type AuthContext,
  type CurrentUser,
  endSession,
  endSessionsOfUser,
  type SessionPolicy,
  startSession,
} from "../platform/sessions.js";
import { type TenantScope, tenantScopeOf } from "../platform/tenant.js";
import { createToken, hashToken } from "../platform/tokens.js";
import { belongsToMunicipality, invitableRoles, mayDisable } from "./accounts.policy.js";
import * as repository from "./accounts.repository.js";
import { hashPassword, passwordWeakness, verifyPassword } from "./passwords.js";

export interface AccountsContext {
  db: Database;
  clock: Clock;
  mailer: Mailer;
  sessionPolicy: SessionPolicy;
  publicUrl: string;
}

const MINUTE = 60_000;
export const LOGIN_WINDOW_MS = 15 * MINUTE;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 100;
const INVITATION_VALIDITY_MS = 7 * 24 * 60 * MINUTE;
const RESET_VALIDITY_MS = 60 * MINUTE;
const MAX_RESET_MAILS_PER_HOUR = 5;

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Verifies credentials and starts a session. Failures are written outside any transaction so that
 * they count even though the request fails.
 */
export async function login(
  ctx: AccountsContext,
  origin: AuditOrigin,
  credentials: { email: string; password: string },
) {
  const email = normaliseEmail(credentials.email);
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([
    repository.countLoginFailures(ctx.db, { email }, since),
    repository.countLoginFailures(ctx.db, { ip: origin.ip }, since),
  ]);
  for (const [counted, limit] of [
    [byAccount, MAX_FAILURES_PER_ACCOUNT],
    [byIp, MAX_FAILURES_PER_IP],
  ] as const) {
    if (counted.failures >= limit && counted.oldest) {
      throw rateLimited((counted.oldest.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000);
    }
  }

  const user = await repository.findUserByEmail(ctx.db, email);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  if (!user || !passwordMatches || user.status !== "active") {
    await repository.insertLoginFailure(ctx.db, { email, ip: origin.ip, occurredAt: now });
    await recordAuditEvent(ctx.db, ctx.clock, origin, {
      action: "auth.login_failed",
      actorUserId: null,
      municipalityId: user?.municipalityId ?? null,
      ...(user ? { subjectType: "user", subjectId: user.id } : {}),
    });
    throw invalidCredentials();
  }

  return ctx.db.transaction(async (tx) => {
    const session = await startSession(tx, user.id, ctx.clock, ctx.sessionPolicy);
    await recordAuditEvent(tx, ctx.clock, origin, {
      action: "auth.login_succeeded",
      actorUserId: user.id,
      municipalityId: user.municipalityId,
      subjectType: "user",
      subjectId: user.id,
    });
    return { ...session, user: toCurrentUser(user) };
  });
}

function toCurrentUser(row: repository.UserRow): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    locale: row.locale,
    municipalityId: row.municipalityId,
    municipality: row.municipality,
  };
}

export async function logout(ctx: AccountsContext, tx: Executor, origin: AuditOrigin, auth: AuthContext) {
  await endSession(tx, auth.sessionId);
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "auth.logout",
    actorUserId: auth.user.id,
    municipalityId: auth.user.municipalityId,
    subjectType: "user",
    subjectId: auth.user.id,
  });
}

function requireStrongPassword(password: string, path: string): void {
  const weakness = passwordWeakness(password);
  if (weakness) throw fieldProblem("weak-password", "Password not accepted", path, weakness);
}

export async function changePassword(
  ctx: AccountsContext,
  tx: Executor,
  origin: AuditOrigin,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await repository.findUserById(tx, { kind: "all" }, auth.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldProblem(
      "invalid-credentials",
      "Wrong password",
      "currentPassword",
      "The current password is wrong",
    );
  }
  requireStrongPassword(input.newPassword, "newPassword");
  const now = ctx.clock.now();
  await repository.updateUser(tx, user.id, { passwordHash: await hashPassword(input.newPassword) }, now);
  await endSessionsOfUser(tx, user.id, auth.sessionId);
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "auth.password_changed",
    actorUserId: user.id,
    municipalityId: user.municipalityId,
    subjectType: "user",
    subjectId: user.id,
  });
}

export async function updateOwnLocale(
  ctx: AccountsContext,
  tx: Executor,
  user: CurrentUser,
  locale: "da" | "en",
) {
  await repository.updateUser(tx, user.id, { locale }, ctx.clock.now());
  return { ...user, locale };
}

async function issueAccountToken(
  clock: Clock,
  tx: Executor,
  userId: string,
  purpose: "invitation" | "password_reset",
  validityMs: number,
): Promise<string> {
  const token = createToken();
  const now = clock.now();
  await repository.spendAccountTokens(tx, userId, purpose, now);
  await repository.insertAccountToken(tx, {
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + validityMs),
    now,
  });
  return token;
}

/** A fresh one-time invitation link; earlier links for the user stop working. */
export async function issueInvitationLink(clock: Clock, tx: Executor, publicUrl: string, userId: string) {
  const token = await issueAccountToken(clock, tx, userId, "invitation", INVITATION_VALIDITY_MS);
  return `${publicUrl}/invitation/${token}`;
}

export async function inviteUser(
  ctx: AccountsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: { email: string; displayName: string; role: Role; municipalityId?: string | undefined },
) {
  if (!invitableRoles(actor).includes(input.role))
    throw forbidden(`You may not invite users with the role ${input.role}`);
  const municipalityId = await resolveInviteMunicipality(tx, actor, input.role, input.municipalityId);
  if (await repository.findUserByEmail(tx, input.email)) {
    throw conflict("A user with this email exists", [
      { path: "email", message: "A user with this email exists" },
    ]);
  }
  const userId = await repository.insertUser(tx, {
    email: input.email.trim(),
    displayName: input.displayName,
    role: input.role,
    municipalityId,
    status: "invited",
    passwordHash: null,
    now: ctx.clock.now(),
  });
  const link = await issueInvitationLink(ctx.clock, tx, ctx.publicUrl, userId);
  await ctx.mailer.send(tx, {
    to: input.email,
    subject: "Invitation til Nextwork / Invitation to Nextwork",
    text: `Hej ${input.displayName}\n\nDu er inviteret til Nextwork. Vælg din adgangskode her (linket virker i 7 dage):\n${link}\n\nYou have been invited to Nextwork. Choose your password here (the link works for 7 days):\n${link}\n`,
    links: [link],
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "user.invited",
    actorUserId: actor.id,
    municipalityId,
    subjectType: "user",
    subjectId: userId,
  });
  const created = await repository.findUserById(tx, { kind: "all" }, userId);
  if (!created) throw new Error("invited user vanished");
  return created;
}

async function resolveInviteMunicipality(
  tx: Executor,
  actor: CurrentUser,
  role: Role,
  requested: string | undefined,
): Promise<string | null> {
  if (actor.role !== "system_admin") {
    // The tenant comes from the session; naming another municipality is naming something out of reach.
    if (requested !== undefined && requested !== actor.municipalityId)
      throw notFound("Municipality not found");
    return actor.municipalityId;
  }
  if (!belongsToMunicipality(role)) {
    if (requested !== undefined) {
      throw fieldProblem(
        "validation",
        "Invalid request",
        "municipalityId",
        `A ${role} belongs to no municipality`,
      );
    }
    return null;
  }
  if (requested === undefined) {
    throw fieldProblem("validation", "Invalid request", "municipalityId", "Choose the user's municipality");
  }
  if (!(await municipalityExists(tx, requested))) {
    throw fieldProblem("validation", "Invalid request", "municipalityId", "Unknown municipality");
  }
  return requested;
}

async function municipalityExists(tx: Executor, id: string): Promise<boolean> {
  return (await findMunicipalityById(tx, { kind: "all" }, id)) !== undefined;
}

export async function findInvitation(tx: Executor, clock: Clock, token: string) {
  const found = await repository.findUsableAccountToken(tx, "invitation", hashToken(token), clock.now());
  const user = found ? await repository.findUserById(tx, { kind: "all" }, found.userId) : undefined;
  if (user?.status !== "invited") throw notFound("This invitation is unknown, used or expired");
  return user;
}

export async function acceptInvitation(
  ctx: AccountsContext,
  tx: Executor,
  origin: AuditOrigin,
  input: { token: string; password: string },
) {
  const user = await findInvitation(tx, ctx.clock, input.token);
  requireStrongPassword(input.password, "password");
  const now = ctx.clock.now();
  await repository.updateUser(
    tx,
    user.id,
    { status: "active", passwordHash: await hashPassword(input.password) },
    now,
  );
  await repository.spendAccountTokens(tx, user.id, "invitation", now);
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "user.invitation_accepted",
    actorUserId: user.id,
    municipalityId: user.municipalityId,
    subjectType: "user",
    subjectId: user.id,
  });
  const session = await startSession(tx, user.id, ctx.clock, ctx.sessionPolicy);
  return { ...session, user: toCurrentUser({ ...user, status: "active" }) };
}

export async function requestPasswordReset(
  ctx: AccountsContext,
  tx: Executor,
  origin: AuditOrigin,
  email: string,
) {
  const user = await repository.findUserByEmail(tx, normaliseEmail(email));
  if (user?.status !== "active") return;
  if (
    (await repository.countRecentAccountTokens(
      tx,
      user.id,
      "password_reset",
      new Date(ctx.clock.now().getTime() - 60 * MINUTE),
    )) >= MAX_RESET_MAILS_PER_HOUR
  ) {
    return;
  }
  const token = await issueAccountToken(ctx.clock, tx, user.id, "password_reset", RESET_VALIDITY_MS);
  const link = `${ctx.publicUrl}/reset-password/${token}`;
  await ctx.mailer.send(tx, {
    to: user.email,
    subject: "Ny adgangskode til Nextwork / Reset your Nextwork password",
    text: `Hej ${user.displayName}\n\nVælg en ny adgangskode her (linket virker i 1 time):\n${link}\n\nChoose a new password here (the link works for 1 hour):\n${link}\n\nHar du ikke bedt om det, kan du se bort fra denne mail. / If you did not ask for this, ignore this mail.\n`,
    links: [link],
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "auth.password_reset_requested",
    actorUserId: null,
    municipalityId: user.municipalityId,
    subjectType: "user",
    subjectId: user.id,
  });
}

export async function confirmPasswordReset(
  ctx: AccountsContext,
  tx: Executor,
  origin: AuditOrigin,
  input: { token: string; password: string },
) {
  const now = ctx.clock.now();
  const found = await repository.findUsableAccountToken(tx, "password_reset", hashToken(input.token), now);
  const user = found ? await repository.findUserById(tx, { kind: "all" }, found.userId) : undefined;
  if (user?.status !== "active") {
    throw new ProblemError(400, "invalid-token", "Invalid link", "This link is unknown, used or expired", [
      { path: "token", message: "This link is unknown, used or expired" },
    ]);
  }
  requireStrongPassword(input.password, "password");
  await repository.updateUser(tx, user.id, { passwordHash: await hashPassword(input.password) }, now);
  await repository.spendAccountTokens(tx, user.id, "password_reset", now);
  await endSessionsOfUser(tx, user.id);
  // The owner has proved control of the mailbox, so an attacker's lock-out ends here.
  await repository.clearLoginFailures(tx, normaliseEmail(user.email));
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "auth.password_reset",
    actorUserId: user.id,
    municipalityId: user.municipalityId,
    subjectType: "user",
    subjectId: user.id,
  });
}

export async function disableUser(
  ctx: AccountsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  userId: string,
) {
  const scope: TenantScope = tenantScopeOf(actor);
  const user = await repository.findUserById(tx, scope, userId);
  if (!user) throw notFound("User not found");
  if (!mayDisable(actor, user.id)) throw conflict("You cannot disable your own account");
  if (user.status === "disabled") return user;
  await repository.updateUser(tx, user.id, { status: "disabled" }, ctx.clock.now());
  await endSessionsOfUser(tx, user.id);
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "user.disabled",
    actorUserId: actor.id,
    municipalityId: user.municipalityId,
    subjectType: "user",
    subjectId: user.id,
  });
  return { ...user, status: "disabled" as const };
}
