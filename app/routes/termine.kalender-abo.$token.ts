/**
 * GET /termine/kalender-abo/{token}: the private iCal feed of one calendar, for counsellors to
 * subscribe to in their calendar app (issue 6, point 4). The secret token is the only key; it is
 * issued and revoked in /verwaltung/termine. Events carry no names, contacts or concerns.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeed } from "../server/booking/agenda.server";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const feed = await calendarFeed(context.services.db.prisma, params.token ?? "", new Date());
  if (feed === null) throw new Response("Nicht gefunden", { status: 404 });
  return new Response(feed, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
