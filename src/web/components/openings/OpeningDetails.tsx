import { useTranslation } from "react-i18next";
import type { Opening, ReasonableShare } from "../../api/types";
import { Alert } from "../Alert";
import type { ReferenceData } from "../useReference";
import { formatDate } from "../youth/format";

/** The parts of an opening a young person decides on: what they will do and learn, support and mentor. */
export function OpeningDetails({
  opening,
  reference,
  town,
}: {
  opening: Opening;
  reference: ReferenceData;
  town: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <dl className="nx-facts">
        <dt>{t("openingDetails.company")}</dt>
        <dd>{opening.company.name}</dd>
        <dt>{t("openingDetails.field")}</dt>
        <dd>{reference.fieldName(opening.occupationField)}</dd>
        <dt>{t("openingDetails.hours")}</dt>
        <dd>{t("openingDetails.hoursValue", { count: opening.hoursPerWeek })}</dd>
        {opening.durationWeeks !== null ? (
          <>
            <dt>{t("openingDetails.duration")}</dt>
            <dd>{t("openingDetails.weeks", { count: opening.durationWeeks })}</dd>
          </>
        ) : null}
        <dt>{t("openingDetails.place")}</dt>
        <dd>{town(opening.workplacePostalCode)}</dd>
        {opening.earliestStart ? (
          <>
            <dt>{t("openingDetails.start")}</dt>
            <dd>{formatDate(opening.earliestStart, i18n.language)}</dd>
          </>
        ) : null}
        <dt>{t("openingDetails.seats")}</dt>
        <dd>{opening.seats}</dd>
        <dt>{t("openingDetails.licence")}</dt>
        <dd>{opening.requiresDrivingLicence ? t("common.yes") : t("common.no")}</dd>
      </dl>

      <h2>{t("openingDetails.about")}</h2>
      <p className="nx-pre-line">{opening.description}</p>
      {opening.tasks ? (
        <>
          <h2>{t("openingDetails.tasks")}</h2>
          <p className="nx-pre-line">{opening.tasks}</p>
        </>
      ) : null}
      {opening.learning ? (
        <>
          <h2>{t("openingDetails.learning")}</h2>
          <p className="nx-pre-line">{opening.learning}</p>
        </>
      ) : null}
      {opening.qualitiesWanted.length > 0 ? (
        <>
          <h2>{t("openingDetails.qualities")}</h2>
          <TagList items={opening.qualitiesWanted.map(reference.strengthName)} />
        </>
      ) : null}
      <h2>{t("openingDetails.support")}</h2>
      {opening.supportOffered.length > 0 ? (
        <TagList items={opening.supportOffered.map(reference.supportName)} />
      ) : (
        <p>{t("openingDetails.noSupport")}</p>
      )}
      <h2>{t("openingDetails.mentor")}</h2>
      <p>{opening.mentorName ?? t("openingDetails.noMentor")}</p>
    </>
  );
}

export function TagList({ items }: { items: string[] }) {
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

/** The rimelighedskrav in plain words: a warning to think about, never a block. */
export function ReasonableShareWarning({ share }: { share: ReasonableShare | undefined }) {
  const { t } = useTranslation();
  if (!share?.exceeded) return null;
  return (
    <Alert variant="warning" heading={t("reasonableShare.heading")}>
      <p>
        {share.maxTrainees === null
          ? t("reasonableShare.unknownSize", { seats: share.openSeats })
          : t("reasonableShare.text", { seats: share.openSeats, count: share.maxTrainees })}
      </p>
      <p>{t("reasonableShare.rule")}</p>
    </Alert>
  );
}
