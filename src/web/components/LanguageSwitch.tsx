import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session";
import { currentLocale, LOCALES } from "../i18n";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { changeLocale } = useSession();
  const active = currentLocale();
  return (
    <ul className="nx-language-switch nobullet-list" aria-label={t("language.switchLabel")}>
      {LOCALES.map((locale) => (
        <li key={locale}>
          <button
            type="button"
            className="function-link"
            lang={locale}
            aria-pressed={locale === active}
            onClick={() => {
              // A failed save of the preference must not undo the switch on screen.
              changeLocale(locale).catch(() => undefined);
            }}
          >
            {t(`language.${locale}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
