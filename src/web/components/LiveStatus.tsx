/**
 * A polite live region that is always in the page, so screen readers announce each new text.
 * Hidden by default, for changes whose visible result is elsewhere (an item hidden, a message
 * sent); `visible` shows it too, for a saved-state message everyone should see, without a hidden
 * twin beside a visible copy.
 */
export function LiveStatus({ text, visible = false }: { text: string; visible?: boolean }) {
  const className = !visible
    ? "sr-only"
    : text
      ? "nx-visible-status"
      : "nx-visible-status nx-visible-status-empty";
  return (
    <p className={className} role="status">
      {text}
    </p>
  );
}
