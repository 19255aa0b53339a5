import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ProblemError } from "../../api/client";
import { networkYouth } from "../../api/endpoints";
import { type NetworkCompany, referrals } from "../../api/referrals";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { SelectField, TextAreaField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemFieldErrors, problemMessage } from "../../components/problems";

const FIELDS = ["referral-company", "referral-note"] as const;
const NOTE_MAX = 1000;

/** The form's fields as the API names them, so the server's field errors land beside the right field. */
const API_FIELDS: Record<string, string> = {
  toCompanyId: "referral-company",
  note: "referral-note",
};

/**
 * /referrals/new?youthId=ID: a company contact recommends a young person they have (or had) a match
 * with to another company of the network, with a short note both the company and the young person read.
 */
export function NewReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const youthId = searchParams.get("youthId") ?? "";
  const [name, setName] = useState<string | null>(null);
  const [companies, setCompanies] = useState<NetworkCompany[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [toCompanyId, setToCompanyId] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!youthId) return;
    networkYouth.get(youthId).then(
      (young) => setName(young.firstName),
      (problem: unknown) => setLoadError(problem),
    );
    referrals.companies().then(
      (found) => setCompanies(found.items),
      (problem: unknown) => setLoadError(problem),
    );
  }, [youthId]);

  const back = (
    <p>
      <Link to="/referrals">{t("referrals.new.back")}</Link>
    </p>
  );
  if (!youthId || loadError) {
    const outOfReach = loadError instanceof ProblemError && loadError.status === 404;
    return (
      <>
        {back}
        <PageHeading title={t("referrals.new.title")} />
        {loadError && !outOfReach ? (
          <Alert variant="error">{problemMessage(loadError, t)}</Alert>
        ) : (
          <Alert variant="info">
            {youthId ? t("referrals.new.unavailable") : t("referrals.new.noYouth")}
          </Alert>
        )}
        <p>
          <Link to="/matches">{t("referrals.company.toMatches")}</Link>
        </p>
      </>
    );
  }
  if (name === null || companies === null) return <Loading />;

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!toCompanyId) found["referral-company"] = t("referrals.new.errors.company");
    const trimmed = note.trim();
    if (!trimmed) found["referral-note"] = t("referrals.new.errors.note");
    else if (trimmed.length > NOTE_MAX) found["referral-note"] = t("referrals.new.errors.noteLong");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const sent = await referrals.create({ youthId, toCompanyId, note: note.trim() });
      await navigate("/referrals", {
        state: {
          notice: t("referrals.new.done", { name: sent.youth.firstName, company: sent.toCompany.name }),
        },
      });
    } catch (problem) {
      setFailure(problem);
      setErrors(problemFieldErrors(problem, t, API_FIELDS));
      setBusy(false);
    }
  }

  return (
    <>
      {back}
      <PageHeading title={t("referrals.new.title")} />
      <p className="font-lead">{t("referrals.new.intro", { name })}</p>
      {companies.length === 0 ? (
        <Alert variant="info">{t("referrals.new.noCompanies")}</Alert>
      ) : (
        <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary
            message={
              failure && Object.keys(errors).length === 0
                ? failure instanceof ProblemError && failure.status === 404
                  ? t("referrals.new.unavailable")
                  : problemMessage(failure, t)
                : undefined
            }
            items={summaryItems(errors, FIELDS)}
          />
          <SelectField
            id="referral-company"
            label={t("referrals.new.company")}
            hint={t("referrals.new.companyHint")}
            value={toCompanyId}
            onChange={setToCompanyId}
            options={[
              { value: "", label: t("referrals.new.choose") },
              ...companies.map((company) => ({
                value: company.id,
                label: company.industry ? `${company.name} (${company.industry})` : company.name,
              })),
            ]}
            error={errors["referral-company"]}
          />
          <TextAreaField
            id="referral-note"
            label={t("referrals.new.note")}
            hint={t("referrals.new.noteHint")}
            value={note}
            onChange={setNote}
            maxLength={NOTE_MAX}
            rows={5}
            error={errors["referral-note"]}
          />
          <p className="nx-muted" id="referral-note-count">
            {t("referrals.new.count", { used: note.length, max: NOTE_MAX })}
          </p>
          <button type="submit" className="button button-primary nx-big-button" disabled={busy}>
            {busy ? t("common.sending") : t("referrals.new.submit")}
          </button>
        </form>
      )}
    </>
  );
}
