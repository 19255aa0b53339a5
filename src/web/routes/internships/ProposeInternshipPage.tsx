import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ProblemError } from "../../api/client";
import { matches } from "../../api/endpoints";
import {
  type InternshipPlan,
  type InternshipSummary,
  internships,
  type RuleFinding,
} from "../../api/internships";
import type { MatchListItem } from "../../api/types";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextAreaField, TextField } from "../../components/Field";
import { findingText, RuleFindings } from "../../components/internships/RuleFindings";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemFieldErrors, problemMessage } from "../../components/problems";

const FIELDS = [
  "internship-start",
  "internship-end",
  "internship-hours",
  "internship-purpose",
  "internship-tasks",
  "internship-mentor",
  "internship-override",
] as const;
const TEXT_MAX = 2000;

/** The form's fields as the API names them, so the server's field errors land beside the right field. */
const API_FIELDS: Record<string, string> = {
  startDate: "internship-start",
  plannedEndDate: "internship-end",
  hoursPerWeek: "internship-hours",
  purpose: "internship-purpose",
  tasks: "internship-tasks",
  mentorName: "internship-mentor",
  overrideReason: "internship-override",
};

/**
 * /internships/new?match=ID: the company contact or staff propose an internship from a match. The
 * rules are asked first and their findings shown in the reader's language; a breach stops a
 * company, while staff may go ahead with a written reason.
 */
