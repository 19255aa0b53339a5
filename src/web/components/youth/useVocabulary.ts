import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { reference } from "../../api/endpoints";
import type { VocabularyEntry } from "../../api/types";
import type { SelectOption } from "../Field";

export interface Vocabulary {
  fields: VocabularyEntry[];
  strengths: VocabularyEntry[];
  loading: boolean;
  error: unknown;
  /** Options for a picker, named in the reader's language. */
  fieldOptions: SelectOption[];
  strengthOptions: SelectOption[];
  /** The name of a field or strength code; the code itself when the vocabulary does not know it. */
  fieldName: (code: string) => string;
  strengthName: (code: string) => string;
}

interface Loaded {
  fields: VocabularyEntry[];
  strengths: VocabularyEntry[];
}

// The vocabularies are small and change rarely: one fetch per page load is enough.
let cached: Promise<Loaded> | null = null;

function loadVocabularies(): Promise<Loaded> {
  if (!cached) {
    cached = Promise.all([reference.occupationFields(), reference.strengths()]).then(
      ([fields, strengths]) => ({ fields: fields.items, strengths: strengths.items }),
    );
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

/** The shared vocabularies (occupation fields and strengths) for pickers and for naming stored codes. */
export function useVocabulary(): Vocabulary {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ fields: [], strengths: [] });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    loadVocabularies().then(
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

  const english = i18n.language === "en";
  const nameOf = (entry: VocabularyEntry) => (english ? entry.name.en : entry.name.da);
  const toOptions = (entries: VocabularyEntry[]) =>
    entries.map((entry) => ({ value: entry.code, label: nameOf(entry) }));
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
    fieldName: namer(loaded.fields),
    strengthName: namer(loaded.strengths),
  };
}
