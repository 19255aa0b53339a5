import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";
import { type Group, groups as groupsApi } from "../../api/groups";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { GroupForm } from "../../components/groups/GroupForm";
import { weekdayName } from "../../components/groups/labels";
import "../../components/groups/groups.css";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/**
 * /groups: staff see the municipality's network groups and create one; a young person is taken
 * to their own group ("Min gruppe"), or told they are not in one yet.
 */
export function GroupsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const headingId = useId();
  const [items, setItems] = useState<Group[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let cancelled = false;
    groupsApi.list().then(
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
  }, []);

  if (me.role === "youth") {
    const mine = items?.[0];
    if (mine) return <Navigate to={`/groups/${mine.id}`} replace />;
    return (
      <>
        <PageHeading title={t("groups.youth.title")} />
        {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
        {items === null && !error ? <Loading /> : null}
        {items?.length === 0 ? <p>{t("groups.youth.noGroup")}</p> : null}
      </>
    );
  }

  return (
    <div className="nx-groups">
      <PageHeading title={t("groups.list.title")} />
      <p>{t("groups.list.intro")}</p>
      {creating ? (
        <section className="nx-section" aria-labelledby="new-group-heading">
          <h2 id="new-group-heading">{t("groups.list.newHeading")}</h2>
          <GroupForm
            submitLabel={t("groups.list.create")}
            onCancel={() => setCreating(false)}
            onSubmit={async (input) => {
              const { status: _status, ...fields } = input;
              const group = await groupsApi.create(fields);
              navigate(`/groups/${group.id}`, { state: { created: true } });
            }}
          />
        </section>
      ) : (
        <p>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t("groups.list.new")}
          </button>
        </p>
      )}
      <h2 id={headingId}>{t("groups.list.heading")}</h2>
      {items === null && !error ? <Loading /> : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {items?.length === 0 ? <p>{t("groups.list.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {items.map((group) => (
            <li key={group.id} className="nx-item">
              <h3>
                <Link to={`/groups/${group.id}`}>{group.name}</Link>
              </h3>
              <dl className="nx-card-facts">
                <dt>{t("groups.facts.slot")}</dt>
                <dd>
                  {t("groups.facts.slotValue", {
                    weekday: weekdayName(group.weekday, i18n.language),
                    time: group.startTime,
                  })}
                </dd>
                <dt>{t("groups.facts.facilitators")}</dt>
                <dd>{group.facilitators.map((f) => f.displayName).join(", ")}</dd>
                <dt>{t("groups.facts.status")}</dt>
                <dd>
                  <span className="nx-status">{t(`groups.status.${group.status}`)}</span>
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
