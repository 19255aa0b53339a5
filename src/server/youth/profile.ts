import { type Experience, type PartVisibility, type ProfilePart, profileParts } from "./youth.tables.js";

/** The resource profile as the application speaks of it: grouped into the parts a young person controls. */
export interface ResourceProfile {
  aboutMe: string | null;
  strengths: string[];
  interests: string[];
  experiences: Experience[];
  wantsToLearn: string | null;
  availability: { hoursPerWeek: number | null; weekdays: number[] };
  travel: { maxKm: number | null };
  drivingLicence: boolean | null;
  languages: string[];
  earliestStart: string | null;
}

export type Visibility = Record<ProfilePart, PartVisibility>;

export interface ProfileRow {
  aboutMe: string | null;
  strengths: string[];
  interests: string[];
  experiences: Experience[];
  wantsToLearn: string | null;
  hoursPerWeek: number | null;
  weekdays: number[];
  maxTravelKm: number | null;
  drivingLicence: boolean | null;
  languages: string[];
  earliestStart: string | null;
  visibility: Partial<Record<ProfilePart, PartVisibility>>;
}

export function profileOf(row: ProfileRow): ResourceProfile {
  return {
    aboutMe: row.aboutMe,
    strengths: row.strengths,
    interests: row.interests,
    experiences: row.experiences,
    wantsToLearn: row.wantsToLearn,
    availability: { hoursPerWeek: row.hoursPerWeek, weekdays: row.weekdays },
    travel: { maxKm: row.maxTravelKm },
    drivingLicence: row.drivingLicence,
    languages: row.languages,
    earliestStart: row.earliestStart,
  };
}

/** Every part, with its stored choice or the default. Consent is the gate; visibility refines it. */
export function visibilityOf(row: Pick<ProfileRow, "visibility">): Visibility {
  const chosen = row.visibility;
  return {
    aboutMe: chosen.aboutMe ?? "network",
    strengths: chosen.strengths ?? "network",
    interests: chosen.interests ?? "network",
    experiences: chosen.experiences ?? "network",
    wantsToLearn: chosen.wantsToLearn ?? "network",
    availability: chosen.availability ?? "network",
    travel: chosen.travel ?? "network",
    drivingLicence: chosen.drivingLicence ?? "network",
    languages: chosen.languages ?? "network",
    earliestStart: chosen.earliestStart ?? "network",
  };
}

const filled: Record<ProfilePart, (profile: ResourceProfile) => boolean> = {
  aboutMe: (p) => Boolean(p.aboutMe?.trim()),
  strengths: (p) => p.strengths.length > 0,
  interests: (p) => p.interests.length > 0,
  experiences: (p) => p.experiences.length > 0,
  wantsToLearn: (p) => Boolean(p.wantsToLearn?.trim()),
  availability: (p) => p.availability.hoursPerWeek !== null && p.availability.weekdays.length > 0,
  travel: (p) => p.travel.maxKm !== null,
  drivingLicence: (p) => p.drivingLicence !== null,
  languages: (p) => p.languages.length > 0,
  earliestStart: (p) => p.earliestStart !== null,
};

/** How much of the profile is filled in, and which parts are missing, in the order the form asks. */
export function profileCompleteness(profile: ResourceProfile): { percent: number; missing: ProfilePart[] } {
  const missing = profileParts.filter((part) => !filled[part](profile));
  return {
    percent: Math.round(((profileParts.length - missing.length) / profileParts.length) * 100),
    missing,
  };
}

/** Only the parts the young person shows to the network; private parts are absent, not empty. */
export function networkVisibleParts(
  profile: ResourceProfile,
  visibility: Visibility,
): Partial<ResourceProfile> {
  const visible: Partial<ResourceProfile> = {};
  for (const part of profileParts) {
    if (visibility[part] !== "network") continue;
    Object.assign(visible, { [part]: profile[part] });
  }
  return visible;
}

/** The first word of a display name: all of a young person's name that companies see. */
export function firstNameOf(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? "";
}

/** Age in whole years on a day, from a YYYY-MM-DD birth date. */
export function ageOn(birthDate: string, today: Date): number {
  const [year, month, day] = birthDate.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return 0;
  const hadBirthday =
    today.getUTCMonth() + 1 > month || (today.getUTCMonth() + 1 === month && today.getUTCDate() >= day);
  return today.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}
