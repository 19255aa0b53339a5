import { type ChangeEvent, type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { companies } from "../../api/endpoints";
import { COMPANY_IMPORT_COLUMNS, type ImportPreview } from "../../api/types";
import { Alert } from "../../components/Alert";
import { companyImport, importErrorsOf } from "../../components/companies/csvUpload";
import { DataTable } from "../../components/DataTable";
import { ErrorSummary } from "../../components/ErrorSummary";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

type Stage =
  | { kind: "idle" }
  | { kind: "checking" | "importing"; sent: number | null }
  | { kind: "checked"; preview: ImportPreview }
  | { kind: "imported"; count: number };

/** /companies/import: check a CSV file of companies row by row, then import it all or nothing. */
export function ImportCompaniesPage() {
  const { t } = useTranslation();
  const columnsId = useId();
  const errorsId = useId();
  const progressId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [failure, setFailure] = useState<string | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  function choose(event: ChangeEvent<HTMLInputElement>): void {
    setFile(event.target.files?.[0] ?? null);
    setFileError(undefined);
    setFailure(undefined);
    setStage({ kind: "idle" });
  }

  async function check(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFailure(undefined);
    if (!file) {
      setFileError(t("importPage.chooseFile"));
      return;
    }
    setFileError(undefined);
    setStage({ kind: "checking", sent: 0 });
    try {
      const preview = await companyImport.preview(file, (sent) => setStage({ kind: "checking", sent }));
      setStage({ kind: "checked", preview });
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (error) {
      setStage({ kind: "idle" });
      setFailure(problemMessage(error, t));
    }
  }

  async function runImport(preview: ImportPreview): Promise<void> {
    if (!file) return;
    setFailure(undefined);
    setStage({ kind: "importing", sent: 0 });
    try {
      const result = await companyImport.run(file, (sent) => setStage({ kind: "importing", sent }));
      setStage({ kind: "imported", count: result.imported });
    } catch (error) {
      const errors = importErrorsOf(error);
      setStage({
        kind: "checked",
        preview: errors.length > 0 ? { ...preview, errors, validRowCount: 0 } : preview,
      });
      setFailure(problemMessage(error, t));
    }
  }

  const busy = stage.kind === "checking" || stage.kind === "importing";

  return (
    <>
      <p>
        <Link to="/companies">{t("companyDetail.back")}</Link>
      </p>
      <PageHeading title={t("importPage.title")} />
      <p>{t("importPage.intro")}</p>

      <section className="nx-section">
        <h2 id={columnsId}>{t("importPage.columnsHeading")}</h2>
        <p>{t("importPage.columnsIntro")}</p>
        <DataTable labelledBy={columnsId}>
          <thead>
            <tr>
              <th scope="col">{t("importPage.column")}</th>
              <th scope="col">{t("importPage.required")}</th>
              <th scope="col">{t("importPage.content")}</th>
            </tr>
          </thead>
          <tbody>
            {COMPANY_IMPORT_COLUMNS.map((column) => (
              <tr key={column.name}>
                <td data-title={t("importPage.column")}>
                  <code>{column.name}</code>
                </td>
                <td data-title={t("importPage.required")}>
                  {column.required ? t("common.yes") : t("common.no")}
                </td>
                <td data-title={t("importPage.content")}>{t(`importColumns.${column.name}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p>
          <a href={companies.importTemplateUrl} download className="function-link">
            {t("importPage.template")}
          </a>
        </p>
      </section>

      <section className="nx-section">
        <h2>{t("importPage.fileHeading")}</h2>
        {fileError ? <ErrorSummary items={[{ fieldId: "import-file", message: fileError }]} /> : null}
        <form className="nx-form" noValidate onSubmit={(event) => void check(event)}>
          <div className={fileError ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor="import-file">
              {t("importPage.file")}
            </label>
            <span className="form-hint" id="import-file-hint">
              {t("importPage.fileHint")}
            </span>
            {fileError ? (
              <span className="form-error-message" id="import-file-error">
                <span className="sr-only">{t("common.errorPrefix")}</span>
                {fileError}
              </span>
            ) : null}
            <input
              id="import-file"
              name="import-file"
              type="file"
              className="form-file-input"
              accept=".csv,text/csv"
              onChange={choose}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
            />
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t("importPage.check")}
          </button>
        </form>
      </section>

      {busy ? (
        <div className="nx-progress">
          <label id={progressId} htmlFor={`${progressId}-bar`}>
            {stage.kind === "checking"
              ? stage.sent === null
                ? t("importPage.checking")
                : t("importPage.uploading", { percent: Math.round(stage.sent * 100) })
              : stage.sent === null
                ? t("importPage.importing")
                : t("importPage.uploading", { percent: Math.round(stage.sent * 100) })}
          </label>
          {stage.sent === null ? (
            <progress id={`${progressId}-bar`} className="nx-progress-bar" />
          ) : (
            <progress
              id={`${progressId}-bar`}
              className="nx-progress-bar"
              max={100}
              value={Math.round(stage.sent * 100)}
            />
          )}
        </div>
      ) : null}

      {failure ? <Alert variant="error">{failure}</Alert> : null}

      {stage.kind === "checked" ? (
        <section className="nx-section" aria-labelledby={errorsId}>
          <h2 id={errorsId} ref={resultHeading} tabIndex={-1} className="nx-focus-heading">
            {t("importPage.previewHeading")}
          </h2>
          <p>
            {t("importPage.counts", {
              rows: stage.preview.rowCount,
              valid: stage.preview.validRowCount,
              errors: stage.preview.errors.length,
            })}
          </p>
          {stage.preview.errors.length > 0 ? (
            <>
              <Alert variant="error">{t("importPage.hasErrors")}</Alert>
              <DataTable labelledBy={errorsId}>
                <thead>
                  <tr>
                    <th scope="col">{t("importPage.row")}</th>
                    <th scope="col">{t("importPage.column")}</th>
                    <th scope="col">{t("importPage.message")}</th>
                  </tr>
                </thead>
                <tbody>
                  {stage.preview.errors.map((error, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id; the list never reorders.
                    <tr key={index}>
                      <td data-title={t("importPage.row")}>
                        {error.row === 0 ? t("importPage.wholeFile") : error.row}
                      </td>
                      <td data-title={t("importPage.column")}>
                        {error.column ? <code>{error.column}</code> : "–"}
                      </td>
                      <td data-title={t("importPage.message")}>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          ) : stage.preview.rowCount === 0 ? (
            <Alert variant="info">{t("importPage.noRows")}</Alert>
          ) : (
            <Alert variant="success">{t("importPage.ready", { count: stage.preview.validRowCount })}</Alert>
          )}
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={stage.preview.errors.length > 0 || stage.preview.rowCount === 0}
              onClick={() => void runImport(stage.preview)}
            >
              {t("importPage.import")}
            </button>
          </p>
        </section>
      ) : null}

      {stage.kind === "imported" ? (
        <Alert variant="success" heading={t("importPage.doneHeading")} focus>
          <p>{t("importPage.done", { count: stage.count })}</p>
          <p>
            <Link to="/companies">{t("importPage.toList")}</Link>
          </p>
        </Alert>
      ) : null}
    </>
  );
}
