import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { users as usersApi } from "../../api/endpoints";
import type { Role, User } from "../../api/types";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { ConfirmPanel } from "../../components/ConfirmPanel";
import { DataTable } from "../../components/DataTable";
import { SelectField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 50;

interface UsersSectionProps {
  /** Roles offered in the filter. */
  filterRoles: readonly Role[];
  showMunicipality: boolean;
  /** Changes when the list must reload from the start, e.g. after an invitation. */
  version: number;
}

export function UsersSection({ filterRoles, showMunicipality, version }: UsersSectionProps) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const [roleFilter, setRoleFilter] = useState<Role | "">("");
  const [pending, setPending] = useState<User | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ variant: "success" | "error"; text: string } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  const fetchPage = useCallback(
    (cursor: string | null) => usersApi.list({ role: roleFilter || null, limit: PAGE_SIZE, cursor }),
    [roleFilter, version],
  );
  const list = useCursorList(fetchPage);

  function chooseRole(value: string): void {
    const role = filterRoles.find((candidate) => candidate === value);
    setRoleFilter(role ?? "");
  }

  function cancel(): void {
    const id = pending?.id;
    setPending(null);
    if (id) document.getElementById(`disable-${id}`)?.focus();
  }

  async function confirmDisable(user: User): Promise<void> {
    setBusy(true);
    try {
      const disabled = await usersApi.disable(user.id);
      list.replaceItem(disabled, (candidate) => candidate.id === disabled.id);
      setOutcome({ variant: "success", text: t("users.disabled", { name: user.displayName }) });
    } catch (error) {
      setOutcome({ variant: "error", text: problemMessage(error, t) });
    } finally {
      setBusy(false);
      setPending(null);
      document.getElementById(`${headingId}-outcome`)?.focus();
    }
  }

  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("users.heading")}</h2>
      <div className="nx-filter">
        <SelectField
          id="role-filter"
          label={t("users.roleFilter")}
          value={roleFilter}
          onChange={chooseRole}
          required={false}
          options={[
            { value: "", label: t("users.allRoles") },
            ...filterRoles.map((role) => ({ value: role, label: t(`roles.${role}`) })),
          ]}
        />
      </div>
      <div id={`${headingId}-outcome`} tabIndex={-1} className="nx-outcome">
        {outcome ? <Alert variant={outcome.variant}>{outcome.text}</Alert> : null}
      </div>
      {list.loading ? <Loading text={t("users.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p>{t("users.empty")}</p> : null}
      {list.items.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("fields.displayName")}</th>
              <th scope="col">{t("fields.email")}</th>
              <th scope="col">{t("fields.role")}</th>
              {showMunicipality ? <th scope="col">{t("fields.municipality")}</th> : null}
              <th scope="col">{t("fields.status")}</th>
              <th scope="col">
                <span className="sr-only">{t("users.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((user) => (
              <tr key={user.id}>
                <td data-title={t("fields.displayName")}>{user.displayName}</td>
                <td data-title={t("fields.email")} className="nx-break">
                  {user.email}
                </td>
                <td data-title={t("fields.role")}>{t(`roles.${user.role}`)}</td>
                {showMunicipality ? (
                  <td data-title={t("fields.municipality")}>{user.municipality?.name ?? "–"}</td>
                ) : null}
                <td data-title={t("fields.status")}>{t(`userStatus.${user.status}`)}</td>
                <td>
                  {user.status !== "disabled" && user.id !== me.id ? (
                    <button
                      type="button"
                      id={`disable-${user.id}`}
                      className="button button-secondary nx-nowrap"
                      onClick={() => {
                        setOutcome(null);
                        setPending(user);
                      }}
                    >
                      {t("users.disable")}
                      <span className="sr-only"> {user.displayName}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {pending ? (
        <ConfirmPanel
          heading={t("users.confirmHeading", { name: pending.displayName })}
          confirmLabel={t("users.confirmDisable")}
          cancelLabel={t("common.cancel")}
          onConfirm={() => void confirmDisable(pending)}
          onCancel={cancel}
          busy={busy}
        >
          <p>{t("users.confirmText", { name: pending.displayName, email: pending.email })}</p>
        </ConfirmPanel>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("users.loadMore")} />
      ) : null}
    </section>
  );
}