export function ProposeInternshipPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const matchId = searchParams.get("match") ?? "";
  const [match, setMatch] = useState<MatchListItem | null>(null);
  /** An internship of the match that is not over: then there is nothing to propose. */
  const [unfinished, setUnfinished] = useState<InternshipSummary | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [startDate, setStartDate] = useState("");
  const [plannedEndDate, setPlannedEndDate] = useState("");
  const [hours, setHours] = useState("");
  const [purpose, setPurpose] = useState("");
  const [tasks, setTasks] = useState("");
  const [mentorName, setMentorName] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const [breaches, setBreaches] = useState<RuleFinding[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isStaff = me.role === "staff";

  useEffect(() => {
    if (!matchId) return;
    matches.get(matchId).then(setMatch, (problem: unknown) => setLoadError(problem));
    internships.list({ matchId, limit: 10 }).then(
      (page) =>
        setUnfinished(
          page.items.find((item) => item.status !== "completed" && item.status !== "ended_early") ?? null,
        ),
      (problem: unknown) => setLoadError(problem),
    );
  }, [matchId]);

  if (!matchId || loadError) {
    return (
      <>
        <PageHeading title={t("internships.propose.title")} />
        {loadError && !(loadError instanceof ProblemError && loadError.status === 404) ? (
          <Alert variant="error">{problemMessage(loadError, t)}</Alert>
        ) : (
          <Alert variant="info">{t("internships.propose.noMatch")}</Alert>
        )}
        <p>
          <Link to="/internships">{t("internships.propose.toList")}</Link>
        </p>
      </>
    );
  }
  if (!match || unfinished === undefined) return <Loading />;
  if (unfinished) {
    return (
      <>
        <PageHeading title={t("internships.propose.title")} />
        <Alert variant="info">{t("internships.propose.exists")}</Alert>
        <p>
          <Link to={`/internships/${unfinished.id}`}>{t("internships.propose.seeExisting")}</Link>
        </p>
      </>
    );
  }
  const name = match.youth.displayName ?? match.youth.firstName ?? t("matchList.unnamedYouth");

  /** Any change to the plan asks the rules again. */
  function planChanged<T>(set: (value: T) => void): (value: T) => void {
    return (value) => {
      set(value);
      setBreaches(null);
    };
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!startDate) found["internship-start"] = t("internships.propose.errors.startDate");
    if (!plannedEndDate || (startDate && plannedEndDate < startDate))
      found["internship-end"] = t("internships.propose.errors.plannedEndDate");
    const hoursNumber = Number(hours);
    if (!/^\d+$/.test(hours.trim()) || hoursNumber < 1 || hoursNumber > 60)
      found["internship-hours"] = t("internships.propose.errors.hours");
    if (!purpose.trim()) found["internship-purpose"] = t("internships.propose.errors.purpose");
    if (breaches && !overrideReason.trim()) found["internship-override"] = t("internships.override.missing");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const plan: InternshipPlan = { matchId, startDate, plannedEndDate, hoursPerWeek: Number(hours) };
    try {
      if (!breaches) {
        const check = await internships.checkProposal(plan);
        if (check.blocked) {
          const blocking = check.findings.filter((finding) => finding.severity === "breach");
          setBreaches(blocking);
          if (!isStaff)
            setErrors(
              Object.fromEntries(
                blocking.map((finding) => [fieldOfRule(finding.rule), findingText(finding, i18n.language)]),
              ),
            );
          return;
        }
      }
      const proposed = await internships.propose({
        ...plan,
        purpose: purpose.trim(),
        tasks: tasks.trim() || null,
        mentorName: mentorName.trim() || null,
        ...(breaches ? { overrideReason: overrideReason.trim() } : {}),
      });
      await navigate(`/internships/${proposed.id}`, { state: { notice: t("internships.propose.done") } });
    } catch (problem) {
      setFailure(problem);
      setErrors(problemFieldErrors(problem, t, API_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const companyBlocked = breaches !== null && !isStaff;
  return (
    <>
      <p>
        <Link to={me.role === "company_contact" ? `/matches/${match.id}` : "/internships"}>
          {me.role === "company_contact"
            ? t("internships.propose.backToMatch")
            : t("internships.propose.toList")}
        </Link>
      </p>
      <PageHeading title={t("internships.propose.title")} />
      <p className="font-lead">
        {t("internships.propose.intro", { name, opening: match.opening.title, company: match.company.name })}
      </p>
      {match.status !== "active" ? <Alert variant="info">{t("internships.propose.matchEnded")}</Alert> : null}
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary
          message={
            failure && Object.keys(errors).length === 0
              ? failure instanceof ProblemError && failure.status === 409
                ? t("internships.propose.conflict")
                : problemMessage(failure, t)
              : companyBlocked
                ? t("internships.override.companyBlocked")
                : undefined
          }
          items={summaryItems(errors, FIELDS)}
        />
        <TextField
          id="internship-start"
          type="date"
          label={t("internships.propose.startDate")}
          value={startDate}
          onChange={planChanged(setStartDate)}
          error={errors["internship-start"]}
        />
        <TextField
          id="internship-end"
          type="date"
          label={t("internships.propose.plannedEndDate")}
          hint={t("internships.propose.plannedEndHint")}
          value={plannedEndDate}
          onChange={planChanged(setPlannedEndDate)}
          error={errors["internship-end"]}
        />
        <TextField
          id="internship-hours"
          label={t("internships.propose.hours")}
          hint={t("internships.propose.hoursHint")}
          inputMode="numeric"
          inputClassName="input-width-xs"
          value={hours}
          onChange={planChanged(setHours)}
          error={errors["internship-hours"]}
        />
        <TextAreaField
          id="internship-purpose"
          label={t("internships.propose.purpose")}
          hint={t("internships.propose.purposeHint")}
          value={purpose}
          onChange={setPurpose}
          maxLength={TEXT_MAX}
          rows={3}
          error={errors["internship-purpose"]}
        />
        <TextAreaField
          id="internship-tasks"
          label={t("internships.propose.tasks")}
          value={tasks}
          onChange={setTasks}
          maxLength={TEXT_MAX}
          rows={3}
          error={errors["internship-tasks"]}
        />
        <TextField
          id="internship-mentor"
          label={t("internships.propose.mentorName")}
          required={false}
          maxLength={200}
          value={mentorName}
          onChange={setMentorName}
          error={errors["internship-mentor"]}
        />
        {breaches ? (
          <Alert variant="warning" heading={t("internships.override.heading")}>
            <RuleFindings findings={breaches} />
            <p>{isStaff ? t("internships.override.staffIntro") : t("internships.override.companyBlocked")}</p>
          </Alert>
        ) : null}
        {breaches && isStaff ? (
          <TextAreaField
            id="internship-override"
            label={t("internships.override.label")}
            hint={t("internships.override.hint")}
            value={overrideReason}
            onChange={setOverrideReason}
            maxLength={TEXT_MAX}
            error={errors["internship-override"]}
          />
        ) : null}
        <button
          type="submit"
          className="button button-primary nx-big-button"
          disabled={busy || match.status !== "active" || companyBlocked}
        >
          {breaches && isStaff ? t("internships.override.submit") : t("internships.propose.submit")}
        </button>
      </form>
    </>
  );
}

/** The form field a rule speaks about, as the server names it in its field errors. */
function fieldOfRule(rule: string): string {
  if (rule === "min_hours_per_week") return "internship-hours";
  if (rule === "max_duration") return "internship-end";
  return "internship-start";
}
