/**
 * A polite live region that is always in the page and also shown: the saved-state message is read
 * out once and seen by everyone, instead of a hidden twin next to a visible copy.
 */
export function VisibleStatus({ text }: { text: string }) {
  return (
    <p role="status" className={text ? "nx-visible-status" : "nx-visible-status nx-visible-status-empty"}>
      {text}
    </p>
  );
}
