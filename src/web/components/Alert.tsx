import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

type Variant = "error" | "success" | "info" | "warning";

const ICONS: Record<Variant, string> = {
  error: "error",
  success: "success",
  info: "info",
  warning: "warning",
};

interface AlertProps {
  variant: Variant;
  heading?: string;
  /** Move focus here when shown, e.g. when the form the user was in is gone or was reset. */
  focus?: boolean;
  children: ReactNode;
}

export function Alert({ variant, heading, focus = false, children }: AlertProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus) element.current?.focus();
  }, [focus]);

  const labels: Record<Variant, string> = {
    error: t("alerts.error"),
    success: t("alerts.success"),
    info: t("alerts.info"),
    warning: t("alerts.warning"),
  };
  const urgent = variant === "error" || variant === "warning";
  return (
    <div
      ref={element}
      className={`alert alert-${variant} nx-alert`}
      role={urgent ? "alert" : "status"}
      tabIndex={focus ? -1 : undefined}
    >
      <Icon name={ICONS[variant]} className="alert-icon" label={labels[variant]} />
      <div className="alert-body">
        {heading ? <h2 className="alert-heading">{heading}</h2> : null}
        <div className="alert-text">{children}</div>
      </div>
    </div>
  );
}
