/**
 * Combining verdicts: when a rule looks at several people or several routes, the household gets
 * the most favourable one. "unklar" ranks above "unwahrscheinlich" because a missing fact may
 * still open the benefit; it ranks below "moeglich" because that is already known to be open.
 */
import type { Einschaetzung } from "../types";

const RANG: Record<Einschaetzung, number> = { wahrscheinlich: 3, moeglich: 2, unklar: 1, unwahrscheinlich: 0 };

export function besteEinschaetzung(einschaetzungen: readonly Einschaetzung[]): Einschaetzung {
  return einschaetzungen.reduce<Einschaetzung>((beste, e) => (RANG[e] > RANG[beste] ? e : beste), "unwahrscheinlich");
}
