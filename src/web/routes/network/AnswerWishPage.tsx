import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { wishes } from "../../api/endpoints";
import type { Wish } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { emptyOpeningDraft, OpeningForm } from "../../components/openings/OpeningForm";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";

/** /network/wishes/:id/answer: the opening form, prefilled from the wish, creating an internship for it. */
export function AnswerWishPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const reference = useReference();
  const [wish, setWish] = useState<Wish | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    wishes.get(id).then(
      (found) => {
        if (!cancelled) setWish(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  const back = (
    <p>
      <Link to="/network/wishes">{t("answerWish.back")}</Link>
    </p>
  );
  if (error) {
    return (
      <>
        <PageHeading title={t("answerWish.title")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("answerWish.gone")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        {back}
      </>
    );
  }
  if (!wish || reference.loading) return <Loading />;
  return (
    <>
      {back}
      <PageHeading title={t("answerWish.title")} />
      <section className="nx-section" aria-labelledby="answer-wish-heading">
        <h2 id="answer-wish-heading">
          {t("answerWish.wishHeading", { field: reference.fieldName(wish.occupationField) })}
        </h2>
        <blockquote className="nx-quote nx-pre-line">{wish.description}</blockquote>
      </section>
      <p>{t("answerWish.intro")}</p>
      <OpeningForm
        initial={{
          ...emptyOpeningDraft,
          occupationField: wish.occupationField,
          hoursPerWeek: wish.hoursPerWeek === null ? "" : String(wish.hoursPerWeek),
          workplacePostalCode: wish.areaPostalCode ?? "",
        }}
        reference={reference}
        submitLabel={t("answerWish.submit")}
        onSubmit={async (content) => {
          await wishes.answer(wish.id, content);
          navigate("/company/openings", { state: { notice: t("answerWish.done") } });
        }}
        onCancel={() => navigate("/network/wishes")}
      />
    </>
  );
}
