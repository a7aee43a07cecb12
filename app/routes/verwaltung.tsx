/**
 * The management area's frame: every page below /verwaltung needs a staff login with second
 * factor (the loader here runs for each of them; their own loaders and actions still call
 * requireStaff and assertCan, because Remix runs child actions without this loader). The
 * navigation shows what the account's roles may use (app/ui/accounts/verwaltung-navigation.ts).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireStaff } from "../server/auth/guard.server";
import { verwaltungNavigation } from "../ui/accounts/verwaltung-navigation";
import { Button } from "../ui/kern/Button";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  return { anzeigename: actor.anzeigename, navigation: verwaltungNavigation(actor) };
}

export default function VerwaltungLayout() {
  const { anzeigename, navigation } = useLoaderData<typeof loader>();
  return (
    <div className="kern-container sp-page sp-verwaltung">
      <div className="sp-verwaltung-kopf">
        <p className="kern-body">
          Angemeldet als <strong>{anzeigename}</strong>
        </p>
        <Form method="post" action="/abmelden">
          <Button variant="secondary">Abmelden</Button>
        </Form>
      </div>
      <nav aria-label="Verwaltung">
        <ul className="kern-list sp-verwaltung-nav">
          {navigation.map((item) => (
            <li key={item.to}>
              <NavLink className="kern-link" to={item.to} end={item.to === "/verwaltung"}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
