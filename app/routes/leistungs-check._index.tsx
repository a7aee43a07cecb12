/** Start of the Leistungs-Check: what it does, what happens with the answers, and where to begin or continue. */
import "../ui/check/check.css";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { firstIncompleteStep, firstStepId } from "../domain/benefits/questionnaire/flow";
import { loadCheck } from "../server/check-session.server";
import { DeleteAnswers } from "../ui/check/DeleteAnswers";
import { Alert } from "../ui/kern/Alert";
import { ButtonLink } from "../ui/kern/ButtonLink";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Leistungs-Check") },
  { name: "description", content: "Finden Sie in wenigen Schritten heraus, welche Sozialleistungen für Sie in Frage kommen und wie viel es ungefähr sein kann." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { env, answers } = await loadCheck(request, context.services.checkSessions);
  const { sessions } = context.services;
  const appSession = await sessions.getSession(request.headers.get("Cookie"));
  const flash = appSession.get("flash") ?? null;
  const started = Object.keys(answers).length > 0;
  const open = firstIncompleteStep(answers, env);
  return data(
    {
      flash,
      started,
      continueUrl: open ? `/leistungs-check/${open.step.id}` : "/leistungs-check/zusammenfassung",
      startUrl: `/leistungs-check/${firstStepId()}`,
    },
    flash ? { headers: { "Set-Cookie": await sessions.commitSession(appSession) } } : undefined,
  );
}

export default function CheckStart() {
  const { flash, started, continueUrl, startUrl } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page sp-check">
      {flash ? <Alert kind={flash.kind} title={flash.text} /> : null}
      <h1 className="kern-heading-large">Leistungs-Check</h1>
      <p className="kern-body kern-body--large">
        Finden Sie heraus, welche Sozialleistungen für Sie in Frage kommen – zum Beispiel Wohngeld, Kinderzuschlag oder
        Grundsicherung – und wie viel es ungefähr sein kann.
      </p>
      <ul className="kern-list kern-list--bullet">
        <li>Sie beantworten Fragen in etwa fünf kurzen Schritten. Das dauert meist weniger als 10 Minuten.</li>
        <li>Wir fragen nur, was für Ihre Lage wichtig ist. Zu jeder Frage gibt es eine Erklärung.</li>
        <li>Sie brauchen kein Konto und keinen Namen.</li>
        <li>
          Ihre Antworten bleiben nur in Ihrem Browser gespeichert, höchstens 24 Stunden. Sie können sie jederzeit löschen.
        </li>
      </ul>
      <p className="kern-body">
        Am Ende sehen Sie für jede Leistung eine Einschätzung mit Gründen, einem geschätzten Betrag und den nächsten
        Schritten. Das Ergebnis ist unverbindlich: Entscheiden kann nur die zuständige Stelle.
      </p>
      <div className="sp-check-actions">
        {started ? (
          <ButtonLink to={continueUrl}>Mit Ihren Angaben weitermachen</ButtonLink>
        ) : (
          <ButtonLink to={startUrl}>Leistungs-Check starten</ButtonLink>
        )}
      </div>
      {started ? <DeleteAnswers /> : null}
    </div>
  );
}
