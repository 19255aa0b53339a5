import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Referral, referrals } from "../../api/referrals";
import { Alert } from "../../components/Alert";
import { ConfirmPanel } from "../../components/ConfirmPanel";
import { Loading } from "../../components/Loading";
import { problemMessage } from "../../components/problems";
import { ReferralNote } from "../../components/referrals/ReferralNote";
import type { ReferralsState } from "../../components/referrals/useReferrals";

/**
 * The young person's referrals: which company recommended them to which, the note, and the other
 * company's open openings, where they show interest through the opening's own page. "Ikke nu" puts
 * a referral aside for good; the openings stay open to them anyway.
 */
export function YouthReferrals({ state }: { state: ReferralsState }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [done, setDone] = useState<string | null>(null);
  const data = state.data;
  const active = data?.received.filter((referral) => !referral.dismissed) ?? [];
  const dismissed = data?.received.filter((referral) => referral.dismissed) ?? [];

  return (
    <>
      <p>{t("referrals.youth.intro")}</p>
      <h2 id={headingId}>{t("referrals.youth.heading")}</h2>
      {done ? (
        <Alert variant="success" focus key={done}>
          {done}
        </Alert>
      ) : null}
      {state.loading ? <Loading /> : null}
      {state.error ? <Alert variant="error">{problemMessage(state.error, t)}</Alert> : null}
      {data && active.length === 0 ? <p>{t("referrals.youth.empty")}</p> : null}
      {active.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {active.map((referral) => (
            <ActiveReferral
              key={referral.id}
              referral={referral}
              onDismissed={() => {
                state.update(referral.id, (item) => ({ ...item, dismissed: true }));
                setDone(t("referrals.youth.dismissed", { company: referral.toCompany.name }));
              }}
            />
          ))}
        </ul>
      ) : null}
      {dismissed.length > 0 ? (
        <details className="nx-details">
          <summary>{t("referrals.youth.dismissedHeading", { count: dismissed.length })}</summary>
          <ul className="nx-plain-list nobullet-list">
            {dismissed.map((referral) => (
              <li key={referral.id} className="nx-item">
                <ReferralBody referral={referral} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function ActiveReferral({ referral, onDismissed }: { referral: Referral; onDismissed: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const company = referral.toCompany.name;

  async function dismiss(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await referrals.dismiss(referral.id);
      onDismissed();
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  function cancel(): void {
    setConfirming(false);
    setFailure(null);
    window.setTimeout(() => opener.current?.focus(), 0);
  }

  return (
    <li className="nx-item">
      <ReferralBody referral={referral} />
      {confirming ? (
        <ConfirmPanel
          heading={t("referrals.youth.confirmHeading")}
          confirmLabel={t("referrals.youth.confirm")}
          cancelLabel={t("common.cancel")}
          onConfirm={() => void dismiss()}
          onCancel={cancel}
          busy={busy}
        >
          <p>{t("referrals.youth.confirmText", { company })}</p>
          {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
        </ConfirmPanel>
      ) : (
        <p>
          <button
            ref={opener}
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming(true)}
          >
            {t("referrals.youth.notNow")}
            <span className="sr-only">{`: ${t("referrals.youth.notNowFor", { company })}`}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function ReferralBody({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const openingsId = useId();
  const company = referral.toCompany.name;
  return (
    <>
      <h3>{t("referrals.youth.item", { from: referral.fromCompany.name, to: company })}</h3>
      <ReferralNote referral={referral} />
      <h4 id={openingsId}>{t("referrals.youth.openingsHeading", { company })}</h4>
      {referral.toCompanyOpenings.length === 0 ? (
        <p>{t("referrals.youth.noOpenings", { company })}</p>
      ) : (
        <>
          <p className="nx-muted">{t("referrals.youth.openingsHint")}</p>
          <ul aria-labelledby={openingsId}>
            {referral.toCompanyOpenings.map((opening) => (
              <li key={opening.id}>
                <Link to={`/openings/${opening.id}`}>{opening.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
