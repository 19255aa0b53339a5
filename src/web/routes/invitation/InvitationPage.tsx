import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { isUnusableToken } from "../../api/client";
import { auth } from "../../api/endpoints";
import type { InvitationPreview } from "../../api/types";
import { useSession } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { NewPasswordForm } from "../../components/NewPasswordForm";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

type InvitationState =
  | { status: "loading" }
  | { status: "unusable" }
  | { status: "failed"; message: string }
  | { status: "ready"; invitation: InvitationPreview };

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const { acceptInvitation } = useSession();
  const navigate = useNavigate();
  const [state, setState] = useState<InvitationState>({ status: "loading" });

  useEffect(() => {
    let cancelled = false;
    auth.invitation(token).then(
      (invitation) => {
        if (!cancelled) setState({ status: "ready", invitation });
      },
      (error: unknown) => {
        if (cancelled) return;
        setState(
          isUnusableToken(error)
            ? { status: "unusable" }
            : { status: "failed", message: problemMessage(error, t) },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token, t]);

  if (state.status === "loading") {
    return (
      <>
        <PageHeading title={t("invitation.title")} />
        <Loading />
      </>
    );
  }

  if (state.status === "unusable" || state.status === "failed") {
    return (
      <>
        <PageHeading
          title={state.status === "failed" ? t("invitation.title") : t("invitation.unusableTitle")}
        />
        {state.status === "failed" ? (
          <Alert variant="error">{state.message}</Alert>
        ) : (
          <p>{t("invitation.unusableText")}</p>
        )}
        <p>
          <Link to="/login">{t("common.backToLogin")}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t("invitation.welcome", { name: state.invitation.displayName })} />
      <p>{t("invitation.intro", { email: state.invitation.email })}</p>
      <NewPasswordForm
        submitLabel={t("invitation.submit")}
        onSubmit={async ({ password }) => {
          try {
            await acceptInvitation(token, password);
          } catch (error) {
            if (isUnusableToken(error)) setState({ status: "unusable" });
            throw error;
          }
          navigate("/home", { replace: true });
          return true;
        }}
      />
    </>
  );
}
