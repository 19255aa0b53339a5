import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { companies } from "../../api/endpoints";
import type { Company } from "../../api/types";
import { Alert } from "../Alert";
import { useTownNames } from "../useReference";
import { CompanyFacts } from "./CompanyFacts";
import { CompanyForm } from "./CompanyForm";

/**
 * A company's facts with an "edit" button that turns them into the form, for staff and for the
 * company's own contacts alike. `notice` is a message from the page before (e.g. "created").
 */
export function EditableCompany(props: {
  company: Company;
  onSaved: (company: Company) => void;
  savedMessage: string;
  notice?: string | null;
  /** Shown under the facts, e.g. who may change what. */
  note?: ReactNode;
}) {
  const { company, onSaved } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const town = useTownNames([company.postalCode]);

  return (
    <>
      {props.notice && !saved && !editing ? (
        <Alert variant="success" focus>
          {props.notice}
        </Alert>
      ) : null}
      {saved ? (
        <Alert variant="success" focus>
          {props.savedMessage}
        </Alert>
      ) : null}
      {editing ? (
        <section className="nx-section" aria-labelledby="company-edit-heading">
          <h2 id="company-edit-heading">{t("companyPage.editHeading")}</h2>
          <CompanyForm
            initial={company}
            submitLabel={t("companyPage.save")}
            onSubmit={async (profile) => {
              onSaved(await companies.update(company.id, profile));
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => {
              setEditing(false);
              editButton.current?.focus();
            }}
          />
        </section>
      ) : (
        <>
          <p>
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("companyPage.edit")}
            </button>
          </p>
          <CompanyFacts company={company} town={town} />
          {props.note}
        </>
      )}
    </>
  );
}
