import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import type { CheckIn, InternshipDetail } from "../../api/internships";
import { internships } from "../../api/internships";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { RadioGroup, TextAreaField } from "../Field";
import { problemMessage } from "../problems";
import { formatDate } from "./dates";

const RATINGS = ["1", "2", "3", "4", "5"] as const;
const COMMENT_MAX = 2000;

interface CheckInSectionProps {
  internship: InternshipDetail;
  /** The young person and the company write one each week; staff read both sides. */
  canWrite: boolean;
  onGiven: (checkIn: CheckIn) => void;
}

/** "How is it going?" once a week from each side while the internship runs. */
export function CheckInSection({ internship, canWrite, onGiven }: CheckInSectionProps) {
  const { t, i18n } = useTranslation();
  const running = internship.status === "active" || internship.status === "extended";
  const [rating, setRating] = useState("");
  const [comment, setComment] = useState("");
  const [ratingError, setRatingError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!running && internship.checkIns.length === 0) return null;

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFailure(null);
    if (!rating) {
      setRatingError(t("internships.checkIn.missing"));
      return;
    }
    setRatingError(undefined);
    setBusy(true);
    try {
      const given = await internships.checkIn(internship.id, {
        rating: Number(rating),
        comment: comment.trim() || null,
      });
      setNotice(t("internships.checkIn.done"));
      setRating("");
      setComment("");
      onGiven(given);
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  const writing = canWrite && running && !internship.myCheckInThisWeek;
  return (
    <section className="nx-section" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t("internships.checkIn.heading")}</h2>
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      {canWrite && running && internship.myCheckInThisWeek && !notice ? (
        <p>{t("internships.checkIn.already")}</p>
      ) : null}
      {writing ? (
        <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
          <p>{t("internships.checkIn.intro")}</p>
          <ErrorSummary
            message={
              failure
                ? failure instanceof ProblemError && failure.status === 409
                  ? t("internships.checkIn.already")
                  : problemMessage(failure, t)
                : undefined
            }
            items={summaryItems({ "check-in-rating": ratingError }, ["check-in-rating"])}
          />
          <RadioGroup
            id="check-in-rating"
            legend={t("internships.checkIn.rating")}
            options={RATINGS.map((value) => ({ value, label: t(`internships.checkIn.ratings.${value}`) }))}
            value={rating}
            onChange={(value) => {
              setRating(value);
              setRatingError(undefined);
            }}
            error={ratingError}
          />
          <TextAreaField
            id="check-in-comment"
            label={t("internships.checkIn.comment")}
            value={comment}
            onChange={setComment}
            maxLength={COMMENT_MAX}
            rows={3}
          />
          <button type="submit" className="button button-primary nx-big-button" disabled={busy}>
            {t("internships.checkIn.submit")}
          </button>
        </form>
      ) : null}
      <h3 className="h4">{t("internships.checkIn.history")}</h3>
      {internship.checkIns.length === 0 ? (
        <p>{t("internships.checkIn.none")}</p>
      ) : (
        <ul className="nx-plain-list nobullet-list">
          {internship.checkIns.map((entry) => (
            <li key={entry.id} className="nx-item">
              <p>
                <strong>
                  {t("internships.checkIn.item", {
                    side: t(`internships.side.${entry.side}`),
                    week: formatDate(entry.weekStart, i18n.language),
                    rating: entry.rating,
                  })}
                </strong>
              </p>
              {entry.comment ? <p className="nx-pre-line">{entry.comment}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
