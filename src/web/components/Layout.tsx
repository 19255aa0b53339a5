import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { Footer } from "./Footer";
import { Header } from "./Header";

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link without JavaScript; with it, focus moves without changing the route. */}
      <a
        className="skipnav"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main-content")?.focus();
        }}
      >
        {t("header.skipLink")}
      </a>
      <Header />
      <main id="main-content" tabIndex={-1} className="container nx-main">
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
