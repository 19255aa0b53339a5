import { useTranslation } from "react-i18next";

/** "Vis flere": fetches the next page of a cursor-paginated list. */
export function LoadMore({
  onClick,
  loading,
  label,
}: {
  onClick: () => void;
  loading: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="nx-load-more">
      <button type="button" className="button button-secondary" onClick={onClick} disabled={loading}>
        {loading ? t("common.loadingMore") : label}
      </button>
    </div>
  );
}
