import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

export interface SummaryItem {
  fieldId: string;
  message: string;
}

/**
 * The dkfds error summary shown above a form after a failed submit: the general message and a link to
 * each field in error. It takes focus when it appears so the user hears what went wrong.
 */
export function ErrorSummary({ message, items }: { message?: string; items: SummaryItem[] }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const signature = `${message ?? ""}|${items.map((item) => `${item.fieldId}:${item.message}`).join("|")}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the errors change.
  useEffect(() => {
    summary.current?.focus();
  }, [signature]);

  if (!message && items.length === 0) return null;
  return (
    <div className="alert alert-error nx-error-summary" role="alert" tabIndex={-1} ref={summary}>
      <Icon name="error" className="alert-icon" label={t("alerts.error")} />
      <div className="alert-body">
        <h2 className="alert-heading">{t("errorSummary.heading")}</h2>
        {message ? <p className="alert-text">{message}</p> : null}
        {items.length > 0 ? (
          <ul className="alert-text nobullet-list">
            {items.map((item) => (
              <li key={item.fieldId}>
                <a
                  className="function-link"
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(item.fieldId)?.focus();
                  }}
                >
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

export function summaryItems(
  errors: Record<string, string | undefined>,
  order: readonly string[],
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const fieldId of order) {
    const message = errors[fieldId];
    if (message) items.push({ fieldId, message });
  }
  return items;
}
