import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_TEXT_VERSION, youth as youthApi } from "../../api/endpoints";
import { CONSENT_KINDS, type ConsentKind, type YouthFull } from "../../api/types";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { formatDateTime } from "../format";
import { problemMessage } from "../problems";

interface ConsentSectionProps {
  youth: YouthFull;
  onChange: (youth: YouthFull) => void;
  /** "self" speaks to the young person ("du"); "counsellor" describes the young person's choices. */
  voice: "self" | "counsellor";
  headingLevel?: 2 | 3;
}

/**
 * The three consents, each with its plain-language text and one clear button to give or withdraw it.
 * Withdrawing asks for confirmation first; giving does not, as it is easy to undo.
 */
export function ConsentSection({ youth, onChange, voice, headingLevel = 2 }: ConsentSectionProps) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [pending, setPending] = useState<ConsentKind | null>(null);
  const [busy, setBusy] = useState<ConsentKind | null>(null);
  const [outcome, setOutcome] = useState<{ variant: "success" | "error"; text: string } | null>(null);

  async function record(kind: ConsentKind, granted: boolean): Promise<void> {
    setBusy(kind);
    setOutcome(null);
    try {
      const updated = await youthApi.recordConsent(youth.id, kind, granted);
      onChange(updated);
      setOutcome({
        variant: "success",
        text: granted ? t(`consent.${kind}.given`) : t(`consent.${kind}.withdrawn`),
      });
    } catch (error) {
      setOutcome({ variant: "error", text: problemMessage(error, t) });
    } finally {
      setBusy(null);
      setPending(null);
      document.getElementById(`consent-${kind}-button`)?.focus();
    }
  }

  return (
    <div className="nx-consents">
      {outcome ? <Alert variant={outcome.variant}>{outcome.text}</Alert> : null}
      {CONSENT_KINDS.map((kind) => {
        const state = youth.consents.find((consent) => consent.kind === kind);
        const granted = state?.granted ?? false;
        return (
          <section key={kind} className="nx-consent" aria-labelledby={`consent-${kind}-heading`}>
            <Heading id={`consent-${kind}-heading`} className="h4">
              {t(`consent.${kind}.heading`)}
            </Heading>
            <p>{t(`consent.${kind}.text`)}</p>
            <p className={granted ? "nx-consent-state nx-consent-given" : "nx-consent-state"}>
              <strong>
                {granted ? t(`consent.state.${voice}.given`) : t(`consent.state.${voice}.notGiven`)}
              </strong>
              {state?.recordedAt ? (
                <> {t("consent.recordedAt", { time: formatDateTime(state.recordedAt, i18n.language) })}</>
              ) : null}
            </p>
            {pending === kind ? (
              <ConfirmPanel
                heading={t("consent.confirmHeading")}
                confirmLabel={t("consent.confirmWithdraw")}
                cancelLabel={t("common.cancel")}
                busy={busy === kind}
                onConfirm={() => void record(kind, false)}
                onCancel={() => {
                  setPending(null);
                  document.getElementById(`consent-${kind}-button`)?.focus();
                }}
              >
                <p>{t(`consent.${kind}.withdrawEffect`)}</p>
              </ConfirmPanel>
            ) : (
              <button
                type="button"
                id={`consent-${kind}-button`}
                className={granted ? "button button-secondary" : "button button-primary"}
                disabled={busy !== null}
                onClick={() => {
                  setOutcome(null);
                  if (granted) setPending(kind);
                  else void record(kind, true);
                }}
              >
                {granted ? t("consent.withdraw") : t("consent.give")}
                <span className="sr-only">: {t(`consent.${kind}.heading`)}</span>
              </button>
            )}
          </section>
        );
      })}
      <p className="nx-muted">{t("consent.version", { version: CONSENT_TEXT_VERSION })}</p>
    </div>
  );
}
