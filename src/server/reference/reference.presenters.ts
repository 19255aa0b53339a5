import type { OccupationFieldRow, PostalCodeRow, StrengthRow } from "./reference.repository.js";
import type { OccupationFieldOutput, PostalCodeOutput, VocabularyEntryOutput } from "./reference.schemas.js";

/** Strengths and support entries: the code and its names, nothing about versions. */
export function presentVocabularyEntry(entry: StrengthRow): VocabularyEntryOutput {
  return { code: entry.code, name: { da: entry.nameDa, en: entry.nameEn } };
}

export function presentOccupationField(row: OccupationFieldRow): OccupationFieldOutput {
  return { ...presentVocabularyEntry(row), iscoCode: row.iscoCode };
}

export function presentPostalCode(row: PostalCodeRow): PostalCodeOutput {
  return { code: row.code, name: row.name, latitude: row.latitude, longitude: row.longitude };
}
