import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type PartVisibility, PROFILE_PARTS, type ProfilePart, type ResourceProfile } from "../../api/types";
import type { ReferenceData } from "../useReference";
import { formatDate, languageName } from "./format";

interface ProfileSummaryProps {
  profile: Partial<ResourceProfile>;
  vocabulary: ReferenceData;
  /** Shown as a note under each part, for the young person and their counsellor. */
  visibility?: Partial<Record<ProfilePart, PartVisibility>>;
  /** Show parts that are not filled in yet ("Ikke udfyldt"); the company preview leaves them out. */
  showEmpty?: boolean;
  /** The level of the part headings, under the section's own heading. */
  headingLevel?: 2 | 3;
}

function isFilled(profile: Partial<ResourceProfile>, part: ProfilePart): boolean {
  switch (part) {
    case "aboutMe":
    case "wantsToLearn":
    case "earliestStart":
      return Boolean(profile[part]);
    case "strengths":
    case "interests":
    case "experiences":
    case "languages":
      return (profile[part]?.length ?? 0) > 0;
    case "availability":
      return (
        profile.availability !== undefined &&
        (profile.availability.hoursPerWeek !== null || profile.availability.weekdays.length > 0)
      );
    case "travel":
      return profile.travel !== undefined && profile.travel.maxKm !== null;
    case "drivingLicence":
      return profile.drivingLicence !== undefined && profile.drivingLicence !== null;
  }
}

/** The resource profile, read-only, part by part in the order of the guided form. */
export function ProfileSummary(props: ProfileSummaryProps) {
  const { profile, vocabulary, visibility, showEmpty = false, headingLevel = 2 } = props;
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";

  function content(part: ProfilePart): ReactNode {
    switch (part) {
      case "aboutMe":
        return <p className="nx-pre-line">{profile.aboutMe}</p>;
      case "wantsToLearn":
        return <p className="nx-pre-line">{profile.wantsToLearn}</p>;
      case "strengths":
        return <TagList items={(profile.strengths ?? []).map(vocabulary.strengthName)} />;
      case "interests":
        return <TagList items={(profile.interests ?? []).map(vocabulary.fieldName)} />;
      case "languages":
        return <TagList items={(profile.languages ?? []).map((code) => languageName(code, i18n.language))} />;
      case "experiences":
        return (
          <ul className="nx-experience-list">
            {(profile.experiences ?? []).map((experience, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: experiences have no id; the list is read-only here.
              <li key={index}>
                <strong>{experience.title}</strong> ({t(`profile.experienceKinds.${experience.kind}`)})
                {experience.description ? <p className="nx-pre-line">{experience.description}</p> : null}
              </li>
            ))}
          </ul>
        );
      case "availability": {
        const availability = profile.availability;
        if (!availability) return null;
        return (
          <p>
            {availability.hoursPerWeek !== null
              ? t("profile.summary.hours", { count: availability.hoursPerWeek })
              : null}
            {availability.hoursPerWeek !== null && availability.weekdays.length > 0 ? " · " : null}
            {availability.weekdays.map((day) => t(`weekdays.${weekdayKey(day)}`)).join(", ")}
          </p>
        );
      }
      case "travel":
        return profile.travel?.maxKm !== null && profile.travel?.maxKm !== undefined ? (
          <p>{t("profile.summary.km", { count: profile.travel.maxKm })}</p>
        ) : null;
      case "drivingLicence":
        return (
          <p>{profile.drivingLicence ? t("profile.drivingLicence.yes") : t("profile.drivingLicence.no")}</p>
        );
      case "earliestStart":
        return profile.earliestStart ? <p>{formatDate(profile.earliestStart, i18n.language)}</p> : null;
    }
  }

  const parts = PROFILE_PARTS.filter((part) => showEmpty || isFilled(profile, part));
  if (parts.length === 0) return <p>{t("profile.summary.nothing")}</p>;
  return (
    <div className="nx-profile-summary">
      {parts.map((part) => (
        <section key={part} className="nx-profile-part">
          <Heading className="h4">{t(`profile.parts.${part}`)}</Heading>
          {isFilled(profile, part) ? content(part) : <p className="nx-muted">{t("profile.summary.empty")}</p>}
          {visibility ? (
            <p className="nx-visibility-note">
              {visibility[part] === "network"
                ? t("profile.visibility.networkShort")
                : t("profile.visibility.privateShort")}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function TagList({ items }: { items: string[] }) {
  return (
    <ul className="nx-tags nobullet-list">
      {items.map((item) => (
        <li key={item} className="nx-tag">
          {item}
        </li>
      ))}
    </ul>
  );
}

const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** The i18n key of an ISO weekday (1 = Monday). */
export function weekdayKey(day: number): WeekdayKey {
  return WEEKDAY_KEYS[(day - 1 + 7) % 7] ?? "mon";
}
