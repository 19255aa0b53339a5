import type { TFunction } from "i18next";
import type { Concern, Reason } from "../../api/types";
import { formatDate, languageName } from "../youth/format";

/** Who reads the sentence: the young person ("du") or the company ("I", about the young person). */
export type Reader = "youth" | "company";

/** Names of vocabulary codes in the reader's language (useReference gives them). */
export interface FitVocabulary {
  fieldName: (code: string) => string;
  strengthName: (code: string) => string;
  supportName: (code: string) => string;
}

/** "a, b og c" / "a, b and c" in the reader's language. */
export function listOf(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}

/** One reason as a short sentence in the reader's language, worded for the reader. */
export function reasonText(
  reason: Reason,
  reader: Reader,
  t: TFunction,
  vocabulary: FitVocabulary,
  locale: string,
): string {
  switch (reason.code) {
    case "shared_interest":
      return t(`fit.${reader}.shared_interest`, { field: vocabulary.fieldName(reason.field) });
    case "related_interest":
      return t(`fit.${reader}.related_interest`, { field: vocabulary.fieldName(reason.field) });
    case "strengths_wanted":
      return t(`fit.${reader}.strengths_wanted`, {
        strengths: listOf(reason.strengths.map(vocabulary.strengthName), locale),
      });
    case "can_learn":
      return t(`fit.${reader}.can_learn`, { words: listOf(reason.words, locale) });
    case "distance":
      // Home and workplace in the same postal code are 0 km apart, which reads oddly.
      if (reason.km < 1) return t(`fit.${reader}.distanceNear`);
      return t(`fit.${reader}.distance`, { km: reason.km.toLocaleString(locale) });
    case "hours_fit":
      return t(`fit.${reader}.hours_fit`, { hours: reason.hours });
    case "mentor":
      return t(`fit.${reader}.mentor`);
    case "support":
      return t(`fit.${reader}.support`, {
        support: listOf(reason.support.map(vocabulary.supportName), locale),
      });
  }
}

/** What speaks against it, clearly but kindly, worded for the reader. */
export function concernText(concern: Concern, reader: Reader, t: TFunction, locale: string): string {
  switch (concern.code) {
    case "far_away":
      return t(`fit.${reader}.far_away`, {
        km: concern.km.toLocaleString(locale),
        maxKm: concern.maxKm.toLocaleString(locale),
      });
    case "more_hours":
      return t(`fit.${reader}.more_hours`, { hours: concern.hours, wanted: concern.wanted });
    case "needs_driving_licence":
      return t(`fit.${reader}.needs_driving_licence`);
    case "needs_language":
      return t(`fit.${reader}.needs_language`, {
        languages: listOf(
          concern.languages.map((code) => languageName(code, locale)),
          locale,
        ),
      });
    case "starts_later":
      return t(`fit.${reader}.starts_later`, { start: formatDate(concern.start, locale) });
  }
}
