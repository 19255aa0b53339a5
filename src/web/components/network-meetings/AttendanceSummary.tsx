import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type NetworkAttendance, networkMeetings } from "../../api/networkMeetings";
import { Alert } from "../Alert";
import { DataTable } from "../DataTable";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import "./network-meetings.css";

/**
 * Staff: how many of the year's meetings each company came to, against the 5-6 the network aims for.
 * A company below the target says so in words, not only by emphasis.
 */
export function AttendanceSummary({ year }: { year: number }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<NetworkAttendance | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setSummary(null);
    setError(null);
    networkMeetings.attendance(year).then(
      (found) => {
        if (!cancelled) setSummary(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [year]);

  return (
    <section className="nx-section" aria-labelledby="nm-summary-heading">
      <h2 id="nm-summary-heading">{t("networkMeetings.summary.heading", { year })}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!summary && !error ? <Loading text={t("networkMeetings.summary.loading")} /> : null}
      {summary ? (
        <>
          <p>{t("networkMeetings.summary.intro", { min: summary.target.min, max: summary.target.max })}</p>
          {summary.items.length === 0 ? (
            <p>{t("networkMeetings.summary.empty")}</p>
          ) : (
            <DataTable labelledBy="nm-summary-heading">
              <thead>
                <tr>
                  <th scope="col">{t("networkMeetings.summary.company")}</th>
                  <th scope="col">{t("networkMeetings.summary.invited")}</th>
                  <th scope="col">{t("networkMeetings.summary.attended")}</th>
                  <th scope="col">{t("networkMeetings.summary.target")}</th>
                </tr>
              </thead>
              <tbody>
                {summary.items.map((item) => {
                  const below = item.attended < summary.target.min;
                  return (
                    <tr key={item.company.id}>
                      <th scope="row" data-title={t("networkMeetings.summary.company")}>
                        {item.company.name}
                      </th>
                      <td data-title={t("networkMeetings.summary.invited")}>{item.invited}</td>
                      <td data-title={t("networkMeetings.summary.attended")}>{item.attended}</td>
                      <td data-title={t("networkMeetings.summary.target")}>
                        {below ? (
                          <span className="nx-below-target">
                            {t("networkMeetings.summary.below", {
                              count: summary.target.min - item.attended,
                            })}
                          </span>
                        ) : (
                          t("networkMeetings.summary.reached")
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
        </>
      ) : null}
    </section>
  );
}
