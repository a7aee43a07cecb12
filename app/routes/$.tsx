/** Every URL no other route claims: a real 404, rendered by the root error boundary. */
export async function loader() {
  throw new Response("Nicht gefunden", { status: 404 });
}

export default function NotFound() {
  return null;
}
