import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { openings, youth } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { SelectField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { useReference, useTownNames } from "../../components/useReference";

const PAGE_SIZE = 12;
const DISTANCES = ["5", "10", "25", "50"] as const;
const HOUR_RANGES = {
  "": { min: null, max: null },
  "15-20": { min: 15, max: 20 },
  "21-30": { min: 21, max: 30 },
  "31-48": { min: 31, max: 48 },
} as const;
type HourRange = keyof typeof HOUR_RANGES;
const isHourRange = (value: string): value is HourRange => value in HOUR_RANGES;

interface Filters {
  field: string;
  maxKm: string;
  hours: HourRange;
}

/** /openings: the open internship openings of the young person's municipality. */
export function OpeningsPage() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const reference = useReference();
  const [home, setHome] = useState<string | null>(null);
  const [draft, setDraft] = useState<Filters>({ field: "", maxKm: "", hours: "" });
  const [filters, setFilters] = useState<Filters>(draft);

  useEffect(() => {
    let cancelled = false;
    youth.me().then(
      (me) => {
        if (!cancelled) setHome(me.postalCode);
      },
      () => {
        // Without a home postal code the list still works, only without distances.
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const fetchPage = useCallback(
    (cursor: string | null) => {
      const hours = HOUR_RANGES[filters.hours];
      return openings.list({
        field: filters.field || null,
        minHours: hours.min,
        maxHours: hours.max,
        postalCode: home,
        maxKm: home && filters.maxKm ? Number(filters.maxKm) : null,
        limit: PAGE_SIZE,
        cursor,
      });
    },
    [filters, home],
  );
  const list = useCursorList(fetchPage);
  const town = useTownNames(list.items.map((opening) => opening.workplacePostalCode));

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFilters(draft);
  }

  const filtered = filters.field !== "" || filters.maxKm !== "" || filters.hours !== "";

  return (
    <>
      <PageHeading title={t("openingsPage.title")} />
      <p>{t("openingsPage.intro")}</p>
      <search aria-label={t("openingsPage.filterLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <SelectField
            id="openings-field"
            label={t("openingsPage.field")}
            required={false}
            value={draft.field}
            onChange={(field) => setDraft((current) => ({ ...current, field }))}
            options={[{ value: "", label: t("openingsPage.allFields") }, ...reference.fieldOptions]}
          />
          {home ? (
            <SelectField
              id="openings-distance"
              label={t("openingsPage.distance")}
              hint={t("openingsPage.distanceHint", { postalCode: home })}
              required={false}
              value={draft.maxKm}
              onChange={(maxKm) => setDraft((current) => ({ ...current, maxKm }))}
              options={[
                { value: "", label: t("openingsPage.anyDistance") },
                ...DISTANCES.map((km) => ({
                  value: km,
                  label: t("openingsPage.withinKm", { count: Number(km) }),
                })),
              ]}
            />
          ) : null}
          <SelectField
            id="openings-hours"
            label={t("openingsPage.hours")}
            required={false}
            value={draft.hours}
            onChange={(value) =>
              setDraft((current) => ({ ...current, hours: isHourRange(value) ? value : "" }))
            }
            options={[
              { value: "", label: t("openingsPage.anyHours") },
              { value: "15-20", label: t("openingsPage.hours15to20") },
              { value: "21-30", label: t("openingsPage.hours21to30") },
              { value: "31-48", label: t("openingsPage.hours31to48") },
            ]}
          />
          <button type="submit" className="button button-secondary">
            {t("openingsPage.search")}
          </button>
        </form>
      </search>

      <h2 id={headingId}>{t("openingsPage.heading")}</h2>
      {list.loading ? <Loading text={t("openingsPage.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{filtered ? t("openingsPage.noMatches") : t("openingsPage.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-cards nobullet-list" aria-labelledby={headingId}>
          {list.items.map((opening) => (
            <li key={opening.id} className="card nx-opening-card">
              <div className="card-content">
                <h3 className="header-title">
                  <Link to={`/openings/${opening.id}`}>{opening.title}</Link>
                </h3>
                <p className="nx-card-sub">{opening.company.name}</p>
                <dl className="nx-card-facts">
                  <dt>{t("openingDetails.field")}</dt>
                  <dd>{reference.fieldName(opening.occupationField)}</dd>
                  <dt>{t("openingDetails.hours")}</dt>
                  <dd>{t("openingDetails.hoursValue", { count: opening.hoursPerWeek })}</dd>
                  <dt>{t("openingDetails.place")}</dt>
                  <dd>{town(opening.workplacePostalCode)}</dd>
                  {opening.distanceKm !== undefined && opening.distanceKm !== null ? (
                    <>
                      <dt>{t("openingDetails.distance")}</dt>
                      <dd>
                        {t("openingDetails.km", { km: opening.distanceKm.toLocaleString(i18n.language) })}
                      </dd>
                    </>
                  ) : null}
                </dl>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("openingsPage.loadMore")} />
      ) : null}
    </>
  );
}
