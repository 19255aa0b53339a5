import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  NETWORK_MEETING_ANSWERS,
  type NetworkMeeting,
  type NetworkMeetingAnswer,
  networkMeetings,
} from "../../api/networkMeetings";
import { Alert } from "../Alert";
import { problemMessage } from "../problems";
import "./network-meetings.css";

interface AnswerButtonsProps {
  meeting: NetworkMeeting;
  onAnswered: (meeting: NetworkMeeting) => void;
}

/**
 * Ja / Nej / Måske for a company contact. The chosen one is pressed (aria-pressed), and a status line
 * says it is saved, so a screen reader hears the change. Once the meeting has started the answer can
 * no longer change, and only the answer given is shown.
 */
export function AnswerButtons({ meeting, onAnswered }: AnswerButtonsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [busy, setBusy] = useState<NetworkMeetingAnswer | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);

  // A cancelled meeting's notice says all there is; no answer is asked for or worth repeating.
  if (meeting.status === "cancelled") return null;
  if (meeting.past) {
    return (
      <p>
        {meeting.myAnswer
          ? t("networkMeetings.answer.given", { answer: t(`networkMeetings.answer.${meeting.myAnswer}`) })
          : t("networkMeetings.answer.none")}
      </p>
    );
  }

  async function answer(choice: NetworkMeetingAnswer): Promise<void> {
    setBusy(choice);
    setError(null);
    setStatus("");
    try {
      const saved = await networkMeetings.answer(meeting.id, choice);
      onAnswered(saved);
      setStatus(t("networkMeetings.answer.saved", { answer: t(`networkMeetings.answer.${choice}`) }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div>
      <p id={labelId}>
        {meeting.myAnswer
          ? t("networkMeetings.answer.current", {
              title: meeting.title,
              answer: t(`networkMeetings.answer.${meeting.myAnswer}`),
            })
          : t("networkMeetings.answer.question", { title: meeting.title })}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar-like group of toggle buttons, not a fieldset of inputs. */}
      <div className="nx-answer-buttons" role="group" aria-labelledby={labelId}>
        {NETWORK_MEETING_ANSWERS.map((choice) => {
          const pressed = meeting.myAnswer === choice;
          return (
            <button
              key={choice}
              type="button"
              className={pressed ? "button button-primary" : "button button-secondary"}
              aria-pressed={pressed}
              disabled={busy !== null}
              onClick={() => void answer(choice)}
            >
              {pressed ? <span aria-hidden="true">✓ </span> : null}
              {busy === choice ? t("common.saving") : t(`networkMeetings.answer.${choice}`)}
            </button>
          );
        })}
      </div>
      {/* Always in the page, so the saved answer is announced when the text arrives. */}
      <p role="status">{status}</p>
      {error ? (
        <Alert variant="error">
          {problemMessage(error, t, { conflict: t("networkMeetings.answer.conflict") })}
        </Alert>
      ) : null}
    </div>
  );
}
