import { expect } from "@playwright/test";

/** The security headers every HTML response must carry (issue: platform foundation, point 8). */
export function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `CSP on ${where}`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp, `${directive} on ${where}`).toContain(directive);
  }
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["x-request-id"], where).toBeTruthy();
}
