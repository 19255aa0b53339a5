import { useTranslation } from "react-i18next";
import { useMe } from "../../auth/session";
import { PageHeading } from "../../components/PageHeading";
import { MunicipalityAdminHome } from "./MunicipalityAdminHome";
import { NetworkHomeSections } from "./NetworkHomeSections";
import { SystemAdminHome } from "./SystemAdminHome";
import { WelcomeHome } from "./WelcomeHome";
import { YouthHome } from "./YouthHome";

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading title={t("home.title", { name: me.displayName })} />
      <p className="font-lead">
        {me.municipality
          ? t("home.roleInMunicipality", { role: t(`roles.${me.role}`), municipality: me.municipality.name })
          : t(`roles.${me.role}`)}
      </p>
      {me.municipality ? <NetworkHomeSections role={me.role} /> : null}
      {me.role === "municipality_admin" ? <MunicipalityAdminHome /> : null}
      {me.role === "system_admin" ? <SystemAdminHome /> : null}
      {me.role === "youth" ? <YouthHome /> : null}
      {me.role !== "municipality_admin" && me.role !== "system_admin" && me.role !== "youth" ? (
        <WelcomeHome role={me.role} />
      ) : null}
    </>
  );
}
