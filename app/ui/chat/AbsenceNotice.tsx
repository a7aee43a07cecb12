/** The centre's chat absence note for help seekers (start page and conversation), as a KERN warning. */
import { absenceUntilText, type AbsenceNote } from "../../domain/chat/absence";
import { Alert } from "../kern/Alert";

export function AbsenceNotice({ note }: { note: AbsenceNote }) {
  const until = absenceUntilText(note);
  return (
    <Alert kind="warning" title="Hinweis der Beratungsstelle" live="off">
      <p className="kern-body sp-chat-abwesenheit">{note.text}</p>
      {until ? <p className="kern-body">{until}</p> : null}
    </Alert>
  );
}
