/**
 * Saved Leistungs-Check results of a help seeker's account (table gespeichertes_ergebnis). The
 * answers are copied from the check cookie into the account only when the help seeker asks for
 * it; the estimate is stored as the facts and the Stichtag, so reopening shows the result as it
 * was computed then (the rules evaluate the facts on that date). Every read and delete is
 * limited to the owner: another account's id is "not found".
 */
import { CATALOG } from "../../domain/benefits/catalog";
import { evaluateAll } from "../../domain/benefits/engine";
import { parseFacts, type FactsInput } from "../../domain/benefits/facts";
import { toFactsInput } from "../../domain/benefits/questionnaire/to-facts";
import type { Answers } from "../../domain/benefits/questionnaire/types";
import type { BenefitResult } from "../../domain/benefits/types";
import { isLocalDate, type LocalDate } from "../../domain/shared/dates";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SavedResultSummary = { id: string; stichtag: LocalDate; gespeichertAm: Date; wahrscheinlich: string[] };

function toLocalDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

/** Evaluates the answers on the Stichtag; null when they do not (or no longer) give valid facts. */
export function evaluateAnswers(answers: Answers, stichtag: LocalDate): { fakten: FactsInput; results: BenefitResult[]; plz?: string } | null {
  const fakten = toFactsInput(answers, stichtag);
  const parsed = parseFacts(fakten, stichtag);
  if (!parsed.ok) return null;
  return { fakten, results: evaluateAll(parsed.household), plz: parsed.household.plz };
}

export async function saveResult(prisma: PrismaClient, input: { benutzerId: string; answers: Answers; stichtag: LocalDate; now: Date }): Promise<{ id: string } | null> {
  const evaluated = evaluateAnswers(input.answers, input.stichtag);
  if (!evaluated) return null;
  const wahrscheinlich = evaluated.results.filter((r) => r.einschaetzung === "wahrscheinlich").map((r) => CATALOG[r.leistung].titel);
  return prisma.gespeichertesErgebnis.create({
    data: {
      benutzerId: input.benutzerId,
      stichtag: new Date(`${input.stichtag}T00:00:00Z`),
      antworten: input.answers as Prisma.InputJsonValue,
      fakten: evaluated.fakten as Prisma.InputJsonValue,
      zusammenfassung: wahrscheinlich,
      createdAt: input.now,
    },
    select: { id: true },
  });
}

export async function listResults(prisma: PrismaClient, benutzerId: string): Promise<SavedResultSummary[]> {
  const rows = await prisma.gespeichertesErgebnis.findMany({ where: { benutzerId }, orderBy: { createdAt: "desc" }, select: { id: true, stichtag: true, createdAt: true, zusammenfassung: true } });
  return rows.map((row) => ({ id: row.id, stichtag: toLocalDate(row.stichtag), gespeichertAm: row.createdAt, wahrscheinlich: row.zusammenfassung }));
}

export type SavedResult = { id: string; stichtag: LocalDate; gespeichertAm: Date; antworten: Answers; results: BenefitResult[]; plz?: string };

/** One saved result of the owner, evaluated again from its facts on its Stichtag. */
export async function findResult(prisma: PrismaClient, benutzerId: string, id: string): Promise<SavedResult | null> {
  if (!UUID.test(id)) return null;
  const row = await prisma.gespeichertesErgebnis.findFirst({ where: { id, benutzerId } });
  if (!row) return null;
  const stichtag = toLocalDate(row.stichtag);
  if (!isLocalDate(stichtag)) return null;
  const parsed = parseFacts(row.fakten, stichtag);
  const results = parsed.ok ? evaluateAll(parsed.household) : [];
  return {
    id: row.id,
    stichtag,
    gespeichertAm: row.createdAt,
    antworten: (row.antworten ?? {}) as Answers,
    results,
    plz: parsed.ok ? parsed.household.plz : undefined,
  };
}

/** Deletes one saved result of the owner; false when there is none with that id. */
export async function deleteResult(prisma: PrismaClient, benutzerId: string, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  return (await prisma.gespeichertesErgebnis.deleteMany({ where: { id, benutzerId } })).count === 1;
}
