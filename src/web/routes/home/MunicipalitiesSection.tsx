import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { municipalities as municipalitiesApi } from "../../api/endpoints";
import type { Municipality } from "../../api/types";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { problemFieldErrors, problemMessage } from "../../components/problems";

const FIELDS = ["municipality-name", "municipality-slug", "municipality-code"] as const;
type MunicipalityField = (typeof FIELDS)[number];

const API_PATHS: Record<string, MunicipalityField> = {
  name: "municipality-name",
  slug: "municipality-slug",
  code: "municipality-code",
};

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE_PATTERN = /^\d{3}$/;

interface MunicipalitiesSectionProps {
  municipalities: readonly Municipality[];
  loading: boolean;
  error: unknown;
  onCreated: (municipality: Municipality) => void;
}

export function MunicipalitiesSection({
  municipalities,
  loading,
  error,
  onCreated,
}: MunicipalitiesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("municipalities.heading")}</h2>
      {loading ? <Loading text={t("municipalities.loading")} /> : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!loading && !error && municipalities.length === 0 ? <p>{t("municipalities.empty")}</p> : null}
      {municipalities.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("fields.municipalityName")}</th>
              <th scope="col">{t("fields.slug")}</th>
              <th scope="col">{t("fields.code")}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((municipality) => (
              <tr key={municipality.id}>
                <td data-title={t("fields.municipalityName")}>{municipality.name}</td>
                <td data-title={t("fields.slug")}>{municipality.slug}</td>
                <td data-title={t("fields.code")}>{municipality.code}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <CreateMunicipalityForm onCreated={onCreated} />
    </section>
  );
}

function CreateMunicipalityForm({ onCreated }: { onCreated: (municipality: Municipality) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<Partial<Record<MunicipalityField, string>>>({});
  const [message, setMessage] = useState<string>();
  const [created, setCreated] = useState<Municipality | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function validate(): Partial<Record<MunicipalityField, string>> {
    const found: Partial<Record<MunicipalityField, string>> = {};
    if (!name.trim()) found["municipality-name"] = t("fieldErrors.municipalityNameRequired");
    if (!SLUG_PATTERN.test(slug.trim())) found["municipality-slug"] = t("fieldErrors.slugInvalid");
    if (!CODE_PATTERN.test(code.trim())) found["municipality-code"] = t("fieldErrors.codeInvalid");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    setCreated(null);
    if (Object.keys(found).length > 0) return;

    setSubmitting(true);
    try {
      const municipality = await municipalitiesApi.create({
        name: name.trim(),
        slug: slug.trim(),
        code: code.trim(),
      });
      setCreated(municipality);
      setName("");
      setSlug("");
      setCode("");
      onCreated(municipality);
    } catch (failure) {
      setErrors(
        problemFieldErrors(failure, t, API_PATHS, {
          conflict: { slug: t("fieldErrors.slugTaken"), code: t("fieldErrors.codeTaken") },
        }),
      );
      setMessage(problemMessage(failure, t, { conflict: t("municipalities.conflict") }));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <h3>{t("municipalities.createHeading")}</h3>
      {created ? (
        <Alert variant="success" focus>
          {t("municipalities.created", { name: created.name })}
        </Alert>
      ) : null}
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="municipality-name"
          label={t("fields.municipalityName")}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors["municipality-name"]}
        />
        <TextField
          id="municipality-slug"
          label={t("fields.slug")}
          hint={t("fields.slugHint")}
          autoComplete="off"
          value={slug}
          onChange={setSlug}
          error={errors["municipality-slug"]}
        />
        <TextField
          id="municipality-code"
          label={t("fields.code")}
          hint={t("fields.codeHint")}
          autoComplete="off"
          inputMode="numeric"
          maxLength={3}
          value={code}
          onChange={setCode}
          error={errors["municipality-code"]}
        />
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t("common.saving") : t("municipalities.submit")}
        </button>
      </form>
    </>
  );
}
