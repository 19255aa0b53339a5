import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import {
  type NetworkCompany,
  type NetworkMeetingDetail,
  type NetworkMeetingInput,
  networkMeetings,
} from "../../api/networkMeetings";
import { Alert } from "../Alert";
import { copenhagenToIso, isoToCopenhagen } from "../copenhagenTime";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from "../Field";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import { sameSet } from "./meetingChanges";

const FIELD_ORDER = [
  "nm-title",
  "nm-date",
  "nm-time",
  "nm-duration",
  "nm-place",
  "nm-host",
  "nm-agenda",
  "nm-invited",
] as const;

const API_FIELDS: Record<string, string> = {
  title: "nm-title",
  startsAt: "nm-date",
  durationMinutes: "nm-duration",
  place: "nm-place",
  hostCompanyId: "nm-host",
  agenda: "nm-agenda",
  invitedCompanyIds: "nm-invited",
};

const DEFAULT_DURATION = 120;

type InviteMode = "all" | "choose";

interface Draft {
  title: string;
  date: string;
  time: string;
  duration: string;
  place: string;
  hostCompanyId: string;
  agenda: string;
  inviteMode: InviteMode;
  invited: string[];
}

function draftOf(meeting: NetworkMeetingDetail | undefined): Draft {
  if (!meeting) {
    return {
      title: "",
      date: "",
      time: "",
      duration: String(DEFAULT_DURATION),
      place: "",
      hostCompanyId: "",
      agenda: "",
      inviteMode: "all",
      invited: [],
    };
  }
  const local = isoToCopenhagen(meeting.startsAt);
  return {
    title: meeting.title,
    date: local.date,
    time: local.time,
    duration: String(meeting.durationMinutes),
    place: meeting.place ?? "",
    hostCompanyId: meeting.host?.companyId ?? "",
    agenda: meeting.agenda ?? "",
    inviteMode: "choose",
    invited: meeting.invitations.map((invitation) => invitation.company.id),
  };
}

/** "10.00" is how Danes write a time; the form takes it as well as "10:00" and "1000". */
function normaliseTime(value: string): string {
  const match = /^\s*(\d{1,2})[.:]?(\d{2})\s*$/.exec(value);
  if (!match) return value.trim();
  return `${(match[1] ?? "").padStart(2, "0")}:${match[2] ?? ""}`;
}

