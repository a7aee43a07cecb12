/** Option lists several questions share. Values are the facts' enum values where one exists. */
import type { TAETIGKEITEN } from "../facts";
import type { Option } from "./types";

export const JA_NEIN: Option[] = [
  { value: "ja", label: "Ja" },
  { value: "nein", label: "Nein" },
];

type Taetigkeit = (typeof TAETIGKEITEN)[number];

export const TAETIGKEIT_OPTIONS: Array<Option & { value: Taetigkeit }> = [
  { value: "beschaeftigt", label: "Angestellt, auch in Teilzeit oder im Minijob" },
  { value: "selbststaendig", label: "Selbstständig" },
  { value: "arbeitslos", label: "Arbeitslos oder auf Arbeitssuche" },
  { value: "rente", label: "In Rente oder Pension" },
  { value: "schule", label: "Schule" },
  { value: "ausbildung", label: "Ausbildung" },
  { value: "studium", label: "Studium" },
  { value: "sonstige", label: "Etwas anderes, zum Beispiel Elternzeit oder Pflege von Angehörigen" },
];

/** "unbekannt" is a real answer: the rules then treat the fact as open instead of guessing. */
export const ERWERBSFAEHIG_OPTIONS: Option[] = [
  { value: "ja", label: "Ja" },
  { value: "nein", label: "Nein, wegen Krankheit oder Behinderung nicht" },
  { value: "unbekannt", label: "Das weiß ich nicht" },
];

/** Contributions paid from an income; they decide the flat deduction in Wohngeld (§ 16 WoGG). */
export const ABZUG_OPTIONS: Option[] = [
  { value: "steuern", label: "Steuern (Lohnsteuer oder Einkommensteuer)" },
  { value: "kv", label: "Beiträge zur Kranken- und Pflegeversicherung" },
  { value: "rv", label: "Beiträge zur Rentenversicherung" },
];

/** The Grad der Behinderung is set in steps of ten from 20 to 100 (§ 152 Abs. 1 SGB IX). */
export const GDB_OPTIONS: Option[] = [
  { value: "0", label: "Keine anerkannte Behinderung" },
  ...[20, 30, 40, 50, 60, 70, 80, 90, 100].map((gdb) => ({ value: String(gdb), label: `Grad der Behinderung ${gdb}` })),
];

/** Pflegegrade 1 to 5 (§ 15 SGB XI). */
export const PFLEGEGRAD_OPTIONS: Option[] = [
  { value: "0", label: "Kein Pflegegrad" },
  ...[1, 2, 3, 4, 5].map((grad) => ({ value: String(grad), label: `Pflegegrad ${grad}` })),
];
