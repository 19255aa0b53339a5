import { readFile } from "node:fs/promises";
import { z } from "zod";
import { belongsToMunicipality } from "./accounts/accounts.policy.js";
import * as accountsRepository from "./accounts/accounts.repository.js";
import { roleSchema } from "./accounts/accounts.schemas.js";
import { issueInvitationLink } from "./accounts/accounts.service.js";
import { hashPassword, passwordWeakness } from "./accounts/passwords.js";
import { type AuditOrigin, recordAuditEvent } from "./audit/audit.js";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import { findMunicipalityBySlug } from "./municipalities/municipalities.repository.js";
import { createMunicipalityBody } from "./municipalities/municipalities.schemas.js";
import { createMunicipality } from "./municipalities/municipalities.service.js";
import { systemClock } from "./platform/clock.js";
import { ProblemError } from "./platform/problems.js";
import { endSessionsOfUser } from "./platform/sessions.js";
import { importPostalCodes, parseDawaPostalCodes } from "./reference/postal-code-import.js";

/** Operator actions from the command line are audited like any other, with no actor and no IP. */
const cliOrigin: AuditOrigin = { ip: "cli", requestId: "cli" };

const createUserOptions = z.object({
  email: z.email(),
  name: z.string().trim().min(1),
  role: roleSchema,
  municipality: z.string().optional(),
  password: z.string().optional(),
});

export class OperatorError extends Error {}

function describeProblem(error: unknown): never {
  if (error instanceof ProblemError) {
    const fields = error.errors?.map((e) => `${e.path}: ${e.message}`).join("; ");
    throw new OperatorError(
      fields ? `${error.detail ?? error.title} (${fields})` : (error.detail ?? error.title),
    );
  }
  throw error;
}

/** Commands that take plain arguments (a file) besides their --options. */
const commandsWithArguments = new Set(["postal-codes:import"]);

/** Runs one CLI command and returns what to print. Bad input throws before anything is written. */
export async function runOperatorCommand(
  db: Database,
  config: Config,
  command: string,
  options: Record<string, string | undefined>,
  args: readonly string[] = [],
): Promise<string> {
  const [unexpected] = args;
  if (unexpected !== undefined && !commandsWithArguments.has(command))
    throw new OperatorError(`Unexpected argument: ${unexpected}`);
  switch (command) {
    case "municipality:create": {
      const input = createMunicipalityBody.parse({
        name: options.name,
        slug: options.slug,
        code: options.code,
      });
      const created = await db
        .transaction((tx) => createMunicipality(tx, systemClock, cliOrigin, null, input))
        .catch(describeProblem);
      return `Created municipality ${created.name} (${created.slug}, ${created.code}) with id ${created.id}`;
    }
    case "user:create":
      return createUser(db, config, createUserOptions.parse(options));
    case "user:disable": {
      const email = z.email().parse(options.email);
      return db.transaction(async (tx) => {
        const user = await accountsRepository.findUserByEmail(tx, email);
        if (!user) throw new OperatorError(`No user with the email ${email}`);
        await accountsRepository.updateUser(tx, user.id, { status: "disabled" }, systemClock.now());
        await endSessionsOfUser(tx, user.id);
        await recordAuditEvent(tx, systemClock, cliOrigin, {
          action: "user.disabled",
          actorUserId: null,
          municipalityId: user.municipalityId,
          subjectType: "user",
          subjectId: user.id,
        });
        return `Disabled ${user.email}; all of their sessions are ended`;
      });
    }
    case "postal-codes:import":
      return importPostalCodeFile(db, args);
    default:
      throw new OperatorError(`Unknown command: ${command}`);
  }
}

/** Reads and checks the whole file first, then upserts in one transaction: a bad file writes nothing. */
async function importPostalCodeFile(db: Database, args: readonly string[]): Promise<string> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0)
    throw new OperatorError("Give one file: postal-codes:import <file>");
  const text = await readFile(file, "utf8").catch((error: unknown) => {
    throw new OperatorError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const parsed = parseDawaPostalCodes(text);
  if (!parsed.ok)
    throw new OperatorError(`${file} is not a DAWA postnumre list:\n  ${parsed.problems.join("\n  ")}`);
  const { added, updated } = await importPostalCodes(db, parsed.postalCodes);
  const skipped = parsed.skippedWithoutCentre;
  return [
    `Imported ${parsed.postalCodes.length} postal codes from ${file}: ${added} new, ${updated} updated.`,
    skipped.length === 0
      ? "Skipped none: every entry has a centre."
      : `Skipped ${skipped.length} without a centre (visueltcenter null): ${skipped.join(", ")}`,
  ].join("\n");
}

async function createUser(
  db: Database,
  config: Config,
  input: z.infer<typeof createUserOptions>,
): Promise<string> {
  const needsMunicipality = belongsToMunicipality(input.role);
  if (needsMunicipality && !input.municipality)
    throw new OperatorError(`A ${input.role} needs --municipality <slug>`);
  if (!needsMunicipality && input.municipality)
    throw new OperatorError(`A ${input.role} belongs to no municipality`);
  const weakness = input.password === undefined ? undefined : passwordWeakness(input.password);
  if (weakness) throw new OperatorError(`--password: ${weakness}`);
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const municipality = input.municipality
      ? await findMunicipalityBySlug(tx, input.municipality)
      : undefined;
    if (input.municipality && !municipality)
      throw new OperatorError(`No municipality with the slug ${input.municipality}`);
    if (await accountsRepository.findUserByEmail(tx, input.email)) {
      throw new OperatorError(`A user with the email ${input.email} exists`);
    }
    const now = systemClock.now();
    const userId = await accountsRepository.insertUser(tx, {
      email: input.email,
      displayName: input.name,
      role: input.role,
      municipalityId: municipality?.id ?? null,
      status: passwordHash ? "active" : "invited",
      passwordHash,
      now,
    });
    await recordAuditEvent(tx, systemClock, cliOrigin, {
      action: "user.invited",
      actorUserId: null,
      municipalityId: municipality?.id ?? null,
      subjectType: "user",
      subjectId: userId,
    });
    if (passwordHash) return `Created ${input.role} ${input.email}; they can log in now`;
    const link = await issueInvitationLink(systemClock, tx, config.publicUrl, userId);
    return `Invited ${input.role} ${input.email}. One-time invitation link (valid 7 days):\n${link}`;
  });
}
