/**
 * Logout: deletes the server-side session, expires the cookie and tells the browser to drop this
 * site's cookies and storage (`Clear-Site-Data`). Only POST logs out; GET shows the button.
 */
import { redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { authCookie, sessionToken } from "../server/auth/guard.server";
import { deleteSession } from "../server/auth/sessions.server";
import { Button } from "../ui/kern/Button";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [{ title: pageTitle("Abmelden") }];

export async function action({ request, context }: ActionFunctionArgs) {
  const token = await sessionToken(request, context);
  if (token) await deleteSession(context.services.db.prisma, token);
  const headers = new Headers();
  headers.append("Set-Cookie", await authCookie(context).serialize("", { maxAge: 0, expires: new Date(0) }));
  headers.append("Clear-Site-Data", '"cookies", "storage"');
  return redirect("/anmelden?abgemeldet=1", { status: 303, headers });
}

export default function Logout() {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Abmelden</h1>
      <p className="kern-body">Mit „Abmelden“ beenden Sie Ihre Sitzung auf diesem Gerät.</p>
      <Form method="post">
        <Button>Abmelden</Button>
      </Form>
    </div>
  );
}
