/**
 * The fact sections of the centre page: contact and reachability, accessibility, further
 * details, location (OpenStreetMap and geo: links, no map tiles embedded) and where the data
 * comes from. Every yes/no is written out, never shown by an icon or colour alone.
 */
import type { ReactNode } from "react";
import { KANAL_LABELS, spracheLabel, VERBAND_LABELS } from "../../domain/counselling/labels";
import { formatDate } from "../../domain/counselling/hours-view";
import type { CentreDetail } from "../../server/counselling/centre-read.server";
import { DescriptionList } from "../kern/DescriptionList";
import { ExternalLink } from "../kern/ExternalLink";

const yesNo = (value: boolean) => (value ? "Ja" : "Nein");
const item = (key: string, term: string, value: ReactNode) => ({ key, term, value });
const telHref = (telefon: string) => `tel:${telefon.replace(/[^\d+]/g, "")}`;

export function ContactSection({ centre }: { centre: CentreDetail }) {
  const { adresse, kontakt } = centre;
  const items = [
    item("adresse", "Adresse", `${adresse.strasse}, ${adresse.plz} ${adresse.ort}`),
    kontakt.telefon ? item("telefon", "Telefon", <a className="kern-link" href={telHref(kontakt.telefon)}>{kontakt.telefon}</a>) : null,
    kontakt.email ? item("email", "E-Mail", <a className="kern-link" href={`mailto:${kontakt.email}`}>{kontakt.email}</a>) : null,
    kontakt.website ? item("website", "Website", <ExternalLink href={kontakt.website}>{kontakt.website}</ExternalLink>) : null,
    item("kanaele", "Erreichbar über", centre.kanaele.map((kanal) => KANAL_LABELS[kanal]).join(", ") || "Keine Angabe"),
    item("sprachen", "Beratung auf", centre.sprachen.map(spracheLabel).join(", ") || "Keine Angabe"),
  ].filter((entry) => entry !== null);
  return <DescriptionList items={items} />;
}

export function AccessibilitySection({ barrierefreiheit }: { barrierefreiheit: CentreDetail["barrierefreiheit"] }) {
  return (
    <DescriptionList
      items={[
        item("stufenlos", "Stufenloser Zugang", yesNo(barrierefreiheit.stufenlos)),
        item("wc", "Barrierefreies WC", yesNo(barrierefreiheit.wc)),
        item("aufzug", "Aufzug", yesNo(barrierefreiheit.aufzug)),
        ...(barrierefreiheit.hinweis ? [item("hinweis", "Hinweis", barrierefreiheit.hinweis)] : []),
      ]}
    />
  );
}

function serviceArea({ bundesweit, plz, radiusKm }: CentreDetail["einzugsgebiet"]): string {
  if (bundesweit) return "Bundesweit, ohne regionale Einschränkung";
  const parts = [plz.length > 0 ? `Postleitzahlen ${plz.join(", ")}` : null, radiusKm ? `${radiusKm} km um die Stelle` : null].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : "Keine Einschränkung angegeben";
}

export function MoreSection({ centre }: { centre: CentreDetail }) {
  return (
    <DescriptionList
      items={[
        item("kosten", "Kosten", centre.kosten),
        item("anonym", "Anonyme Beratung möglich", yesNo(centre.anonym)),
        ...(centre.zielgruppen.length > 0 ? [item("zielgruppen", "Für", centre.zielgruppen.join(", "))] : []),
        item("einzugsgebiet", "Zuständig für", serviceArea(centre.einzugsgebiet)),
      ]}
    />
  );
}

const COORD = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 5, maximumFractionDigits: 5 });

export function LocationSection({ geo, name }: { geo: NonNullable<CentreDetail["geo"]>; name: string }) {
  const { lat, lng } = geo;
  const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  return (
    <>
      <p className="kern-body">
        Koordinaten: {COORD.format(lat)} Grad Nord, {COORD.format(lng)} Grad Ost
      </p>
      <ul className="kern-list">
        <li>
          <ExternalLink href={osm}>{name} auf OpenStreetMap zeigen</ExternalLink>
        </li>
        <li>
          <a className="kern-link" href={`geo:${lat},${lng}`}>
            In einer Karten-App auf diesem Gerät öffnen
          </a>
        </li>
      </ul>
    </>
  );
}

export function DataSection({ centre }: { centre: CentreDetail }) {
  const { traeger } = centre;
  return (
    <DescriptionList
      items={[
        item("geprueft", "Zuletzt geprüft am", centre.zuletztGeprueft ? formatDate(centre.zuletztGeprueft) : "Noch nicht geprüft"),
        item("quelle", "Datenquelle", centre.datenquelle || "Keine Angabe"),
        item(
          "traeger",
          "Träger",
          <>
            {traeger.name} ({VERBAND_LABELS[traeger.verband]})
            {traeger.website ? (
              <>
                {" – "}
                <ExternalLink href={traeger.website}>Website des Trägers</ExternalLink>
              </>
            ) : null}
          </>,
        ),
      ]}
    />
  );
}
