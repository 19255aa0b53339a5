import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { Concern, Reason } from "../../api/types";
import da from "../../i18n/da.json";
import en from "../../i18n/en.json";
import { concernText, type FitVocabulary, reasonText } from "./fitText";

const vocabulary: FitVocabulary = {
  fieldName: (code) => ({ "animals-nature": "Dyr og natur" })[code] ?? code,
  strengthName: (code) => ({ reliable: "pålidelig", curious: "nysgerrig" })[code] ?? code,
  supportName: (code) => ({ "fixed-buddy": "fast makker" })[code] ?? code,
};

type Language = "da" | "en";
const translators = new Map<Language, TFunction>();

function translator(language: Language): TFunction {
  const t = translators.get(language);
  if (!t) throw new Error(`no translations for ${language}`);
  return t;
}

beforeAll(async () => {
  for (const language of ["da", "en"] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      resources: { da: { translation: da }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    translators.set(language, instance.t);
  }
});

const everyReason: Reason[] = [
  { code: "shared_interest", field: "animals-nature" },
  { code: "related_interest", field: "animals-nature" },
  { code: "strengths_wanted", strengths: ["reliable", "curious"] },
  { code: "can_learn", words: ["hygiejne"] },
  { code: "distance", km: 8 },
  { code: "hours_fit", hours: 20 },
  { code: "mentor" },
  { code: "support", support: ["fixed-buddy"] },
];

const everyConcern: Concern[] = [
  { code: "far_away", km: 40, maxKm: 15 },
  { code: "more_hours", hours: 30, wanted: 20 },
  { code: "needs_driving_licence" },
  { code: "needs_language", languages: ["en"] },
  { code: "starts_later", start: "2027-03-01" },
];

describe("reasons and concerns in words", () => {
  it("speaks to the young person in Danish, with the field's name rather than its code", () => {
    const t = translator("da");
    expect(
      reasonText({ code: "shared_interest", field: "animals-nature" }, "youth", t, vocabulary, "da"),
    ).toBe("Du er interesseret i Dyr og natur");
    expect(reasonText({ code: "distance", km: 8 }, "youth", t, vocabulary, "da")).toBe("8 km hjemmefra");
    expect(reasonText({ code: "distance", km: 0 }, "youth", t, vocabulary, "da")).toBe(
      "Under 1 km hjemmefra",
    );
    expect(reasonText({ code: "mentor" }, "youth", t, vocabulary, "da")).toBe("Mentor på stedet");
    expect(reasonText({ code: "hours_fit", hours: 20 }, "youth", t, vocabulary, "da")).toBe(
      "20 timer om ugen passer dig",
    );
    expect(
      reasonText(
        { code: "strengths_wanted", strengths: ["reliable", "curious"] },
        "youth",
        t,
        vocabulary,
        "da",
      ),
    ).toBe("De søger det, du er god til: pålidelig og nysgerrig");
  });

  it("words the same facts for the company", () => {
    const t = translator("da");
    expect(
      reasonText({ code: "shared_interest", field: "animals-nature" }, "company", t, vocabulary, "da"),
    ).toBe("Interesseret i Dyr og natur");
    expect(reasonText({ code: "distance", km: 8 }, "company", t, vocabulary, "da")).toBe(
      "Bor 8 km fra arbejdspladsen",
    );
  });

  it("has a sentence for every code, reader and language, with every parameter filled in", () => {
    for (const language of ["da", "en"] as const) {
      const t = translator(language);
      for (const reader of ["youth", "company"] as const) {
        const sentences = [
          ...everyReason.map((reason) => reasonText(reason, reader, t, vocabulary, language)),
          ...everyConcern.map((concern) => concernText(concern, reader, t, language)),
        ];
        for (const sentence of sentences) {
          expect(sentence).not.toMatch(/\{\{|fit\.|undefined/);
          expect(sentence.trim().length).toBeGreaterThan(3);
        }
      }
    }
  });

  it("names languages and dates in the reader's language", () => {
    expect(concernText({ code: "needs_language", languages: ["en"] }, "youth", translator("en"), "en")).toBe(
      "They'd like you to speak English",
    );
    expect(concernText({ code: "needs_language", languages: ["en"] }, "youth", translator("da"), "da")).toBe(
      "De vil gerne have, at du kan engelsk",
    );
    expect(
      concernText({ code: "starts_later", start: "2027-03-01" }, "youth", translator("en"), "en"),
    ).toContain("2027");
  });
});
