/**
 * /konto/daten: "Meine Daten herunterladen" (DSGVO Art. 15/20) – everything stored about the
 * logged-in help seeker's account as a JSON file. Never cached.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireHelpSeeker } from "../server/accounts/guard.server";
import { exportAccountData } from "../server/accounts/data-export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireHelpSeeker(request, context);
  const now = new Date();
  const exported = await exportAccountData(context.services.db.prisma, context.services.chat, actor.benutzerId, now);
  if (!exported) throw new Response("Nicht gefunden", { status: 404 });
  return new Response(`${JSON.stringify(exported, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="meine-daten-sozialplattform-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
