import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { interests } from "../../api/endpoints";
import type { IncomingInterest } from "../../api/types";
import { Alert } from "../Alert";

/**
 * "Someone is interested in you": shown to a young person only when they asked to be told (the
 * notification "interest"), as a count, never which company. Otherwise a hint where to switch it on.
 */
export function IncomingInterestNotice({ offerSetting = false }: { offerSetting?: boolean }) {
  const { t } = useTranslation();
  const [incoming, setIncoming] = useState<IncomingInterest | null>(null);

  useEffect(() => {
    let cancelled = false;
    interests.incoming().then(
      (found) => {
        if (!cancelled) setIncoming(found);
      },
      () => {
        // Only a friendly extra: the page works without it.
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!incoming) return null;
  if (incoming.visible && incoming.count) {
    return (
      <Alert variant="info" heading={t("incomingInterest.heading", { count: incoming.count })}>
        <p>{t("incomingInterest.text")}</p>
      </Alert>
    );
  }
  if (!incoming.visible && offerSetting) {
    return (
      <p className="nx-muted">
        {t("incomingInterest.offer")}{" "}
        <Link to="/account#notifications">{t("incomingInterest.offerLink")}</Link>
      </p>
    );
  }
  return null;
}
