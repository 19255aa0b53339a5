import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Role } from "../../api/types";
import { isRecent } from "./dates";
import { ReferralNote } from "./ReferralNote";
import { useReferrals } from "./useReferrals";

const SHOWN = 3;

/**
 * Home: referrals of the last 30 days the young person has not put aside, or those a company
 * received, at most three, with the way to all of them. Nothing for other roles or when there is
 * none; a failed fetch leaves the home page as it was, since /referrals says what went wrong.
 */
export function ReferralsHomeSection({ role }: { role: Role }) {
  const reads = role === "youth" || role === "company_contact";
  const { data } = useReferrals(reads);
  const { t } = useTranslation();
  const headingId = useId();
  if (!reads || !data) return null;
  const recent = data.received
    .filter((referral) => !referral.dismissed && isRecent(referral.createdAt))
    .slice(0, SHOWN);
  if (recent.length === 0) return null;

  return (
    <section className="nx-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("referrals.home.heading")}</h2>
      <ul className="nx-plain-list nobullet-list">
        {recent.map((referral) => (
          <li key={referral.id} className="nx-item">
            <h3>
              {role === "youth"
                ? t("referrals.youth.item", { from: referral.fromCompany.name, to: referral.toCompany.name })
                : t("referrals.company.receivedItem", {
                    name: referral.youth.firstName,
                    company: referral.fromCompany.name,
                  })}
            </h3>
            <ReferralNote referral={referral} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/referrals">{t("referrals.home.all")}</Link>
      </p>
    </section>
  );
}
