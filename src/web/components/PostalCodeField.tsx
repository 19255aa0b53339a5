import { useTranslation } from "react-i18next";
import { TextField } from "./Field";
import { useTownName } from "./useReference";

/**
 * A postal code input that names the town as it is typed, and warns (without blocking) when the
 * code is unknown: before the official postal codes are imported the server cannot check them.
 */
export function PostalCodeField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const lookup = useTownName(props.value);
  return (
    <>
      <TextField
        id={props.id}
        inputMode="numeric"
        label={props.label}
        hint={props.hint}
        autoComplete="off"
        required={props.required}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        maxLength={4}
        inputClassName="input-width-xs"
      />
      <p className="nx-postal-town" id={`${props.id}-town`} aria-live="polite">
        {lookup.status === "found" ? lookup.town : null}
        {lookup.status === "unknown" ? t("postalCode.unknown") : null}
      </p>
    </>
  );
}
