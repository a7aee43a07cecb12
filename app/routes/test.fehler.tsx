import type { LoaderFunctionArgs } from "@remix-run/node";

/**
 * Lets the end-to-end suite see the 500 page exactly as users would. Exists only when
 * E2E_TEST_ROUTES=true; otherwise it answers 404 like any unknown address.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  if (!context.services.config.E2E_TEST_ROUTES) throw new Response("Nicht gefunden", { status: 404 });
  throw new Error("Absichtlicher Fehler für den Test der Fehlerseite");
}

export default function TestError() {
  return null;
}
