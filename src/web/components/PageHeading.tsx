import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

let isFirstPage = true;

/**
 * The page's single h1. It sets document.title and, after client-side navigation, takes focus so
 * screen reader and keyboard users start at the new page's content.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = t("app.documentTitle", { page: title });
  }, [t, title]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once per navigation (location key).
  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    heading.current?.focus();
  }, [key]);

  return (
    <h1 ref={heading} tabIndex={-1} className="nx-page-heading">
      {children ?? title}
    </h1>
  );
}
