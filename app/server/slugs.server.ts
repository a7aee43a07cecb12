/**
 * URL slugs for centres (/beratungsstellen/<slug>): lower-case ASCII with hyphens, umlauts
 * spelt out ("Köln" → "koeln"), the place appended when the name does not contain it, and a
 * number appended when the slug is taken ("…-2"). Slugs never change once given, so links last.
 */
import { Prisma } from "./generated/prisma/client";
import type { Tx } from "./search-outbox.server";

const MAX_SLUG = 80;

export function slugify(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("de-DE")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

export function baseSlug(name: string, ort: string): string {
  const nameSlug = slugify(name);
  const ortSlug = slugify(ort);
  const base = ortSlug && !nameSlug.includes(ortSlug) ? slugify(`${name} ${ort}`) : nameSlug;
  return base || "beratungsstelle";
}

/** First free slug per entry, given the taken ones; entries of one call never share a slug. */
export function pickSlugs(bases: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  return bases.map((base) => {
    let slug = base;
    for (let number = 2; used.has(slug); number++) slug = `${base}-${number}`;
    used.add(slug);
    return slug;
  });
}

/** Unique slugs for new centres, checked against the database in one query. */
export async function allocateSlugs(tx: Tx, centres: ReadonlyArray<{ name: string; ort: string }>): Promise<string[]> {
  if (centres.length === 0) return [];
  const bases = centres.map((centre) => baseSlug(centre.name, centre.ort));
  const distinct = [...new Set(bases)];
  // Slugs hold only [a-z0-9-], so the bases need no LIKE escaping.
  const rows = await tx.$queryRaw<Array<{ slug: string }>>(
    Prisma.sql`SELECT slug FROM beratungsstelle WHERE slug = ANY(${distinct}::text[]) OR slug LIKE ANY(${distinct.map((base) => `${base}-%`)}::text[])`,
  );
  return pickSlugs(bases, rows.map((row) => row.slug));
}
