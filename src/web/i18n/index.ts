import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../api/types";
import da from "./da.json";
import en from "./en.json";

export const LOCALES: readonly Locale[] = ["da", "en"];
export const LOCALE_STORAGE_KEY = "nextwork.locale";
const DEFAULT_LOCALE: Locale = "da";

export const resources = { da: { translation: da }, en: { translation: en } } as const;

export function isLocale(value: unknown): value is Locale {
  return value === "da" || value === "en";
}

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function rememberLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page view only.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

export function initI18n(): typeof i18n {
  const locale = storedLocale();
  document.documentElement.lang = locale;
  i18n.on("languageChanged", (language) => {
    if (isLocale(language)) rememberLocale(language);
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: LOCALES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
