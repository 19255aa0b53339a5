import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { type InternshipDetail, type InternshipSide, internships } from "../../api/internships";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { AbsenceSection } from "../../components/internships/AbsenceSection";
import { ApprovalSection } from "../../components/internships/ApprovalSection";
import { CheckInSection } from "../../components/internships/CheckInSection";
import { formatPeriod } from "../../components/internships/dates";
import { EvaluationSection } from "../../components/internships/EvaluationSection";
import { ExtensionSection } from "../../components/internships/ExtensionSection";
import { InternshipFacts } from "../../components/internships/InternshipFacts";
import { RuleFindings } from "../../components/internships/RuleFindings";
import { RunActions } from "../../components/internships/RunActions";
import { warningText } from "../../components/internships/warnings";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** What the page was opened with: a notice from the page that sent the reader here. */
function noticeFrom(state: unknown): string | null {
  if (typeof state === "object" && state !== null && "notice" in state && typeof state.notice === "string")
    return state.notice;
  return null;
}

/**
 * /internships/:id: one internship as its reader sees it. The young person: "my internship" with
 * the weekly check-in, absence and the evaluation that feeds their work identity. The company:
 * their trainee (first name only). Staff: everything, with the warnings and the decisions.
 */
export function InternshipPage() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const me = useMe();
  const side: InternshipSide | undefined =
    me.role === "youth" ? "youth" : me.role === "company_contact" ? "company" : undefined;
  const isStaff = me.role === "staff" || me.role === "municipality_admin";
  const [internship, setInternship] = useState<InternshipDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(noticeFrom(location.state));

  const load = useCallback(() => {
    internships.get(id).then(
      (found) => {
        setInternship(found);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [id]);

  useEffect(load, [load]);

  const back = (
    <p>
      <Link to="/internships">{t(`internships.detail.back.${side ?? "staff"}`)}</Link>
    </p>
  );
  if (error && !internship) {
    return (
      <>
        <PageHeading title={t("internships.detail.notFoundTitle")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("internships.detail.notFound")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        {back}
      </>
    );
  }
  if (!internship) return <Loading />;

  function changed(next: InternshipDetail, message: string): void {
    setInternship(next);
    setNotice(message);
  }

  const title =
    side === "youth"
      ? t("internships.detail.titleYouth", {
          opening: internship.opening.title,
          company: internship.company.name,
        })
      : t("internships.detail.titleOther", {
          name: internship.youth.displayName ?? internship.youth.firstName,
          company: internship.company.name,
        });
  return (
    <>
      {back}
      <PageHeading title={title} />
      <p className="font-lead">
        {t("internships.detail.lead", {
          status: t(`internships.status.${internship.status}`),
          period: formatPeriod(internship.startDate, internship.plannedEndDate, i18n.language),
        })}
      </p>
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      {isStaff && internship.warnings && internship.warnings.length > 0 ? (
        <Alert variant="warning" heading={t("internships.detail.warningsHeading")}>
          <ul>
            {internship.warnings.map((warning) => (
              <li key={warningText(warning, t)}>{warningText(warning, t)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {isStaff && internship.endingSoon ? <p>{t("internships.list.endingSoon")}</p> : null}
      <InternshipFacts internship={internship} />
      {internship.status === "proposed" ? (
        <ApprovalSection internship={internship} role={me.role} onChanged={changed} />
      ) : null}
      {internship.status !== "proposed" && internship.ruleFindings.length > 0 ? (
        <section className="nx-section" aria-labelledby="rules-heading">
          <h2 id="rules-heading">{t("internships.rules.heading")}</h2>
          <RuleFindings findings={internship.ruleFindings} />
          {internship.overrideReason ? (
            <p className="nx-pre-line">
              {t("internships.rules.overridden")} {internship.overrideReason}
            </p>
          ) : null}
        </section>
      ) : null}
      {me.role === "company_contact" || me.role === "staff" ? (
        <RunActions internship={internship} onChanged={changed} />
      ) : null}
      <EvaluationSection internship={internship} side={side} onGiven={load} />
      <ExtensionSection internship={internship} canExtend={me.role === "staff"} onChanged={changed} />
      <CheckInSection internship={internship} canWrite={side !== undefined} onGiven={load} />
      <AbsenceSection
        internship={internship}
        canRecord={me.role !== "municipality_admin"}
        onRecorded={load}
      />
    </>
  );
}
