/** One mail of the outbox with its text (platform admins only). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { assertCan } from "../domain/accounts/permissions";
import { requireStaff } from "../server/auth/guard.server";
import { findOutboxMail } from "../server/mail/postausgang.server";
import { DescriptionList } from "../ui/kern/DescriptionList";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Mail im Postausgang – Verwaltung") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request, context);
  assertCan(actor, "postausgang.lesen");
  const mail = await findOutboxMail(context.services.db.prisma, params.id ?? "");
  if (!mail) throw new Response("Nicht gefunden", { status: 404 });
  return { mail };
}

export default function PostausgangMail() {
  const { mail } = useLoaderData<typeof loader>();
  const items = [
    { key: "an", term: "Empfänger", value: mail.an },
    { key: "anlass", term: "Anlass", value: mail.anlass },
    { key: "status", term: "Status", value: mail.status },
    { key: "erstellt", term: "Erstellt", value: mail.erstellt },
    { key: "sendenAb", term: "Nächster Versand frühestens", value: mail.sendenAb },
    { key: "gesendet", term: "Gesendet", value: mail.gesendet ?? "–" },
    ...(mail.verworfen ? [{ key: "verworfen", term: "Verworfen", value: mail.verworfen }] : []),
    { key: "versuche", term: "Versuche", value: String(mail.versuche) },
    ...(mail.letzterFehler ? [{ key: "fehler", term: "Letzter Fehler", value: mail.letzterFehler }] : []),
  ];
  return (
    <>
      <p className="kern-body">
        <Link className="kern-link" to="/verwaltung/postausgang">
          Zurück zum Postausgang
        </Link>
      </p>
      <h1 className="kern-heading-large">{mail.betreff}</h1>
      <DescriptionList items={items} />
      <h2 className="kern-heading-medium">Text</h2>
      {mail.text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="kern-body">
          {paragraph.split("\n").flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]))}
        </p>
      ))}
    </>
  );
}
