import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { attendance, groups as groupsApi, type MemberStability, type Stability } from "../../api/groups";
import { Alert } from "../Alert";
import { DataTable } from "../DataTable";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import { percent } from "./labels";
import "./groups.css";

/** "6 af 8 (75 %)", or "no meetings held yet". */
export function StabilityShare({ stability }: { stability: Stability }) {
  const { t } = useTranslation();
  const share = percent(stability.attendedShare);
  if (share === null) return <>{t("groups.stability.none")}</>;
  return (
    <>
      {t("groups.stability.share", {
        attended: stability.attended,
        held: stability.heldMeetings,
        percent: share,
      })}
    </>
  );
}

/** A group's members with the share of their last 8 held meetings attended and their run of misses. */
export function GroupStabilityTable({ groupId, labelledBy }: { groupId: string; labelledBy: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<MemberStability[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    groupsApi.stability(groupId).then(
      (page) => {
        if (!cancelled) setItems(page.items);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [groupId]);
  if (error) return <Alert variant="error">{problemMessage(error, t)}</Alert>;
  if (!items) return <Loading />;
  if (items.length === 0) return <p>{t("groups.members.empty")}</p>;
  return (
    <DataTable labelledBy={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("groups.stability.member")}</th>
          <th scope="col">{t("groups.stability.attended")}</th>
          <th scope="col">{t("groups.stability.missedInARow")}</th>
          <th scope="col">{t("groups.stability.signal")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.youthId}>
            <td data-title={t("groups.stability.member")}>
              <Link to={`/youth/${item.youthId}`}>{item.displayName}</Link>
            </td>
            <td data-title={t("groups.stability.attended")}>
              <StabilityShare stability={item} />
            </td>
            <td data-title={t("groups.stability.missedInARow")}>{item.missedInARow}</td>
            <td data-title={t("groups.stability.signal")}>
              {item.signal ? (
                <strong>{t("groups.stability.signalYes")}</strong>
              ) : (
                t("groups.stability.signalNo")
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * The young person's attendance in network groups, for their counsellor on the young person's page.
 * Other staff get 404 from the API; then the section says nothing about it.
 */
export function YouthAttendanceSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const [stability, setStability] = useState<Stability | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    attendance.youthStability(youthId).then(
      (found) => {
        if (!cancelled) setStability(found);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [youthId]);
  if (failed) return null;
  return (
    <section className="nx-section" aria-labelledby="group-attendance-heading">
      <h2 id="group-attendance-heading">{t("groups.stability.youthHeading")}</h2>
      {stability ? (
        <>
          <dl className="nx-facts">
            <dt>{t("groups.stability.attendedLast")}</dt>
            <dd>
              <StabilityShare stability={stability} />
            </dd>
            <dt>{t("groups.stability.missedInARow")}</dt>
            <dd>{stability.missedInARow}</dd>
          </dl>
          {stability.signal ? <Alert variant="warning">{t("groups.stability.signalText")}</Alert> : null}
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
