import spriteUrl from "@dkfds/img/all-svg-icons.svg";

/** A dkfds icon from the bundled sprite; decorative unless a label is given. */
export function Icon({ name, label, className }: { name: string; label?: string; className?: string }) {
  const classes = className ? `icon-svg ${className}` : "icon-svg";
  if (label) {
    return (
      <svg className={classes} focusable="false" role="img" aria-label={label}>
        <use href={`${spriteUrl}#${name}`} />
      </svg>
    );
  }
  return (
    <svg className={classes} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
