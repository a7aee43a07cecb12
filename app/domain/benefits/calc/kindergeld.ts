/**
 * Whether Kindergeld is paid for a child (§ 32 Abs. 3 and 4 EStG), from the facts the check
 * asks. Shared by Kindergeld, Kinderzuschlag (which needs Kindergeld) and the Grundsicherungen
 * (which count Kindergeld as the child's income).
 */
import type { LocalDate } from "../../shared/dates";
import type { Person } from "../facts";
import { KINDERGELD_ALTERSGRENZEN } from "../parameters/kindergeld";
import { valueAt } from "../parameters/versioned";

export type KindergeldPruefung =
  | { anspruch: "ja"; grund: "minderjaehrig" | "ausbildung" | "arbeitsuchend" }
  | { anspruch: "moeglich"; grund: "arbeitsuchend_ueber_21" | "uebergang_oder_freiwilligendienst" | "behinderung" }
  | { anspruch: "nein"; grund: "erwerbstaetig" | "zu_alt" }
  | { anspruch: "unklar"; grund: "alter_fehlt" | "taetigkeit_fehlt" };

export function kindergeldFuerKind(kind: Person, stichtag: LocalDate): KindergeldPruefung {
  const grenzen = valueAt(KINDERGELD_ALTERSGRENZEN, stichtag).value;
  const { alter, taetigkeit } = kind;
  if (alter === undefined) return { anspruch: "unklar", grund: "alter_fehlt" };
  if (alter < grenzen.ohneBedingung) return { anspruch: "ja", grund: "minderjaehrig" };
  // A disability that began before 25 keeps Kindergeld without age limit if the child cannot
  // support itself (§ 32 Abs. 4 Nr. 3 EStG); we cannot tell when it began, hence "moeglich".
  const behinderung = (kind.gradDerBehinderung ?? 0) > 0;
  if (alter >= grenzen.ausbildung) {
    return behinderung ? { anspruch: "moeglich", grund: "behinderung" } : { anspruch: "nein", grund: "zu_alt" };
  }
  switch (taetigkeit) {
    case "schule":
    case "ausbildung":
    case "studium":
      return { anspruch: "ja", grund: "ausbildung" };
    case "arbeitslos":
      return alter < grenzen.arbeitsuchend ? { anspruch: "ja", grund: "arbeitsuchend" } : { anspruch: "moeglich", grund: "arbeitsuchend_ueber_21" };
    case "sonstige":
      return { anspruch: "moeglich", grund: "uebergang_oder_freiwilligendienst" };
    case undefined:
      return behinderung ? { anspruch: "moeglich", grund: "behinderung" } : { anspruch: "unklar", grund: "taetigkeit_fehlt" };
    default:
      return behinderung ? { anspruch: "moeglich", grund: "behinderung" } : { anspruch: "nein", grund: "erwerbstaetig" };
  }
}
