/** Dashboard of the management area: who is logged in with which roles. Sections add their tiles. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { localDateInBerlin } from "../domain/shared/dates";
import { requireStaff } from "../server/auth/guard.server";
import { membershipLabels } from "../server/auth/memberships.server";
import { countDueCentres } from "../server/counselling/centre-editing.server";
import { canSomewhere } from "../ui/accounts/verwaltung-navigation";
import { pageTitle } from "../ui/meta";
import { DueCentres } from "../ui/verwaltung/DueCentres";

export const meta: MetaFunction = () => [{ title: pageTitle("Übersicht – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const { prisma } = context.services.db;
  const editsCentres = canSomewhere(actor, "beratungsstelle.bearbeiten");
  return {
    rollen: await membershipLabels(prisma, actor.memberships),
    faelligeStellen: editsCentres ? await countDueCentres(prisma, actor, localDateInBerlin(new Date())) : null,
  };
}

export default function VerwaltungDashboard() {
  const { rollen, faelligeStellen } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Verwaltung</h1>
      <h2 className="kern-heading-medium">Ihre Rollen</h2>
      <ul className="kern-list">
        {rollen.map((rolle) => (
          <li key={rolle}>{rolle}</li>
        ))}
      </ul>
      {faelligeStellen !== null ? <DueCentres count={faelligeStellen} /> : null}
    </>
  );
}
