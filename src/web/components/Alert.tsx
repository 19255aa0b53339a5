import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

type Variant = "error" | "success" | "info" | "warning";

const ICONS: Record<Variant, string> = {
  error: "error",
  success: "success",
  info: "info",
  warning: "warning",
};

export function Alert({
  variant,
  heading,
  children,
}: {
  variant: Variant;
  heading?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const labels: Record<Variant, string> = {
    error: t("alerts.error"),
    success: t("alerts.success"),
    info: t("alerts.info"),
    warning: t("alerts.warning"),
  };
  const urgent = variant === "error" || variant === "warning";
  return (
    <div className={`alert alert-${variant}`} role={urgent ? "alert" : "status"}>
      <Icon name={ICONS[variant]} className="alert-icon" label={labels[variant]} />
      <div className="alert-body">
        {heading ? <h2 className="alert-heading">{heading}</h2> : null}
        <div className="alert-text">{children}</div>
      </div>
    </div>
  );
}
