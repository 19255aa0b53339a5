import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { conflict, type FieldError } from "../platform/problems.js";
import * as repository from "./municipalities.repository.js";
import type { CreateMunicipalityInput } from "./municipalities.schemas.js";

export async function createMunicipality(
  tx: Executor,
  clock: Clock,
  origin: AuditOrigin,
  actorUserId: string | null,
  input: CreateMunicipalityInput,
) {
  const clashes = await repository.findMunicipalityBySlugOrCode(tx, input.slug, input.code);
  const errors: FieldError[] = [];
  if (clashes.some((m) => m.slug === input.slug))
    errors.push({ path: "slug", message: "This slug is taken" });
  if (clashes.some((m) => m.code === input.code))
    errors.push({ path: "code", message: "This code is taken" });
  if (errors.length > 0) throw conflict("A municipality with this slug or code exists", errors);
  const created = await repository.insertMunicipality(tx, { ...input, now: clock.now() });
  await recordAuditEvent(tx, clock, origin, {
    action: "municipality.created",
    actorUserId,
    municipalityId: created.id,
    subjectType: "municipality",
    subjectId: created.id,
  });
  return created;
}
