import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { youth as youthApi } from "../../api/endpoints";
import {
  CONSENT_KINDS,
  type SensitiveInformation,
  YOUTH_READINESSES,
  YOUTH_STATUSES,
  type YouthFull,
  type YouthReadiness,
  type YouthStatus,
} from "../../api/types";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { SelectField, TextField } from "../../components/Field";
import { formatDateTime } from "../../components/format";
import { YouthAttendanceSection } from "../../components/groups/StabilityTable";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { PostalCodeField } from "../../components/PostalCodeField";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import { useColleagues } from "../../components/useColleagues";
import { useReference } from "../../components/useReference";
import { formatDate } from "../../components/youth/format";
import { ProfileSummary } from "../../components/youth/ProfileSummary";
import { ProgressSection } from "../../components/youth/ProgressSection";
import { SensitiveForm } from "../../components/youth/SensitiveForm";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";
import type { EnrolledState } from "./EnrolYouthPage";
import { YouthRecommendationsSection } from "./YouthRecommendationsSection";

/** /youth/:id: one young person for staff and admins. */
export function YouthDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const record = useYouthRecord(id);
  const enrolled = (location.state as EnrolledState | null)?.enrolledEmail;
  const young = record.youth;

  return (
    <>
      <PageHeading title={young ? young.displayName : t("youthDetail.title")} />
      <p>
        <Link to="/youth">{t("youthDetail.backToList")}</Link>
      </p>
      {enrolled ? <Alert variant="success">{t("youthDetail.enrolled", { email: enrolled })}</Alert> : null}
      {record.loading && !young ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self={false} /> : null}
      {young ? <YouthDetails young={young} onChange={record.setYouth} /> : null}
    </>
  );
}

