import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t("common.errorPrefix")}</span>
          {error}
        </span>
      ) : null}
      {children(describedBy || undefined)}
    </div>
  );
}

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "date" | "datetime-local" | "tel" | "number";
  autoComplete?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric" | "email" | "tel";
  min?: number | string;
  max?: number;
  /** Extra classes on the input, e.g. a dkfds input-width class. */
  inputClassName?: string;
}

export function TextField(props: TextFieldProps) {
  const {
    id,
    value,
    onChange,
    type = "text",
    autoComplete,
    error,
    required = true,
    maxLength,
    inputMode,
    min,
    max,
    inputClassName,
  } = props;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          className={inputClassName ? `form-input ${inputClassName}` : "form-input"}
          type={type}
          min={min}
          max={max}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          required={required}
          maxLength={maxLength}
          inputMode={inputMode}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  hint?: string;
  error?: string;
  required?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { id, value, onChange, options, error, required = true } = props;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          className="form-select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  maxLength?: number;
  rows?: number;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { id, value, onChange, error, maxLength, rows = 5 } = props;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={id}
          className="form-input nx-textarea"
          value={value}
          rows={rows}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

interface ChoiceGroupShellProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** A fieldset whose legend names a group of checkboxes or radio buttons; hint and error belong to the group. */
function ChoiceGroupShell({ id, legend, hint, error, children }: ChoiceGroupShellProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <fieldset id={id} aria-describedby={describedBy || undefined} tabIndex={-1} className="nx-fieldset">
        <legend className="form-label">{legend}</legend>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? (
          <span className="form-error-message" id={`${id}-error`}>
            <span className="sr-only">{t("common.errorPrefix")}</span>
            {error}
          </span>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}

export interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: SelectOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string;
  error?: string;
}

export function CheckboxGroup(props: CheckboxGroupProps) {
  const { id, options, values, onChange } = props;
  function toggle(value: string, checked: boolean): void {
    const next = checked ? [...values, value] : values.filter((candidate) => candidate !== value);
    // Keep the order of the options, so saving twice sends the same list.
    onChange(options.map((option) => option.value).filter((candidate) => next.includes(candidate)));
  }
  return (
    <ChoiceGroupShell id={id} legend={props.legend} hint={props.hint} error={props.error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="form-group-checkbox" key={option.value}>
            <input
              id={optionId}
              type="checkbox"
              className="form-checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={optionId} className="form-label">
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceGroupShell>
  );
}

export interface RadioGroupProps {
  id: string;
  legend: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

export function RadioGroup(props: RadioGroupProps) {
  const { id, options, value, onChange } = props;
  return (
    <ChoiceGroupShell id={id} legend={props.legend} hint={props.hint} error={props.error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value || "none"}`;
        return (
          <div className="form-group-radio" key={option.value}>
            <input
              id={optionId}
              type="radio"
              name={id}
              className="form-radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={optionId} className="form-label">
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceGroupShell>
  );
}
