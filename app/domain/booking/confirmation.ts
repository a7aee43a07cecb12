/**
 * What the confirmation page says about where or how the appointment takes place, by kind:
 * the address on site, who calls whom for a phone appointment, how the video access arrives.
 */
import type { Terminart } from "./types";

export type MeetingCentre = { name: string; strasse: string; plz: string; ort: string; telefon: string | null; email: string | null };
export type MeetingContact = { email: string | null; telefon: string | null };
export type MeetingDetails = { term: string; lines: string[] };

export function meetingDetails(art: Terminart, centre: MeetingCentre, contact: MeetingContact): MeetingDetails {
  const centreContact = centre.telefon ? `Telefon ${centre.telefon}` : centre.email ? `E-Mail ${centre.email}` : null;
  if (art === "vor_ort") {
    return { term: "Ort", lines: [centre.name, centre.strasse, `${centre.plz} ${centre.ort}`.trim()].filter(Boolean) };
  }
  if (art === "telefon") {
    if (contact.telefon) return { term: "Telefon", lines: [`Die Beratungsstelle ruft Sie zur vereinbarten Zeit unter ${contact.telefon} an.`] };
    return {
      term: "Telefon",
      lines: [centre.telefon ? `Bitte rufen Sie die Beratungsstelle zur vereinbarten Zeit an: ${centre.telefon}.` : "Bitte melden Sie sich zur vereinbarten Zeit bei der Beratungsstelle."],
    };
  }
  if (contact.email) return { term: "Video", lines: [`Den Zugang zum Videogespräch schickt Ihnen die Beratungsstelle vor dem Termin an ${contact.email}.`] };
  return {
    term: "Video",
    lines: [
      "Sie haben keine E-Mail-Adresse angegeben. Den Zugang zum Videogespräch erhalten Sie von der Beratungsstelle" +
        (centreContact ? ` – bitte melden Sie sich vor dem Termin: ${centreContact}.` : " – bitte melden Sie sich vor dem Termin dort."),
    ],
  };
}
