import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { type InternshipDetail, internships } from "../../api/internships";
import type { Role } from "../../api/types";
import { Alert } from "../Alert";
import { problemMessage } from "../problems";
import { RuleFindings } from "./RuleFindings";

interface ApprovalSectionProps {
  internship: InternshipDetail;
  role: Role;
  onChanged: (internship: InternshipDetail, message: string) => void;
}

/**
 * A proposed internship waits for two yeses: the young person's, and the municipality's
 * (virksomhedspraktik is approved before it starts). Staff decide with the rules' findings in
 * front of them; the second yes takes a seat of the opening, if one is free.
 */
export function ApprovalSection({ internship, role, onChanged }: ApprovalSectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { youthApprovedAt, staffApprovedAt } = internship.approvals;
  const canApprove = (role === "youth" && !youthApprovedAt) || (role === "staff" && !staffApprovedAt);

  async function approve(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const approved = await internships.approve(internship.id);
      onChanged(
        approved,
        approved.status === "approved" ? t("internships.approve.approved") : t("internships.approve.done"),
      );
    } catch (failure) {
      setError(failure);
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
          {role === "youth" ? t("internships.approve.youthButton") : t("internships.approve.staffButton")}
        </button>
      ) : null}
    </section>
  );
}
