import { useTranslation } from "react-i18next";

export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <div className="nx-loading">
      <div className="spinner" aria-hidden="true" />
      <div className="spinner-status" role="status">
        {text ?? t("common.loading")}
      </div>
    </div>
  );
}
