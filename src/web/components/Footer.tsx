import { useTranslation } from "react-i18next";

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <p className="nx-footer-name">{t("app.name")}</p>
          <p>{t("footer.about")}</p>
          <p>{t("footer.openSource")}</p>
        </div>
      </div>
    </footer>
  );
}
