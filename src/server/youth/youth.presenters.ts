import type { FieldCipher } from "../platform/field-encryption.js";
import { maskCpr } from "./cpr.js";
import {
  ageOn,
  firstNameOf,
  networkVisibleParts,
  profileCompleteness,
  profileOf,
  visibilityOf,
} from "./profile.js";
import type { YouthRow } from "./youth.repository.js";
import type { YouthCompanyView, YouthFull, YouthListItem } from "./youth.schemas.js";
import { consentKinds } from "./youth.tables.js";

export interface ConsentState {
  kind: (typeof consentKinds)[number];
  granted: boolean;
  textVersion: string;
  recordedAt: Date;
}

const counsellorOf = (row: YouthRow) =>
  row.counsellorId && row.counsellorName ? { id: row.counsellorId, displayName: row.counsellorName } : null;

/** Staff's view, and the young person's own: everything but the full CPR number and sensitive information. */
export function presentYouthFull(
  row: YouthRow,
  consents: ConsentState[],
  cipher: FieldCipher,
  today: Date,
): YouthFull {
  const profile = profileOf(row.profile);
  return {
    id: row.id,
    userId: row.userId,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    postalCode: row.postalCode,
    cprMasked: row.cprEncrypted ? maskCpr(cipher.decrypt(row.cprEncrypted)) : null,
    status: row.status,
    readiness: row.readiness,
    enrolledOn: row.enrolledOn,
    counsellor: counsellorOf(row),
    municipality: row.municipality,
    profile,
    visibility: visibilityOf(row.profile),
    completeness: profileCompleteness(profile),
    consents: consentKinds.map((kind) => {
      const current = consents.find((consent) => consent.kind === kind);
      return {
        kind,
        granted: current?.granted ?? false,
        textVersion: current?.textVersion ?? null,
        recordedAt: current?.recordedAt.toISOString() ?? null,
      };
    }),
  };
}

export function presentYouthListItem(row: YouthRow, today: Date): YouthListItem {
  const profile = profileOf(row.profile);
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    age: ageOn(row.birthDate, today),
    postalCode: row.postalCode,
    status: row.status,
    counsellor: counsellorOf(row),
    interests: profile.interests,
    completeness: profileCompleteness(profile),
    visibleToCompanies: row.visibleToCompanies,
  };
}

/**
 * What a company contact may see: the first name, the age, and the parts the young person shows
 * to the network. Never contact data, birth date, CPR, status, counsellor or private parts.
 */
export function presentYouthForCompany(row: YouthRow, today: Date): YouthCompanyView {
  return {
    id: row.id,
    firstName: firstNameOf(row.displayName),
    age: ageOn(row.birthDate, today),
    profile: networkVisibleParts(profileOf(row.profile), visibilityOf(row.profile)),
  };
}
