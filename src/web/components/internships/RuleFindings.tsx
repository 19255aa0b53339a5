import { useTranslation } from "react-i18next";
import type { RuleFinding } from "../../api/internships";

/** The server words each finding in Danish and English; the reader gets their own language. */
export function findingText(finding: RuleFinding, language: string): string {
  return language === "en" ? finding.message.en : finding.message.da;
}

/**
 * What the rules found, each with its severity in words (not colour) and the legal source, so the
 * reader sees why and which paragraph says so.
 */
export function RuleFindings({ findings }: { findings: RuleFinding[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="nx-plain-list nobullet-list">
      {findings.map((finding) => (
        <li key={`${finding.rule}-${finding.severity}`} className="nx-item">
          <p>
            <strong>{t(`internships.rules.severity.${finding.severity}`)}: </strong>
            {findingText(finding, i18n.language)}
          </p>
          <p className="nx-muted">{t("internships.rules.source", { source: finding.source })}</p>
        </li>
      ))}
    </ul>
  );
}
