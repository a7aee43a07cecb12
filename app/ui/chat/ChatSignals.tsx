/** The dashboard tile of the online counselling: waiting conversations and unread messages as KERN badges, in words. */
import { Link } from "@remix-run/react";
import { Badge } from "../kern/Badge";

export function ChatSignals({ wartend, ungelesen }: { wartend: number; ungelesen: number }) {
  return (
    <section aria-labelledby="gespraeche-titel">
      <h2 className="kern-heading-medium" id="gespraeche-titel">Online-Beratung</h2>
      <p className="kern-body">
        {ungelesen > 0 ? <Badge kind="warning">{ungelesen === 1 ? "1 neue Nachricht" : `${ungelesen} neue Nachrichten`}</Badge> : <Badge kind="success">Keine neuen Nachrichten</Badge>}{" "}
        {wartend > 0 ? <Badge kind="info">{wartend === 1 ? "1 Gespräch wartet" : `${wartend} Gespräche warten`}</Badge> : null}
      </p>
      <p className="kern-body">
        <Link className="kern-link" to="/verwaltung/gespraeche">Zu den Gesprächen</Link>
      </p>
    </section>
  );
}
