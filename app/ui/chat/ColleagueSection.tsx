/**
 * On the counsellor's conversation page: the colleagues the owner added, and for the owner the
 * forms to add one more counsellor of the same centre and to take one out again (plain POSTs,
 * work without JavaScript).
 */
import { Form } from "@remix-run/react";
import { Button } from "../kern/Button";
import { Select } from "../kern/Select";

type Colleague = { id: string; name: string };

export function ColleagueSection({ kollegen, hinzufuegbar, entfernbar }: { kollegen: readonly Colleague[]; hinzufuegbar: readonly Colleague[]; entfernbar: boolean }) {
  if (kollegen.length === 0 && hinzufuegbar.length === 0) return null;
  return (
    <section aria-labelledby="kollegen-titel">
      <h2 className="kern-heading-medium" id="kollegen-titel">Kolleginnen und Kollegen im Gespräch</h2>
      {kollegen.length > 0 ? (
        <ul className="kern-list">
          {kollegen.map((kollege) => (
            <li key={kollege.id}>
              {kollege.name}
              {entfernbar ? (
                <Form method="post" className="sp-inline-form">
                  <input type="hidden" name="aktion" value="kollege_entfernen" />
                  <input type="hidden" name="kollege_id" value={kollege.id} />
                  <Button variant="tertiary">
                    Aus dem Gespräch nehmen<span className="kern-sr-only"> ({kollege.name})</span>
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">Bisher führen Sie das Gespräch allein.</p>
      )}
      {hinzufuegbar.length > 0 ? (
        <Form method="post">
          <input type="hidden" name="aktion" value="kollege_hinzufuegen" />
          <Select
            id="kollege_id"
            label="Kollegin oder Kollegen hinzufügen"
            hint="Nur Beraterinnen, Berater und Stellenleitungen Ihrer Beratungsstelle. Sie lesen den ganzen Verlauf und können antworten."
            options={hinzufuegbar.map((k) => ({ value: k.id, label: k.name }))}
          />
          <div className="kern-btn-wrapper">
            <Button variant="secondary">Hinzufügen</Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
