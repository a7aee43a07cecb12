/** GET /termine/verwalten/{token}/kalender: the booking as an iCalendar file (RFC 5545). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { findByToken } from "../server/booking/booking.server";
import { icsCalendar, sequenceOf } from "../server/booking/ics.server";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const { prisma } = context.services.db;
  const termin = await findByToken(prisma, params.token ?? "");
  if (!termin || termin.status === "storniert") throw new Response("Nicht gefunden", { status: 404 });
  const stelle = await prisma.beratungsstelle.findUnique({ where: { id: termin.beratungsstelleId }, select: { name: true, strasse: true, plz: true, ort: true } });
  const location = stelle?.strasse ? `${stelle.name}, ${stelle.strasse}, ${stelle.plz} ${stelle.ort}` : stelle?.name;
  const text = icsCalendar(
    [{ uid: termin.id, start: termin.beginn, ende: termin.ende, art: termin.art, summary: `Beratungstermin ${termin.buchungscode}`, location, description: `Buchungscode ${termin.buchungscode}`, sequence: sequenceOf(termin) }],
    new Date(),
  );
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="termin-${termin.buchungscode}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
