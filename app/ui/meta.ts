export const SERVICE_NAME = "Sozialplattform";

/** "<page> – Sozialplattform": the page first, so tabs and screen readers say what is unique. */
export function pageTitle(page: string): string {
  return `${page} – ${SERVICE_NAME}`;
}
