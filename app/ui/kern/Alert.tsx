import type { ReactNode } from "react";
import type { MessageKey } from "../../i18n/messages";
import { useContentMessages } from "../i18n";

export type AlertKind = "info" | "success" | "warning" | "danger";

/** The kind in words for screen readers, in the page content's language. */
const ICON_LABEL: Record<AlertKind, MessageKey> = {
  info: "kernInfo",
  success: "kernSuccess",
  warning: "kernWarning",
  danger: "kernDanger",
};

/**
 * KERN alert. `role="status"` for info/success so live updates are announced politely;
 * warnings and errors that appear after an action use `live="assertive"` (role="alert").
 */
export function Alert({
  kind,
  title,
  children,
  live = "polite",
}: {
  kind: AlertKind;
  title: string;
  children?: ReactNode;
  live?: "polite" | "assertive" | "off";
}) {
  const t = useContentMessages();
  const role = live === "assertive" ? "alert" : live === "polite" ? "status" : undefined;
  return (
    <div className={`kern-alert kern-alert--${kind}`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <span className="kern-sr-only">{t[ICON_LABEL[kind]]}: </span>
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
