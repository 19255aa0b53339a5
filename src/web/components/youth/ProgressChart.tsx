import { useId } from "react";
import { useTranslation } from "react-i18next";
import { PROGRESS_DIMENSIONS, type ProgressEntry } from "../../api/types";
import { DataTable } from "../DataTable";
import { formatDate } from "./format";

const WIDTH = 420;
const HEIGHT = 260;
const PAD = { top: 12, right: 8, bottom: 36, left: 30 };
const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The five progress dimensions over time as an SVG line chart (sizes and colours by attributes and
 * classes: the CSP forbids style attributes), followed by the same numbers as a table, which is what
 * screen readers use: the chart itself is one image with a short description.
 */
export function ProgressChart({ items }: { items: ProgressEntry[] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const tableHeadingId = useId();
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (items.length === 1 ? plotWidth / 2 : (index * plotWidth) / (items.length - 1));
  const y = (score: number) => PAD.top + plotHeight - ((score - 1) * plotHeight) / 9;
  // Not every date fits under the axis on a phone: label at most five of them.
  const labelEvery = Math.max(1, Math.ceil(items.length / 5));
  const first = items[0];
  const last = items[items.length - 1];

  return (
    <div className="nx-progress-chart">
      <svg
        className="nx-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t("progress.chartTitle")}</title>
        <desc id={descId}>
          {first && last
            ? t("progress.chartDescription", {
                count: items.length,
                from: formatDate(first.recordedOn, i18n.language),
                to: formatDate(last.recordedOn, i18n.language),
              })
            : ""}
        </desc>
        {SCORES.map((score) => (
          <g key={score}>
            <line
              className="nx-chart-grid"
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(score)}
              y2={y(score)}
            />
            {score % 3 === 1 || score === 10 ? (
              <text className="nx-chart-label" x={PAD.left - 8} y={y(score) + 5} textAnchor="end">
                {score}
              </text>
            ) : null}
          </g>
        ))}
        {items.map((item, index) =>
          index % labelEvery === 0 || index === items.length - 1 ? (
            <text
              key={item.id}
              className="nx-chart-label"
              x={x(index)}
              y={HEIGHT - PAD.bottom + 24}
              textAnchor={
                items.length === 1
                  ? "middle"
                  : index === 0
                    ? "start"
                    : index === items.length - 1
                      ? "end"
                      : "middle"
              }
            >
              {shortDate(item.recordedOn, i18n.language)}
            </text>
          ) : null,
        )}
        {PROGRESS_DIMENSIONS.map((dimension) => (
          <g key={dimension} className={`nx-series nx-series-${dimension}`}>
            {items.length > 1 ? (
              <polyline
                fill="none"
                strokeWidth={3}
                points={items.map((item, index) => `${x(index)},${y(item[dimension])}`).join(" ")}
              />
            ) : null}
            {items.map((item, index) => (
              <circle key={item.id} cx={x(index)} cy={y(item[dimension])} r={5} />
            ))}
          </g>
        ))}
      </svg>
      <ul className="nx-legend nobullet-list" aria-hidden="true">
        {PROGRESS_DIMENSIONS.map((dimension) => (
          <li key={dimension}>
            <svg
              width="24"
              height="12"
              className={`nx-series nx-series-${dimension}`}
              focusable="false"
              aria-hidden="true"
            >
              <line x1="0" x2="24" y1="6" y2="6" strokeWidth={4} />
            </svg>
            {t(`progress.dimensions.${dimension}`)}
          </li>
        ))}
      </ul>
      <h3 id={tableHeadingId} className="h5">
        {t("progress.tableHeading")}
      </h3>
      <DataTable labelledBy={tableHeadingId}>
        <thead>
          <tr>
            <th scope="col">{t("progress.date")}</th>
            {PROGRESS_DIMENSIONS.map((dimension) => (
              <th scope="col" key={dimension}>
                {t(`progress.dimensions.${dimension}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...items].reverse().map((item) => (
            <tr key={item.id}>
              <th scope="row" data-title={t("progress.date")}>
                {formatDate(item.recordedOn, i18n.language)}
              </th>
              {PROGRESS_DIMENSIONS.map((dimension) => (
                <td key={dimension} data-title={t(`progress.dimensions.${dimension}`)}>
                  {item[dimension]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}

function shortDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.slice(0, 10));
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(date);
}