function YouthDetails({ young, onChange }: { young: YouthFull; onChange: (young: YouthFull) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const vocabulary = useReference();
  const isOwnCounsellor = me.role === "staff" && young.counsellor?.id === me.id;

  return (
    <>
      <section className="nx-section" aria-labelledby="identity-heading">
        <h2 id="identity-heading">{t("youthDetail.identity")}</h2>
        <dl className="nx-facts">
          <dt>{t("fields.email")}</dt>
          <dd className="nx-break">{young.email}</dd>
          <dt>{t("youthFields.phone")}</dt>
          <dd>{young.phone ?? "–"}</dd>
          <dt>{t("youthFields.birthDate")}</dt>
          <dd>
            {formatDate(young.birthDate, i18n.language)} ({t("youthDetail.age", { count: young.age })})
          </dd>
          <dt>{t("youthFields.postalCode")}</dt>
          <dd>{young.postalCode}</dd>
          <dt>{t("youthFields.cpr")}</dt>
          <dd>{young.cprMasked ?? t("youthDetail.noCpr")}</dd>
        </dl>
        {young.cprMasked && me.role === "staff" ? <CprReveal youthId={young.id} /> : null}
      </section>

      <ProgrammeSection young={young} onChange={onChange} />

      <section className="nx-section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("youthDetail.profile")}</h2>
        <p>{t("youthHome.completeness", { percent: young.completeness.percent })}</p>
        <p>
          <Link className="button button-secondary" to={`/youth/${young.id}/profile`}>
            {t("youthDetail.fillTogether", { name: young.displayName })}
          </Link>
        </p>
        <ProfileSummary
          profile={young.profile}
          vocabulary={vocabulary}
          visibility={young.visibility}
          showEmpty
          headingLevel={3}
        />
      </section>

      <section className="nx-section" aria-labelledby="consents-heading">
        <h2 id="consents-heading">{t("youthDetail.consents")}</h2>
        <p>{t("youthDetail.consentsIntro")}</p>
        <dl className="nx-facts">
          {CONSENT_KINDS.map((kind) => {
            const state = young.consents.find((consent) => consent.kind === kind);
            return (
              <div key={kind} className="nx-facts-row">
                <dt>{t(`consent.${kind}.heading`)}</dt>
                <dd>
                  {state?.granted ? t("youthDetail.consentGiven") : t("youthDetail.consentNotGiven")}
                  {state?.recordedAt ? ` (${formatDateTime(state.recordedAt, i18n.language)})` : null}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <YouthRecommendationsSection youthId={young.id} />
      <YouthAttendanceSection youthId={young.id} />

      <section className="nx-section" aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t("progress.title")}</h2>
        <ProgressSection youthId={young.id} headingLevel={3} />
      </section>

      <section className="nx-section" aria-labelledby="sensitive-heading">
        <h2 id="sensitive-heading">{t("sensitive.title")}</h2>
        {isOwnCounsellor ? (
          <SensitiveSection youthId={young.id} />
        ) : (
          <p>{t("youthDetail.sensitiveOnlyCounsellor")}</p>
        )}
      </section>
    </>
  );
}

/** The full CPR number only on an explicit request, which the server logs. */
function CprReveal({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const [cpr, setCpr] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function reveal(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      setCpr((await youthApi.revealCpr(youthId)).cpr);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="nx-reveal">
      <p>{t("youthDetail.cprExplanation")}</p>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {cpr ? (
        <>
          <p role="status">
            {t("youthDetail.cprFull")} <strong className="nx-cpr">{cpr}</strong>
          </p>
          <button type="button" className="button button-secondary" onClick={() => setCpr(null)}>
            {t("youthDetail.hideCpr")}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void reveal()}
          disabled={busy}
        >
          {t("youthDetail.revealCpr")}
        </button>
      )}
    </div>
  );
}

const PROGRAMME_FIELDS = [
  "programme-status",
  "programme-readiness",
  "programme-phone",
  "programme-postalCode",
  "programme-counsellor",
] as const;
const PROGRAMME_PATHS: Record<string, string> = {
  status: "programme-status",
  readiness: "programme-readiness",
  phone: "programme-phone",
  postalCode: "programme-postalCode",
  counsellorId: "programme-counsellor",
};

function ProgrammeSection({ young, onChange }: { young: YouthFull; onChange: (young: YouthFull) => void }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<YouthStatus>(young.status);
  const [readiness, setReadiness] = useState<YouthReadiness>(young.readiness);
  const [phone, setPhone] = useState(young.phone ?? "");
  const [postalCode, setPostalCode] = useState(young.postalCode);
  const [counsellorId, setCounsellorId] = useState(young.counsellor?.id ?? "");
  const staff = useColleagues();
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    setMessage(undefined);
    const found: Record<string, string> = {};
    if (!/^\d{4}$/.test(postalCode.trim())) found["programme-postalCode"] = t("enrol.errors.postalCode");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const updated = await youthApi.update(young.id, {
        status,
        readiness,
        phone: phone.trim() ? phone.trim() : null,
        postalCode: postalCode.trim(),
        ...(counsellorId && counsellorId !== young.counsellor?.id ? { counsellorId } : {}),
      });
      onChange(updated);
      setSaved(true);
    } catch (error) {
      setErrors(
        problemFieldErrors(error, t, PROGRAMME_PATHS, {
          validation: { postalCode: t("enrol.errors.postalCodeUnknown") },
        }),
      );
      setMessage(problemMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  const counsellorOptions = [
    ...(young.counsellor && !staff.some((user) => user.id === young.counsellor?.id)
      ? [{ value: young.counsellor.id, label: young.counsellor.displayName }]
      : []),
    ...staff.map((user) => ({ value: user.id, label: user.displayName })),
  ];

  return (
    <section className="nx-section" aria-labelledby="programme-heading">
      <h2 id="programme-heading">{t("youthDetail.programme")}</h2>
      <dl className="nx-facts">
        <dt>{t("fields.status")}</dt>
        <dd>{t(`youthStatus.${young.status}`)}</dd>
        <dt>{t("youthFields.readiness")}</dt>
        <dd>{t(`youthReadiness.${young.readiness}`)}</dd>
        <dt>{t("youthFields.enrolledOn")}</dt>
        <dd>{formatDate(young.enrolledOn, i18n.language)}</dd>
        <dt>{t("youthFields.counsellor")}</dt>
        <dd>{young.counsellor?.displayName ?? "–"}</dd>
        <dt>{t("fields.municipality")}</dt>
        <dd>{young.municipality.name}</dd>
      </dl>
      <details className="nx-details">
        <summary>{t("youthDetail.editProgramme")}</summary>
        {saved ? (
          <Alert variant="success" focus>
            {t("youthDetail.programmeSaved")}
          </Alert>
        ) : null}
        <ErrorSummary message={message} items={summaryItems(errors, PROGRAMME_FIELDS)} />
        <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
          <SelectField
            id="programme-status"
            label={t("fields.status")}
            value={status}
            onChange={(value) => setStatus(YOUTH_STATUSES.find((candidate) => candidate === value) ?? status)}
            error={errors["programme-status"]}
            options={YOUTH_STATUSES.map((candidate) => ({
              value: candidate,
              label: t(`youthStatus.${candidate}`),
            }))}
          />
          <SelectField
            id="programme-readiness"
            label={t("youthFields.readiness")}
            hint={t("youthFields.readinessHint")}
            value={readiness}
            onChange={(value) =>
              setReadiness(YOUTH_READINESSES.find((candidate) => candidate === value) ?? readiness)
            }
            error={errors["programme-readiness"]}
            options={YOUTH_READINESSES.map((candidate) => ({
              value: candidate,
              label: t(`youthReadiness.${candidate}`),
            }))}
          />
          <TextField
            id="programme-phone"
            type="tel"
            inputMode="tel"
            label={t("youthFields.phone")}
            required={false}
            value={phone}
            onChange={setPhone}
            error={errors["programme-phone"]}
            maxLength={30}
            inputClassName="input-width-m"
          />
          <PostalCodeField
            id="programme-postalCode"
            label={t("youthFields.postalCode")}
            value={postalCode}
            onChange={setPostalCode}
            error={errors["programme-postalCode"]}
          />
          {counsellorOptions.length > 0 ? (
            <SelectField
              id="programme-counsellor"
              label={t("youthFields.counsellor")}
              value={counsellorId}
              onChange={setCounsellorId}
              error={errors["programme-counsellor"]}
              options={counsellorOptions}
            />
          ) : null}
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t("common.saving") : t("youthDetail.saveProgramme")}
          </button>
        </form>
      </details>
    </section>
  );
}

/** The counsellor opens the sensitive information on purpose: every read is logged. */
function SensitiveSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const [information, setInformation] = useState<SensitiveInformation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function open(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      setInformation(await youthApi.sensitive(youthId));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t("youthDetail.sensitiveExplanation")}</p>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {information ? (
        <SensitiveForm youthId={youthId} initial={information} voice="counsellor" />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => void open()} disabled={busy}>
          {t("youthDetail.showSensitive")}
        </button>
      )}
    </>
  );
}
