import { useTranslation } from "react-i18next";
import type { Concern, Reason } from "../../api/types";
import { Icon } from "../Icon";
import { concernText, type FitVocabulary, type Reader, reasonText } from "./fitText";

interface FitExplanationProps {
  reasons: Reason[];
  concerns: Concern[];
  reader: Reader;
  vocabulary: FitVocabulary;
  /** The level of the two small headings inside the card. */
  headingLevel?: 3 | 4;
}

/**
 * Why a recommendation is there, and what speaks against it, as short sentences. Each list has its
 * own heading and icon, so the meaning never rests on colour.
 */
export function FitExplanation(props: FitExplanationProps) {
  const { reasons, concerns, reader, vocabulary, headingLevel = 4 } = props;
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="nx-fit">
      {reasons.length > 0 ? (
        <>
          <Heading className="nx-fit-heading">{t(`fit.${reader}.reasonsHeading`)}</Heading>
          <ul className="nx-fit-list nobullet-list">
            {reasons.map((reason) => (
              <li key={reason.code} className="nx-fit-reason">
                <Icon name="check" className="nx-fit-icon" />
                <span>{reasonText(reason, reader, t, vocabulary, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {concerns.length > 0 ? (
        <>
          <Heading className="nx-fit-heading">{t(`fit.${reader}.concernsHeading`)}</Heading>
          <ul className="nx-fit-list nobullet-list">
            {concerns.map((concern) => (
              <li key={concern.code} className="nx-fit-concern">
                <Icon name="info" className="nx-fit-icon" />
                <span>{concernText(concern, reader, t, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
