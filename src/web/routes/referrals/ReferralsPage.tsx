import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { ReferralNote } from "../../components/referrals/ReferralNote";
import { type ReferralsState, useReferrals } from "../../components/referrals/useReferrals";
import { YouthReferrals } from "./YouthReferrals";

/** What the page was opened with: a notice from the page that sent the reader here. */
function noticeFrom(state: unknown): string | null {
  if (typeof state === "object" && state !== null && "notice" in state && typeof state.notice === "string")
    return state.notice;
  return null;
}

/**
 * /referrals: "Anbefalinger". A company contact sees the young people other companies recommended to
 * them and those they recommended on; a young person sees who recommended them where, with the
 * openings to show interest in; staff read the municipality's referrals.
 */
export function ReferralsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [notice] = useState(noticeFrom(location.state));
  const state = useReferrals();

  return (
    <>
      <PageHeading title={t("referrals.title")} />
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      {me.role === "youth" ? (
        <YouthReferrals state={state} />
      ) : me.role === "company_contact" ? (
        <CompanyReferrals state={state} />
      ) : (
        <StaffReferrals state={state} />
      )}
    </>
  );
}

function LoadState({ state }: { state: ReferralsState }) {
  const { t } = useTranslation();
  if (state.loading) return <Loading />;
  if (state.error) return <Alert variant="error">{problemMessage(state.error, t)}</Alert>;
  return null;
}

function CompanyReferrals({ state }: { state: ReferralsState }) {
  const { t } = useTranslation();
  const receivedId = useId();
  const sentId = useId();
  const data = state.data;
  return (
    <>
      <p>{t("referrals.company.intro")}</p>
      <p>
        {t("referrals.company.how")} <Link to="/matches">{t("referrals.company.toMatches")}</Link>
      </p>
      <LoadState state={state} />
      {data ? (
        <>
          <h2 id={receivedId}>{t("referrals.company.receivedHeading")}</h2>
          {data.received.length === 0 ? <p>{t("referrals.company.receivedEmpty")}</p> : null}
          {data.received.length > 0 ? (
            <ul className="nx-plain-list nobullet-list" aria-labelledby={receivedId}>
              {data.received.map((referral) => (
                <li key={referral.id} className="nx-item">
                  <h3>
                    {t("referrals.company.receivedItem", {
                      name: referral.youth.firstName,
                      company: referral.fromCompany.name,
                    })}
                  </h3>
                  <ReferralNote referral={referral} />
                  <p>
                    <Link to={`/network/youth/${referral.youth.id}`}>
                      {t("referrals.company.profileLink", { name: referral.youth.firstName })}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          <h2 id={sentId}>{t("referrals.company.sentHeading")}</h2>
          {data.sent.length === 0 ? <p>{t("referrals.company.sentEmpty")}</p> : null}
          {data.sent.length > 0 ? (
            <ul className="nx-plain-list nobullet-list" aria-labelledby={sentId}>
              {data.sent.map((referral) => (
                <li key={referral.id} className="nx-item">
                  <h3>
                    {t("referrals.company.sentItem", {
                      name: referral.youth.firstName,
                      company: referral.toCompany.name,
                    })}
                  </h3>
                  <ReferralNote referral={referral} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Staff read every referral of the municipality; they cannot change one. */
function StaffReferrals({ state }: { state: ReferralsState }) {
  const { t } = useTranslation();
  const headingId = useId();
  const data = state.data;
  return (
    <>
      <p>{t("referrals.staff.intro")}</p>
      <h2 id={headingId}>{t("referrals.staff.heading")}</h2>
      <LoadState state={state} />
      {data && data.sent.length === 0 ? <p>{t("referrals.staff.empty")}</p> : null}
      {data && data.sent.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {data.sent.map((referral) => (
            <li key={referral.id} className="nx-item">
              <h3>
                {t("referrals.staff.item", {
                  name: referral.youth.firstName,
                  from: referral.fromCompany.name,
                  to: referral.toCompany.name,
                })}
              </h3>
              <ReferralNote referral={referral} />
              {referral.dismissed ? <p>{t("referrals.staff.dismissed")}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
