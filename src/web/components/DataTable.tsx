import type { ReactNode } from "react";

/**
 * A dkfds table in a horizontally scrollable, keyboard-focusable region named by the section heading,
 * so wide tables stay usable at 360 px.
 */
export function DataTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table--responsive-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="table table--zebra table--compact">{children}</table>
    </section>
  );
}
