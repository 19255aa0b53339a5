import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { openings } from "../../api/endpoints";
import type { Opening } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { draftFromOpening, emptyOpeningDraft, OpeningForm } from "../../components/openings/OpeningForm";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";

/** /company/openings/new and /company/openings/:id/edit: post or change one of the company's openings. */
export function OpeningEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const reference = useReference();
  const [opening, setOpening] = useState<Opening | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    openings.get(id).then(
      (found) => {
        if (!cancelled) setOpening(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  const title = id ? t("openingEditor.editTitle") : t("openingEditor.newTitle");
  const back = (
    <p>
      <Link to="/company/openings">{t("openingEditor.back")}</Link>
    </p>
  );
  if (error) {
    return (
      <>
        <PageHeading title={title} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
        {back}
      </>
    );
  }
  if ((id && !opening) || reference.loading) return <Loading />;
  return (
    <>
      {back}
      <PageHeading title={title} />
      <p>{t("openingEditor.intro")}</p>
      {reference.error ? <Alert variant="error">{problemMessage(reference.error, t)}</Alert> : null}
      <OpeningForm
        initial={opening ? draftFromOpening(opening) : emptyOpeningDraft}
        reference={reference}
        submitLabel={id ? t("openingEditor.save") : t("openingEditor.create")}
        onSubmit={async (content) => {
          if (opening)
            await openings.update(opening.id, { ...content, languagesRequired: opening.languagesRequired });
          else await openings.create(content);
          navigate("/company/openings", {
            state: { notice: opening ? t("openingEditor.saved") : t("openingEditor.created") },
          });
        }}
        onCancel={() => navigate("/company/openings")}
      />
    </>
  );
}
