/**
 * A polite live region that is always in the page, so screen readers announce each new text:
 * for changes whose visible result is elsewhere (an item hidden, a message sent).
 */
export function LiveStatus({ text }: { text: string }) {
  return (
    <p className="sr-only" role="status">
      {text}
    </p>
  );
}
