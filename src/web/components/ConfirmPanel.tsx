import { type ReactNode, useEffect, useId, useRef } from "react";

interface ConfirmPanelProps {
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/**
 * An explicit confirmation step shown in the page (no window.confirm). It takes focus when it opens;
 * Escape cancels. The caller returns focus to the control that opened it.
 */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section
      className="nx-confirm-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === "Escape") props.onCancel();
      }}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {props.heading}
      </h3>
      <div>{props.children}</div>
      <div className="nx-button-row">
        <button
          type="button"
          className="button button-warning"
          onClick={props.onConfirm}
          disabled={props.busy}
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={props.onCancel}
          disabled={props.busy}
        >
          {props.cancelLabel}
        </button>
      </div>
    </section>
  );
}