/** Field errors of a problem keyed by form field; "invitedCompanyIds.3" belongs to the companies. */
function fieldErrorsOf(failure: unknown): Record<string, string> {
  if (!(failure instanceof ProblemError)) return {};
  const result: Record<string, string> = {};
  for (const problem of failure.errors) {
    const field = API_FIELDS[problem.path.split(/[./[]/)[0] ?? ""];
    if (field && !result[field]) result[field] = problem.message;
  }
  return result;
}

interface MeetingFormProps {
  /** Editing this meeting; absent: planning a new one. */
  initial?: NetworkMeetingDetail;
  submitLabel: string;
  onSubmit: (input: NetworkMeetingInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * Plan or change a network meeting: title, Copenhagen date and time, length, place and/or host company,
 * agenda, and which companies are invited (all by default). Checked here first, then by the server,
 * whose field errors land on the same fields.
 */
export function MeetingForm({ initial, submitLabel, onSubmit, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [companies, setCompanies] = useState<NetworkCompany[] | null>(null);
  const [companiesError, setCompaniesError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    networkMeetings.companies().then(
      (found) => {
        if (cancelled) return;
        setCompanies(found.items);
        // An edit whose invitations already hold every company starts on "all companies".
        setDraft((current) =>
          initial &&
          sameSet(
            current.invited,
            found.items.map((company) => company.id),
          )
            ? { ...current, inviteMode: "all" }
            : current,
        );
      },
      (failure: unknown) => {
        if (!cancelled) setCompaniesError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [initial]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!draft.title.trim()) found["nm-title"] = t("networkMeetings.form.errors.title");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) found["nm-date"] = t("networkMeetings.form.errors.date");
    if (!copenhagenToIso("2000-01-01", normaliseTime(draft.time))) {
      found["nm-time"] = t("networkMeetings.form.errors.time");
    } else if (!found["nm-date"] && !copenhagenToIso(draft.date, normaliseTime(draft.time))) {
      found["nm-date"] = t("networkMeetings.form.errors.date");
    }
    const duration = Number(draft.duration);
    if (!Number.isInteger(duration) || duration < 15 || duration > 600) {
      found["nm-duration"] = t("networkMeetings.form.errors.duration");
    }
    if (!draft.place.trim() && !draft.hostCompanyId) {
      found["nm-place"] = t("networkMeetings.form.errors.placeOrHost");
    }
    if (draft.inviteMode === "choose" && draft.invited.length === 0) {
      found["nm-invited"] = t("networkMeetings.form.errors.invited");
    }
    return found;
  }

  function inputOf(startsAt: string): NetworkMeetingInput {
    const input: NetworkMeetingInput = {
      title: draft.title.trim(),
      startsAt,
      durationMinutes: Number(draft.duration),
      place: draft.place.trim() || null,
      hostCompanyId: draft.hostCompanyId || null,
      agenda: draft.agenda.trim() || null,
    };
    if (draft.inviteMode === "choose") return { ...input, invitedCompanyIds: draft.invited };
    // A new meeting left on "all" lets the server invite every company; an edit names them.
    if (!initial) return input;
    return { ...input, invitedCompanyIds: (companies ?? []).map((company) => company.id) };
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    const startsAt = copenhagenToIso(draft.date, normaliseTime(draft.time));
    if (Object.keys(found).length > 0 || !startsAt) return;
    setBusy(true);
    try {
      await onSubmit(inputOf(startsAt));
    } catch (failure) {
      setErrors(fieldErrorsOf(failure));
      setMessage(problemMessage(failure, t, { conflict: t("networkMeetings.form.conflict") }));
    } finally {
      setBusy(false);
    }
  }

  if (companiesError) return <Alert variant="error">{problemMessage(companiesError, t)}</Alert>;
  if (!companies) return <Loading text={t("networkMeetings.form.loadingCompanies")} />;

  const companyOptions = companies.map((company) => ({ value: company.id, label: company.name }));
  return (
    <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary message={message} items={summaryItems(errors, FIELD_ORDER)} />
      <TextField
        id="nm-title"
        label={t("networkMeetings.form.title")}
        hint={t("networkMeetings.form.titleHint")}
        value={draft.title}
        onChange={(value) => set("title", value)}
        error={errors["nm-title"]}
        maxLength={120}
      />
      <TextField
        id="nm-date"
        label={t("networkMeetings.form.date")}
        type="date"
        value={draft.date}
        onChange={(value) => set("date", value)}
        error={errors["nm-date"]}
        inputClassName="input-width-s"
      />
      <TextField
        id="nm-time"
        label={t("networkMeetings.form.time")}
        hint={t("networkMeetings.form.timeHint")}
        value={draft.time}
        onChange={(value) => set("time", value)}
        error={errors["nm-time"]}
        inputMode="numeric"
        maxLength={5}
        inputClassName="input-width-xs"
      />
      <TextField
        id="nm-duration"
        label={t("networkMeetings.form.duration")}
        hint={t("networkMeetings.form.durationHint")}
        type="number"
        min={15}
        max={600}
        value={draft.duration}
        onChange={(value) => set("duration", value)}
        error={errors["nm-duration"]}
        inputMode="numeric"
        inputClassName="input-width-xs"
      />
      <TextField
        id="nm-place"
        label={t("networkMeetings.form.place")}
        hint={t("networkMeetings.form.placeHint")}
        value={draft.place}
        onChange={(value) => set("place", value)}
        error={errors["nm-place"]}
        maxLength={300}
        required={false}
      />
      <SelectField
        id="nm-host"
        label={t("networkMeetings.form.host")}
        hint={t("networkMeetings.form.hostHint")}
        value={draft.hostCompanyId}
        onChange={(value) => set("hostCompanyId", value)}
        options={[{ value: "", label: t("networkMeetings.form.noHost") }, ...companyOptions]}
        error={errors["nm-host"]}
        required={false}
      />
      <TextAreaField
        id="nm-agenda"
        label={t("networkMeetings.form.agenda")}
        hint={t("networkMeetings.form.agendaHint")}
        value={draft.agenda}
        onChange={(value) => set("agenda", value)}
        error={errors["nm-agenda"]}
        maxLength={4000}
        rows={6}
      />
      <RadioGroup
        id="nm-invite-mode"
        legend={t("networkMeetings.form.invite")}
        options={[
          { value: "all", label: t("networkMeetings.form.inviteAll", { count: companies.length }) },
          { value: "choose", label: t("networkMeetings.form.inviteChoose") },
        ]}
        value={draft.inviteMode}
        onChange={(value) => set("inviteMode", value === "choose" ? "choose" : "all")}
      />
      {draft.inviteMode === "choose" ? (
        companies.length === 0 ? (
          <p>{t("networkMeetings.form.noCompanies")}</p>
        ) : (
          <CheckboxGroup
            id="nm-invited"
            legend={t("networkMeetings.form.invited")}
            hint={initial ? t("networkMeetings.form.invitedEditHint") : undefined}
            options={companyOptions}
            values={draft.invited}
            onChange={(values) => set("invited", values)}
            error={errors["nm-invited"]}
          />
        )
      ) : null}
      <div className="nx-button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.saving") : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
