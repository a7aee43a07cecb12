/** Dashboard of the management area: who is logged in with which roles. Sections add their tiles. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { can } from "../domain/accounts/permissions";
import { requireStaff } from "../server/auth/guard.server";
import { membershipLabels } from "../server/auth/memberships.server";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Übersicht – Verwaltung") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  const { prisma } = context.services.db;
  const postausgang = can(actor, "postausgang.lesen") ? { wartend: await prisma.mailOutbox.count({ where: { gesendetAm: null, verworfenAm: null } }) } : null;
  return { rollen: await membershipLabels(prisma, actor.memberships), postausgang };
}

export default function VerwaltungDashboard() {
  const { rollen, postausgang } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="kern-heading-large">Verwaltung</h1>
      <h2 className="kern-heading-medium">Ihre Rollen</h2>
      <ul className="kern-list">
        {rollen.map((rolle) => (
          <li key={rolle}>{rolle}</li>
        ))}
      </ul>
      {postausgang ? (
        <>
          <h2 className="kern-heading-medium">Postausgang</h2>
          <p className="kern-body">
            <Link className="kern-link" to="/verwaltung/postausgang">
              Postausgang ansehen
            </Link>{" "}
            ({postausgang.wartend === 1 ? "1 Mail wartet" : `${postausgang.wartend} Mails warten`} auf Versand)
          </p>
        </>
      ) : null}
    </>
  );
}
