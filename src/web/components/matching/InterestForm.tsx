import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../Alert";
import { TextAreaField } from "../Field";
import { type ProblemMessages, problemFieldErrors, problemMessage } from "../problems";

export const INTEREST_MESSAGE_MAX = 1000;

interface InterestFormProps {
  /** Unique on the page: the ids of the button and the message field derive from it. */
  id: string;
  /** The button that opens the form ("Jeg er interesseret"). */
  openLabel: string;
  /** What the button is about, for screen readers (the opening's title, the young person's name). */
  about: string;
  messageLabel: string;
  messageHint: string;
  sendLabel: string;
  /** Sends the interest; rejects with the API's problem. */
  onSend: (message: string) => Promise<void>;
  problems?: ProblemMessages;
}

/**
 * Marks interest, with an optional short message: one big button that opens a small form in place,
 * so it works with one thumb. Focus moves into the form and back to the button when it closes.
 */
export function InterestForm(props: InterestFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const buttonId = `${props.id}-open`;
  const fieldId = `${props.id}-message`;

  function close(): void {
    setOpen(false);
    setError(null);
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  }

  async function send(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSend(message.trim());
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        id={buttonId}
        className="button button-primary nx-big-button"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
        }}
      >
        {props.openLabel}
        <span className="sr-only">: {props.about}</span>
      </button>
    );
  }

  const fieldErrors = problemFieldErrors(error, t, { message: fieldId });
  return (
    <form
      className="nx-interest-form"
      onSubmit={(event) => void send(event)}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      aria-label={`${props.openLabel}: ${props.about}`}
    >
      {error && !fieldErrors[fieldId] ? (
        <Alert variant="error">{problemMessage(error, t, props.problems)}</Alert>
      ) : null}
      <TextAreaField
        id={fieldId}
        label={props.messageLabel}
        hint={props.messageHint}
        value={message}
        onChange={setMessage}
        maxLength={INTEREST_MESSAGE_MAX}
        rows={3}
        error={fieldErrors[fieldId]}
      />
      <div className="nx-button-row nx-stack-on-phone">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.sending") : props.sendLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
