import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import {
  breachFindingsOf,
  type InternshipDetail,
  internships,
  type RuleFinding,
} from "../../api/internships";
import type { Role } from "../../api/types";
import { Alert } from "../Alert";
import { TextAreaField } from "../Field";
import { problemFieldErrors, problemMessage } from "../problems";
import { RuleFindings } from "./RuleFindings";

const REASON_MAX = 2000;

interface ApprovalSectionProps {
  internship: InternshipDetail;
  role: Role;
  onChanged: (internship: InternshipDetail, message: string) => void;
}

/**
 * A proposed internship waits for two yeses: the young person's, and the municipality's
 * (virksomhedspraktik is approved before it starts). Staff decide with the rules' findings in
 * front of them; the second yes takes a seat of the opening, if one is free. That yes judges the
 * rules again on today's facts: a breach found then is shown to staff, who may go ahead with a
 * written reason, as on the proposal form.
 */
export function ApprovalSection({ internship, role, onChanged }: ApprovalSectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** Breaches found when the approval would complete: staff may go ahead with a written reason. */
  const [breaches, setBreaches] = useState<RuleFinding[] | null>(null);
  const [overrideReason, setOverrideReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const { youthApprovedAt, staffApprovedAt } = internship.approvals;
  const canApprove = (role === "youth" && !youthApprovedAt) || (role === "staff" && !staffApprovedAt);

  async function approve(): Promise<void> {
    setError(null);
    setReasonError(undefined);
    const reason = overrideReason.trim();
    if (breaches && !reason) {
      setReasonError(t("internships.override.missing"));
      document.getElementById("approval-override")?.focus();
      return;
    }
    setBusy(true);
    try {
      const approved = await internships.approve(internship.id, breaches ? reason : undefined);
      setBreaches(null);
      onChanged(
        approved,
        approved.status === "approved" ? t("internships.approve.approved") : t("internships.approve.done"),
      );
    } catch (failure) {
      const found = role === "staff" ? breachFindingsOf(failure) : null;
      if (found) setBreaches(found);
      else {
        setError(failure);
        setReasonError(
          problemFieldErrors(failure, t, { overrideReason: "approval-override" })["approval-override"],
        );
      }
    } finally {
      setBusy(false);
    }
  }

  const waiting = [
    youthApprovedAt ? null : t("internships.approve.waitingYouth"),
    staffApprovedAt ? null : t("internships.approve.waitingStaff"),
  ].filter((text): text is string => text !== null);

  return (
    <section className="nx-section" aria-labelledby="approval-heading">
      <h2 id="approval-heading">{t("internships.approve.heading")}</h2>
      {role === "staff" ? (
        <>
          <p>{t("internships.approve.staffIntro")}</p>
          <h3 className="h4">{t("internships.rules.heading")}</h3>
          {internship.ruleFindings.length === 0 ? (
            <p>{t("internships.rules.none")}</p>
          ) : (
            <RuleFindings findings={internship.ruleFindings} />
          )}
          {internship.overrideReason ? (
            <>
              <p>{t("internships.rules.overridden")}</p>
              <p className="nx-pre-line">{internship.overrideReason}</p>
            </>
          ) : null}
        </>
      ) : null}
      {role === "youth" && !youthApprovedAt ? <p>{t("internships.approve.youthIntro")}</p> : null}
      <ul>
        {waiting.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {breaches ? (
        <Alert variant="warning" heading={t("internships.override.heading")} focus>
          <p>{t("internships.approve.recheckIntro")}</p>
          <RuleFindings findings={breaches} />
          <p>{t("internships.override.staffIntro")}</p>
        </Alert>
      ) : null}
      {breaches && canApprove ? (
        <TextAreaField
          id="approval-override"
          label={t("internships.override.label")}
          hint={t("internships.override.hint")}
          value={overrideReason}
          onChange={setOverrideReason}
          maxLength={REASON_MAX}
          error={reasonError}
        />
      ) : null}
      {error ? (
        <Alert variant="error">
          {error instanceof ProblemError && error.status === 409
            ? t("internships.approve.conflict")
            : problemMessage(error, t)}
        </Alert>
      ) : null}
      {canApprove ? (
        <button
          type="button"
          className="button button-primary nx-big-button"
          onClick={() => void approve()}
          disabled={busy}
        >
          {role === "youth"
            ? t("internships.approve.youthButton")
            : breaches
              ? t("internships.approve.overrideButton")
              : t("internships.approve.staffButton")}
        </button>
      ) : null}
    </section>
  );
}
