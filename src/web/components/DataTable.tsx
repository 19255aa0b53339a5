import type { ReactNode } from "react";

/**
 * A dkfds table that stacks each row under small screens (give every td a data-title with its column
 * name) inside a horizontally scrollable, keyboard-focusable region named by the section heading.
 */
export function DataTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table--responsive-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="table table--zebra table--compact table--responsive-headers">{children}</table>
    </section>
  );
}
