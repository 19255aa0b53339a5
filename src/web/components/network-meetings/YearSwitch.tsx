import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import "./network-meetings.css";

/** Links to the year before and after (kept in the address, so a year can be bookmarked or shared). */
export function YearSwitch({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <nav className="nx-year-switch" aria-label={t("networkMeetings.year.label")}>
      <Link to={`/network-meetings?year=${year - 1}`}>
        {t("networkMeetings.year.previous", { year: year - 1 })}
      </Link>
      <span aria-current="page">
        <strong>{year}</strong>
      </span>
      <Link to={`/network-meetings?year=${year + 1}`}>
        {t("networkMeetings.year.next", { year: year + 1 })}
      </Link>
    </nav>
  );
}
