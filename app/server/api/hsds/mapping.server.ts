/**
 * Published centres → Open Referral HSDS 3.0 objects, German profile:
 * - Träger → organization (with its welfare federation as an attribute);
 * - Beratungsstelle → service (what is offered: topics, channels, languages, contact, hours)
 *   plus location (where: address, coordinates, accessibility) joined by a service_at_location.
 * Ids of the folded-in objects are derived (ids.server.ts). Optional fields without a value are
 * left out rather than sent as null, as the HSDS schemas type them as plain strings and numbers.
 */
import { topicLabel } from "../../../domain/counselling/topics";
import type { CentreRecord } from "../../search-sync.server";
import { derivedId } from "./ids.server";
import { schedulesOf } from "./schedules.server";

export type HsdsObject = { [field: string]: unknown };

const VERBAND_NAMEN: Record<string, string> = {
  caritas: "Deutscher Caritasverband",
  diakonie: "Diakonie Deutschland",
  awo: "Arbeiterwohlfahrt (AWO)",
  paritaetischer: "Der Paritätische Gesamtverband",
  drk: "Deutsches Rotes Kreuz (DRK)",
  zwst: "Zentralwohlfahrtsstelle der Juden in Deutschland (ZWST)",
  kommunal: "kommunaler Träger",
  sonstige: "sonstiger Träger",
};

const KANAL_NAMEN: Record<string, string> = { vor_ort: "Vor Ort", telefon: "Telefon", chat: "Chat", video: "Video", email: "E-Mail" };

const languageNames = new Intl.DisplayNames(["de"], { type: "language", fallback: "code" });

/** An attribute with its taxonomy term, as HSDS links services to a taxonomy. */
function attribute(linkId: string, linkEntity: "service" | "organization", taxonomy: string, code: string, name: string): HsdsObject {
  const termId = derivedId("taxonomy_term", taxonomy, code);
  return {
    id: derivedId(linkId, "attribute", taxonomy, code),
    link_id: linkId,
    link_entity: linkEntity,
    link_type: taxonomy,
    taxonomy_term_id: termId,
    taxonomy_term: { id: termId, code, name, description: name, taxonomy: `Sozialplattform: ${taxonomy}`, language: "de" },
  };
}

const defined = (object: HsdsObject): HsdsObject => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== ""));

function phonesOf(centre: CentreRecord, owner: { service_id?: string; contact_id?: string }, role: string): HsdsObject[] {
  return centre.telefon ? [{ id: derivedId(centre.id, role, "phone"), ...owner, number: centre.telefon, type: "voice" }] : [];
}

function serviceAreasOf(centre: CentreRecord): HsdsObject[] {
  const areas: HsdsObject[] = [];
  if (centre.bundesweit) areas.push({ id: derivedId(centre.id, "area", "bundesweit"), service_id: centre.id, name: "Deutschland", description: "bundesweit erreichbar" });
  if (centre.einzugsgebietPlz.length > 0) {
    areas.push({ id: derivedId(centre.id, "area", "plz"), service_id: centre.id, name: "Postleitzahlen", description: centre.einzugsgebietPlz.join(", ") });
  }
  if (centre.einzugsgebietKm !== null) {
    areas.push({ id: derivedId(centre.id, "area", "km"), service_id: centre.id, name: "Umkreis", description: `${centre.einzugsgebietKm} km um die Beratungsstelle` });
  }
  return areas;
}

export function toHsdsService(centre: CentreRecord): HsdsObject {
  const locationId = derivedId(centre.id, "location");
  return defined({
    id: centre.id,
    organization_id: centre.traegerId,
    name: centre.name,
    description: centre.beschreibung,
    url: centre.website,
    email: centre.email,
    status: "active",
    fees_description: centre.kosten,
    eligibility_description: centre.zielgruppen.length > 0 ? `Zielgruppen: ${centre.zielgruppen.join(", ")}` : undefined,
    assured_date: centre.zuletztGeprueft?.toISOString().slice(0, 10),
    last_modified: centre.updatedAt.toISOString(),
    phones: phonesOf(centre, { service_id: centre.id }, "service"),
    schedules: schedulesOf(centre),
    service_areas: serviceAreasOf(centre),
    languages: centre.sprachen.map((code) => ({ id: derivedId(centre.id, "language", code), service_id: centre.id, name: languageNames.of(code), code })),
    contacts:
      centre.telefon || centre.email
        ? [defined({ id: derivedId(centre.id, "contact"), service_id: centre.id, name: centre.name, email: centre.email, phones: phonesOf(centre, { contact_id: derivedId(centre.id, "contact") }, "contact") })]
        : [],
    service_at_locations: [{ id: derivedId(centre.id, "service_at_location"), service_id: centre.id, location_id: locationId }],
    attributes: [
      ...centre.themen.map((slug) => attribute(centre.id, "service", "thema", slug, topicLabel(slug) ?? slug)),
      ...centre.kanaele.map((kanal) => attribute(centre.id, "service", "kontaktweg", kanal, KANAL_NAMEN[kanal] ?? kanal)),
      ...(centre.anonym ? [attribute(centre.id, "service", "merkmal", "anonym", "Anonyme Beratung möglich")] : []),
    ],
  });
}

export function toHsdsLocation(centre: CentreRecord): HsdsObject {
  const id = derivedId(centre.id, "location");
  const features = [centre.stufenlos && "Stufenloser Zugang", centre.barrierefreiesWc && "Barrierefreies WC", centre.aufzug && "Aufzug"].filter(Boolean);
  const accessible = features.length > 0 || centre.barrierefreiheitHinweis;
  return defined({
    id,
    location_type: "physical",
    organization_id: centre.traegerId,
    name: centre.name,
    latitude: centre.lat,
    longitude: centre.lng,
    addresses: [
      // state_province is required by HSDS; the place data has no federal state yet, so it is empty.
      { id: derivedId(centre.id, "address"), location_id: id, address_1: centre.strasse, city: centre.ort, state_province: "", postal_code: centre.plz, country: "DE", address_type: "physical" },
    ],
    accessibility: accessible
      ? [defined({ id: derivedId(centre.id, "accessibility"), location_id: id, description: features.join(", ") || "Hinweis zur Barrierefreiheit", details: centre.barrierefreiheitHinweis })]
      : [],
  });
}

export function toHsdsOrganization(traeger: CentreRecord["traeger"], centres: readonly CentreRecord[]): HsdsObject {
  const verband = VERBAND_NAMEN[traeger.verband] ?? traeger.verband;
  const description = ["kommunal", "sonstige"].includes(traeger.verband) ? `Träger von Beratungsstellen (${verband}).` : `Träger von Beratungsstellen im Verband ${verband}.`;
  return defined({
    id: traeger.id,
    name: traeger.name,
    description,
    website: traeger.website,
    services: centres.map(toHsdsService),
    locations: centres.map(toHsdsLocation),
    attributes: [attribute(traeger.id, "organization", "wohlfahrtsverband", traeger.verband, verband)],
  });
}
