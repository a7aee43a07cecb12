/**
 * Short summaries of every benefit in Leichte Sprache (rules of the Netzwerk Leichte Sprache:
 * short sentences, one statement per sentence, hard words explained). They do not replace the
 * benefit page; they say what the benefit is, who can get it and where to ask. Amounts are left
 * out on purpose: they change every year and live in the parameter tables with their sources.
 */
import type { BenefitSlug } from "../slugs";

export type LsBenefit = { titel: string; saetze: string[] };

export const LS_BENEFITS: Record<BenefitSlug, LsBenefit> = {
  arbeitslosengeld: {
    titel: "Arbeitslosen-Geld",
    saetze: [
      "Sie hatten eine Arbeit.",
      "Jetzt haben Sie keine Arbeit mehr.",
      "Dann bekommen Sie vielleicht Arbeitslosen-Geld.",
      "Sie müssen vorher lange genug gearbeitet haben.",
      "Dafür haben Sie Geld in eine Versicherung eingezahlt.",
      "Das heißt: Arbeitslosen-Versicherung.",
      "Sie bekommen das Geld von der Agentur für Arbeit.",
      "Melden Sie sich früh bei der Agentur für Arbeit.",
    ],
  },
  grundsicherungsgeld: {
    titel: "Grund-Sicherung für Arbeit-Suchende",
    saetze: [
      "Sie können arbeiten.",
      "Aber Sie haben zu wenig Geld zum Leben.",
      "Dann bekommen Sie vielleicht Geld vom Job-Center.",
      "Das Geld heißt Grund-Sicherungs-Geld.",
      "Früher hieß das Geld Bürger-Geld.",
      "Das Geld ist für Essen, Kleidung und Strom.",
      "Das Job-Center bezahlt auch die Miete.",
      "Das Job-Center hilft Ihnen auch bei der Suche nach Arbeit.",
    ],
  },
  bafoeg: {
    titel: "BAföG",
    saetze: [
      "BAföG ist Geld für Schüler und Studenten.",
      "Sie bekommen es für eine Schule oder für ein Studium.",
      "Ihre Eltern haben vielleicht wenig Geld.",
      "Dann bekommen Sie BAföG.",
      "Bei einem Studium ist ein Teil ein Darlehen.",
      "Darlehen heißt: Sie zahlen das Geld später zurück.",
      "Sie stellen den Antrag beim Amt für Ausbildungs-Förderung.",
    ],
  },
  berufsausbildungsbeihilfe: {
    titel: "Berufs-Ausbildungs-Beihilfe",
    saetze: [
      "Sie machen eine Ausbildung in einem Betrieb.",
      "Sie wohnen nicht bei Ihren Eltern.",
      "Ihr Geld reicht nicht zum Leben.",
      "Dann bekommen Sie vielleicht Berufs-Ausbildungs-Beihilfe.",
      "Sie müssen das Geld nicht zurückzahlen.",
      "Sie stellen den Antrag bei der Agentur für Arbeit.",
    ],
  },
  "bildung-und-teilhabe": {
    titel: "Bildung und Teilhabe",
    saetze: [
      "Teilhabe heißt: Ihr Kind kann überall mitmachen.",
      "Zum Beispiel beim Ausflug mit der Schule.",
      "Oder im Sport-Verein.",
      "Sie bekommen schon andere Hilfe vom Staat.",
      "Zum Beispiel Wohn-Geld oder Kinder-Zuschlag.",
      "Dann bezahlt der Staat auch solche Dinge für Ihr Kind.",
      "Zum Beispiel das Mittag-Essen in der Schule.",
      "Fragen Sie bei Ihrer Stadt nach.",
    ],
  },
  "grundsicherung-im-alter": {
    titel: "Grund-Sicherung im Alter",
    saetze: [
      "Sie sind alt und bekommen eine Rente.",
      "Aber die Rente reicht nicht zum Leben.",
      "Oder Sie können wegen einer Krankheit nie mehr arbeiten.",
      "Dann bekommen Sie vielleicht Grund-Sicherung.",
      "Ihre Kinder müssen meistens nichts bezahlen.",
      "Sie stellen den Antrag beim Sozial-Amt.",
    ],
  },
  "hilfe-zum-lebensunterhalt": {
    titel: "Hilfe zum Lebens-Unterhalt",
    saetze: [
      "Lebens-Unterhalt heißt: Geld für das tägliche Leben.",
      "Sie können für eine kurze Zeit nicht arbeiten.",
      "Und Sie haben zu wenig Geld.",
      "Dann hilft Ihnen vielleicht das Sozial-Amt.",
      "Zum Beispiel bei einer langen Krankheit.",
      "Das Sozial-Amt bezahlt auch die Miete.",
    ],
  },
  "hilfe-zur-pflege": {
    titel: "Hilfe zur Pflege",
    saetze: [
      "Sie brauchen Pflege.",
      "Pflege heißt: Jemand hilft Ihnen jeden Tag.",
      "Zum Beispiel beim Waschen oder beim Anziehen.",
      "Die Pflege-Kasse bezahlt nur einen Teil.",
      "Sie haben nicht genug Geld für den Rest.",
      "Dann bezahlt vielleicht das Sozial-Amt den Rest.",
    ],
  },
  "hilfe-in-besonderen-sozialen-schwierigkeiten": {
    titel: "Hilfe in schwierigen Lebens-Lagen",
    saetze: [
      "Sie haben keine Wohnung.",
      "Oder Sie kommen aus dem Gefängnis.",
      "Oder Sie haben viele Probleme auf einmal.",
      "Dann bekommen Sie Hilfe.",
      "Zum Beispiel bei der Suche nach einer Wohnung.",
      "Oder bei Briefen von Ämtern.",
      "Fragen Sie beim Sozial-Amt oder in einer Beratungs-Stelle.",
    ],
  },
  "hilfen-zur-gesundheit": {
    titel: "Hilfen zur Gesundheit",
    saetze: [
      "Sie sind krank.",
      "Aber Sie haben keine Kranken-Versicherung.",
      "Dann bezahlt vielleicht das Sozial-Amt den Arzt.",
      "Das Sozial-Amt bezahlt auch Medikamente.",
      "Gehen Sie früh zum Sozial-Amt.",
      "Oder fragen Sie in einer Beratungs-Stelle.",
    ],
  },
  kindergeld: {
    titel: "Kinder-Geld",
    saetze: [
      "Sie haben ein Kind.",
      "Dann bekommen Sie Kinder-Geld.",
      "Sie bekommen das Geld jeden Monat.",
      "Sie bekommen es bis Ihr Kind 18 Jahre alt ist.",
      "Manchmal bekommen Sie es länger.",
      "Zum Beispiel: Ihr Kind macht eine Ausbildung.",
      "Sie stellen den Antrag bei der Familien-Kasse.",
    ],
  },
  kinderzuschlag: {
    titel: "Kinder-Zuschlag",
    saetze: [
      "Zuschlag heißt: Sie bekommen zusätzlich Geld.",
      "Sie haben ein Kind.",
      "Sie verdienen Geld mit Arbeit.",
      "Aber das Geld reicht nicht für die ganze Familie.",
      "Dann bekommen Sie vielleicht Kinder-Zuschlag.",
      "Sie stellen den Antrag bei der Familien-Kasse.",
    ],
  },
  wohngeld: {
    titel: "Wohn-Geld",
    saetze: [
      "Wohn-Geld ist Geld für die Miete.",
      "Sie haben ein eigenes Einkommen.",
      "Einkommen heißt: Geld, das Sie jeden Monat bekommen.",
      "Aber die Miete ist zu hoch für Sie.",
      "Dann bekommen Sie vielleicht Wohn-Geld.",
      "Sie stellen den Antrag bei der Wohn-Geld-Stelle Ihrer Stadt.",
    ],
  },
  eingliederungshilfe: {
    titel: "Eingliederungs-Hilfe",
    saetze: [
      "Sie haben eine Behinderung.",
      "Sie brauchen Hilfe im Alltag.",
      "Oder Sie brauchen Hilfe bei der Arbeit.",
      "Dann bekommen Sie vielleicht Eingliederungs-Hilfe.",
      "Zum Beispiel eine Assistenz.",
      "Assistenz heißt: Ein Mensch hilft Ihnen.",
      "Fragen Sie beim Sozial-Amt oder in einer Beratungs-Stelle.",
    ],
  },
};
