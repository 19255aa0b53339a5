import type { MunicipalityRow } from "./municipalities.repository.js";
import type { MunicipalityOutput } from "./municipalities.schemas.js";

export function presentMunicipality(row: MunicipalityRow): MunicipalityOutput {
  return { id: row.id, name: row.name, slug: row.slug, code: row.code };
}
