/** Dashboard of the management area: who is logged in with which roles. Sections add their tiles. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireStaff } from "../server/auth/guard.server";
import { membershipLabels } from "../server/auth/memberships.server";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Übersicht – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  return { rollen: await membershipLabels(context.services.db.prisma, actor.memberships) };
}

export default function VerwaltungDashboard() {
  const { rollen } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Verwaltung</h1>
      <h2 className="kern-heading-medium">Ihre Rollen</h2>
      <ul className="kern-list">
        {rollen.map((rolle) => (
          <li key={rolle}>{rolle}</li>
        ))}
      </ul>
    </>
  );
}
