import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { reference } from "../api/endpoints";
import type { VocabularyEntry } from "../api/types";
import type { SelectOption } from "./Field";

interface Loaded {
  fields: VocabularyEntry[];
  strengths: VocabularyEntry[];
  support: VocabularyEntry[];
}

export interface ReferenceData extends Loaded {
  loading: boolean;
  error: unknown;
  /** Picker options named in the reader's language, sorted by that name. */
  fieldOptions: SelectOption[];
  strengthOptions: SelectOption[];
  supportOptions: SelectOption[];
  /** The name of a code in the reader's language; the code itself when the vocabulary does not know it. */
  fieldName: (code: string) => string;
  strengthName: (code: string) => string;
  supportName: (code: string) => string;
}

// Small vocabularies that change rarely: one fetch per page load.
let cached: Promise<Loaded> | null = null;

function load(): Promise<Loaded> {
  if (!cached) {
    cached = Promise.all([reference.occupationFields(), reference.strengths(), reference.support()]).then(
      ([fields, strengths, support]) => ({
        fields: fields.items,
        strengths: strengths.items,
        support: support.items,
      }),
    );
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

/** Occupation fields, strengths and support offered: for pickers and for naming stored codes. */
export function useReference(): ReferenceData {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ fields: [], strengths: [], support: [] });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (result) => {
        if (cancelled) return;
        setLoaded(result);
        setLoading(false);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const language = i18n.language === "en" ? "en" : "da";
  return useMemo(() => {
    const nameOf = (entry: VocabularyEntry) => entry.name[language];
    const toOptions = (entries: VocabularyEntry[]) =>
      entries
        .map((entry) => ({ value: entry.code, label: nameOf(entry) }))
        .sort((a, b) => a.label.localeCompare(b.label, language));
    const namer = (entries: VocabularyEntry[]) => (code: string) => {
      const entry = entries.find((candidate) => candidate.code === code);
      return entry ? nameOf(entry) : code;
    };
    return {
      ...loaded,
      loading,
      error,
      fieldOptions: toOptions(loaded.fields),
      strengthOptions: toOptions(loaded.strengths),
      supportOptions: toOptions(loaded.support),
      fieldName: namer(loaded.fields),
      strengthName: namer(loaded.strengths),
      supportName: namer(loaded.support),
    };
  }, [loaded, loading, error, language]);
}

const towns = new Map<string, Promise<string | null>>();

function townOf(code: string): Promise<string | null> {
  let town = towns.get(code);
  if (!town) {
    town = reference.postalCode(code).then(
      (found) => found.name,
      () => null,
    );
    towns.set(code, town);
  }
  return town;
}

/** Town names of postal codes ("4000" -> "Roskilde"), looked up once each; unknown codes stay codes. */
export function useTownNames(codes: readonly (string | null | undefined)[]): (code: string) => string {
  const [names, setNames] = useState<Record<string, string>>({});
  const wanted = [...new Set(codes.filter((code): code is string => Boolean(code && /^\d{4}$/.test(code))))]
    .sort()
    .join(",");

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    const list = wanted.split(",");
    Promise.all(list.map((code) => townOf(code).then((name) => [code, name] as const))).then((pairs) => {
      if (cancelled) return;
      setNames((current) => {
        const next = { ...current };
        for (const [code, name] of pairs) if (name) next[code] = name;
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  return (code: string) => (names[code] ? `${code} ${names[code]}` : code);
}

export type TownLookup = { status: "none" } | { status: "found"; town: string } | { status: "unknown" };

/** The town of one postal code as it is typed; "unknown" when the code is not in the postal code table. */
export function useTownName(code: string): TownLookup {
  const [lookup, setLookup] = useState<TownLookup>({ status: "none" });
  const wanted = /^\d{4}$/.test(code.trim()) ? code.trim() : "";
  useEffect(() => {
    if (!wanted) {
      setLookup({ status: "none" });
      return;
    }
    let cancelled = false;
    townOf(wanted).then((town) => {
      if (!cancelled) setLookup(town ? { status: "found", town } : { status: "unknown" });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return lookup;
}
