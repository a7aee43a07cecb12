/**
 * A KERN button. Buttons submit forms by default; the one main action of a page is "primary",
 * others "secondary" or "tertiary" (looks like a link). Never disabled as the only hint that
 * something is missing: validation explains it instead.
 */
import type { ReactNode, Ref } from "react";

export type ButtonProps = {
  children: ReactNode;
  variant?: "primary" | "secondary" | "tertiary";
  type?: "submit" | "button";
  /** A KERN icon name shown before the label, e.g. "delete" or "arrow-forward". */
  icon?: string;
  onClick?: () => void;
  /** Which button submitted the form (`name=value` is posted with it), e.g. "Zeile hinzufügen". */
  name?: string;
  value?: string;
  /** Only for the control that should take the focus when a page shows again after a form action. */
  autoFocus?: boolean;
  /** For focus management by a live component (e.g. the video call moving focus to "Auflegen"). */
  buttonRef?: Ref<HTMLButtonElement>;
};

export function Button({ children, variant = "primary", type = "submit", icon, onClick, name, value, autoFocus, buttonRef }: ButtonProps) {
  return (
    <button ref={buttonRef} type={type} className={`kern-btn kern-btn--${variant}`} onClick={onClick} name={name} value={value} autoFocus={autoFocus}>
      {icon ? <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" /> : null}
      <span className="kern-label">{children}</span>
    </button>
  );
}
