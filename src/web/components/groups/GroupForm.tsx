import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Group, GroupInput } from "../../api/groups";
import { useMe } from "../../auth/session";
import { copenhagenToday } from "../copenhagenTime";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { CheckboxGroup, SelectField, TextField } from "../Field";
import { problemFieldErrors, problemMessage } from "../problems";
import { useColleagues } from "../useColleagues";
import { WEEKDAYS, weekdayName } from "./labels";

const FIELDS = {
  name: "group-name",
  facilitatorUserIds: "group-facilitators",
  weekday: "group-weekday",
  startTime: "group-start-time",
  durationMinutes: "group-duration",
  place: "group-place",
  videoLink: "group-video-link",
  startsOn: "group-starts-on",
  status: "group-status",
} as const;
const ORDER = Object.values(FIELDS);

/**
 * Create a group or change one: its name, facilitators and weekly slot. Without `group` it creates
 * (and asks for the first date); with it, it edits.
 */
export function GroupForm({
  group,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  group?: Group;
  submitLabel: string;
  onSubmit: (input: GroupInput & { status: "active" | "closed" }) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const colleagues = useColleagues();
  const [name, setName] = useState(group?.name ?? "");
  const [facilitators, setFacilitators] = useState<string[]>(
    group ? group.facilitators.map((f) => f.userId) : [me.id],
  );
  const [weekday, setWeekday] = useState(String(group?.weekday ?? 2));
  const [startTime, setStartTime] = useState(group?.startTime ?? "16:00");
  const [duration, setDuration] = useState(String(group?.durationMinutes ?? 90));
  const [place, setPlace] = useState(group?.place ?? "");
  const [videoLink, setVideoLink] = useState(group?.videoLink ?? "");
  const [startsOn, setStartsOn] = useState(group?.startsOn ?? copenhagenToday());
  const [status, setStatus] = useState<"active" | "closed">(group?.status ?? "active");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  // Colleagues load after the form shows; keep whoever is chosen even if not (yet) in the list.
  const options = [
    ...colleagues.map((c) => ({ value: c.id, label: c.displayName })),
    ...(group?.facilitators ?? [])
      .filter((f) => !colleagues.some((c) => c.id === f.userId))
      .map((f) => ({ value: f.userId, label: f.displayName })),
  ];
  if (!options.some((o) => o.value === me.id)) options.unshift({ value: me.id, label: me.displayName });

  function localErrors(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!name.trim()) found[FIELDS.name] = t("groups.form.errors.name");
    if (facilitators.length === 0) found[FIELDS.facilitatorUserIds] = t("groups.form.errors.facilitators");
    if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(startTime))
      found[FIELDS.startTime] = t("groups.form.errors.startTime");
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480)
      found[FIELDS.durationMinutes] = t("groups.form.errors.duration");
    if (!place.trim() && !videoLink.trim()) found[FIELDS.place] = t("groups.form.errors.placeOrLink");
    if (!group && !startsOn) found[FIELDS.startsOn] = t("groups.form.errors.startsOn");
    return found;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found = localErrors();
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        facilitatorUserIds: facilitators,
        weekday: Number(weekday),
        startTime,
        durationMinutes: Number(duration),
        place: place.trim() || null,
        videoLink: videoLink.trim() || null,
        startsOn,
        status,
      });
    } catch (error) {
      setErrors(
        problemFieldErrors(error, t, FIELDS, { validation: { place: t("groups.form.errors.placeOrLink") } }),
      );
      setMessage(problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary message={message} items={summaryItems(errors, ORDER)} />
      <TextField
        id={FIELDS.name}
        label={t("groups.form.name")}
        value={name}
        onChange={setName}
        maxLength={120}
        error={errors[FIELDS.name]}
      />
      <CheckboxGroup
        id={FIELDS.facilitatorUserIds}
        legend={t("groups.form.facilitators")}
        hint={t("groups.form.facilitatorsHint")}
        options={options}
        values={facilitators}
        onChange={setFacilitators}
        error={errors[FIELDS.facilitatorUserIds]}
      />
      <SelectField
        id={FIELDS.weekday}
        label={t("groups.form.weekday")}
        value={weekday}
        onChange={setWeekday}
        options={WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, i18n.language) }))}
        error={errors[FIELDS.weekday]}
      />
      <TextField
        id={FIELDS.startTime}
        label={t("groups.form.startTime")}
        hint={t("groups.form.startTimeHint")}
        value={startTime}
        onChange={setStartTime}
        maxLength={5}
        inputClassName="input-width-xs"
        error={errors[FIELDS.startTime]}
      />
      <TextField
        id={FIELDS.durationMinutes}
        label={t("groups.form.duration")}
        value={duration}
        onChange={setDuration}
        type="number"
        inputMode="numeric"
        min={15}
        max={480}
        inputClassName="input-width-xs"
        error={errors[FIELDS.durationMinutes]}
      />
      <TextField
        id={FIELDS.place}
        label={t("groups.form.place")}
        hint={t("groups.form.placeHint")}
        value={place}
        onChange={setPlace}
        required={false}
        maxLength={300}
        error={errors[FIELDS.place]}
      />
      <TextField
        id={FIELDS.videoLink}
        label={t("groups.form.videoLink")}
        hint={t("groups.form.videoLinkHint")}
        value={videoLink}
        onChange={setVideoLink}
        required={false}
        maxLength={500}
        error={errors[FIELDS.videoLink]}
      />
      {group ? (
        <SelectField
          id={FIELDS.status}
          label={t("groups.form.status")}
          hint={t("groups.form.statusHint")}
          value={status}
          onChange={(value) => setStatus(value === "closed" ? "closed" : "active")}
          options={[
            { value: "active", label: t("groups.status.active") },
            { value: "closed", label: t("groups.status.closed") },
          ]}
          error={errors[FIELDS.status]}
        />
      ) : (
        <TextField
          id={FIELDS.startsOn}
          label={t("groups.form.startsOn")}
          type="date"
          value={startsOn}
          onChange={setStartsOn}
          error={errors[FIELDS.startsOn]}
        />
      )}
      <div className="nx-button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t("groups.common.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
