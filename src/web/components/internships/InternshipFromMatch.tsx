import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type InternshipSummary, internships } from "../../api/internships";
import { useMe } from "../../auth/session";
import { Alert } from "../Alert";
import { problemMessage } from "../problems";

/**
 * On a match's page: the internship it led to, or for the company (and staff) the way to propose
 * one. A match leads to one internship at a time; an earlier one that ended is still linked.
 */
export function InternshipFromMatch({ matchId, matchActive }: { matchId: string; matchActive: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const [items, setItems] = useState<InternshipSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    internships.list({ matchId, limit: 10 }).then(
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
  }, [matchId]);

  if (error) return <Alert variant="error">{problemMessage(error, t)}</Alert>;
  if (!items) return null;
  const unfinished = items.find((item) => item.status !== "completed" && item.status !== "ended_early");
  const mayPropose = me.role === "company_contact" || me.role === "staff";
  if (items.length === 0 && !(mayPropose && matchActive)) return null;
  return (
    <section className="nx-section" aria-labelledby="match-internship-heading">
      <h2 id="match-internship-heading">{t("internships.fromMatch.heading")}</h2>
      {items.length > 0 ? (
        <ul className="nx-inline-links nobullet-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`/internships/${item.id}`}>
                {t("internships.fromMatch.see", { status: t(`internships.status.${item.status}`) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("internships.fromMatch.none")}</p>
      )}
      {mayPropose && matchActive && !unfinished ? (
        <p>
          <Link className="button button-primary nx-big-button" to={`/internships/new?match=${matchId}`}>
            {t("internships.fromMatch.propose")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
