/**
 * Children whom the parents in the household mainly support. SGB XII (§ 85 Familienzuschlag,
 * § 90 Schonbetrag) and SGB IX (§ 136 Abs. 3) use this notion; the facts show it best through
 * Kindergeld, which is paid as long as a child is minor or in training (§ 32 EStG).
 */
import { children, type Household, type Person } from "../facts";
import { kindergeldFuerKind } from "./kindergeld";

export function unterhalteneKinder(household: Household): Person[] {
  return children(household).filter((k) => kindergeldFuerKind(k, household.stichtag).anspruch !== "nein");
}
