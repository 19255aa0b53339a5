import { useTranslation } from "react-i18next";
import type { Referral } from "../../api/referrals";
import { formatReferralDay } from "./dates";

/** The note in the referrer's own words and the day it was sent. */
export function ReferralNote({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <blockquote className="nx-quote nx-pre-line">{referral.note}</blockquote>
      <p className="nx-muted">
        {t("referrals.date", { date: formatReferralDay(referral.createdAt, i18n.language) })}
      </p>
    </>
  );
}
