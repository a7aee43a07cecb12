/**
 * "Meine Daten herunterladen" (DSGVO Art. 15 and 20): everything stored about a help seeker's
 * account as one JSON document – the account, its sessions, saved Leistungs-Check results,
 * appointments, conversations with their messages (decrypted), one-time links and the mails
 * sent to its address. Secrets (password hash, token hashes, session ids) are left out: they are
 * not information about the person and would only weaken the account.
 */
import { TERMINART_LABEL } from "../../domain/booking/types";
import type { ChatStore } from "../chat/store.server";
import type { PrismaClient } from "../generated/prisma/client";

export const EXPORT_FORMAT = "sozialplattform-konto-export/1";

const day = (date: Date) => date.toISOString().slice(0, 10);

export async function exportAccountData(prisma: PrismaClient, chat: ChatStore, benutzerId: string, now: Date) {
  const benutzer = await prisma.benutzer.findFirst({
    where: { id: benutzerId, istPersonal: false },
    include: {
      sitzungen: { orderBy: { createdAt: "asc" } },
      gespeicherteErgebnisse: { orderBy: { createdAt: "asc" } },
      einmallinks: { orderBy: { createdAt: "asc" } },
      gespraecheRatsuchend: { orderBy: { createdAt: "asc" }, include: { beratungsstelle: { select: { name: true } } } },
    },
  });
  if (!benutzer) return null;
  const termine = await prisma.termin.findMany({ where: { benutzerId }, orderBy: { beginn: "asc" }, include: { beratungsstelle: { select: { name: true } } } });
  const mails = benutzer.email ? await prisma.mailOutbox.findMany({ where: { an: benutzer.email }, orderBy: { createdAt: "asc" } }) : [];
  const gespraeche = [];
  for (const g of benutzer.gespraecheRatsuchend) {
    const nachrichten = await chat.history(g.id, 0, 100_000);
    gespraeche.push({
      beratungsstelle: g.beratungsstelle.name,
      pseudonym: g.pseudonym,
      thema: g.thema,
      status: g.status,
      begonnen_am: g.createdAt.toISOString(),
      geschlossen_am: g.geschlossenAm?.toISOString() ?? null,
      nachrichten: nachrichten.map((n) => ({ seq: n.seq, von: n.von, text: n.text, gesendet_am: n.gesendet_am })),
    });
  }
  return {
    format: EXPORT_FORMAT,
    erstellt_am: now.toISOString(),
    konto: {
      pseudonym: benutzer.anzeigename,
      anmeldename: benutzer.pseudonym,
      email: benutzer.email,
      rolle: "ratsuchend",
      angelegt_am: benutzer.createdAt.toISOString(),
      letzte_anmeldung: benutzer.letzteAnmeldung?.toISOString() ?? null,
    },
    sitzungen: benutzer.sitzungen.map((s) => ({ begonnen_am: s.createdAt.toISOString(), letzte_aktivitaet: s.letzteAktivitaet.toISOString(), laeuft_ab_am: s.absolutAblauf.toISOString() })),
    gespeicherte_ergebnisse: benutzer.gespeicherteErgebnisse.map((e) => ({
      gespeichert_am: e.createdAt.toISOString(),
      stichtag: day(e.stichtag),
      wahrscheinliche_leistungen: e.zusammenfassung,
      antworten: e.antworten,
      fakten: e.fakten,
    })),
    termine: termine.map((t) => ({
      buchungscode: t.buchungscode,
      beratungsstelle: t.beratungsstelle.name,
      art: TERMINART_LABEL[t.art],
      beginn: t.beginn.toISOString(),
      ende: t.ende.toISOString(),
      status: t.status,
      name: t.name,
      email: t.email,
      telefon: t.telefon,
      anliegen: t.anliegen,
      absagegrund: t.stornoGrund,
      gebucht_am: t.createdAt.toISOString(),
    })),
    gespraeche,
    einmallinks: benutzer.einmallinks.map((l) => ({ zweck: l.zweck, erstellt_am: l.createdAt.toISOString(), gueltig_bis: l.ablauf.toISOString(), verwendet_am: l.verwendetAm?.toISOString() ?? null })),
    mails: mails.map((m) => ({ an: m.an, betreff: m.betreff, anlass: m.anlass, erstellt_am: m.createdAt.toISOString(), gesendet_am: m.gesendetAm?.toISOString() ?? null })),
  };
}
