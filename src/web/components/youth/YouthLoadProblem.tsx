import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { Alert } from "../Alert";
import { problemMessage } from "../problems";

/** Why a young person could not be loaded; a young person without a profile yet gets a kind explanation. */
export function YouthLoadProblem({ error, self }: { error: unknown; self: boolean }) {
  const { t } = useTranslation();
  if (error instanceof ProblemError && error.status === 404) {
    return <Alert variant="info">{self ? t("youthPages.noProfileYet") : t("youthPages.notFound")}</Alert>;
  }
  return <Alert variant="error">{problemMessage(error, t)}</Alert>;
}
