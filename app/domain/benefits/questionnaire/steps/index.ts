/**
 * The steps of the Leistungs-Check in order. Steps without questions for the answers given so
 * far are skipped (for example "Wohnen" without a home, "Pflegegrad und Behinderung" when nobody
 * has one), so most households see five steps.
 */
import type { Step } from "../types";
import { einkommen } from "./einkommen";
import { gesundheit } from "./gesundheit";
import { haushalt } from "./haushalt";
import { lebenslage } from "./lebenslage";
import { personen } from "./personen";
import { wohnen } from "./wohnen";

export const STEPS: readonly Step[] = [haushalt, wohnen, personen, lebenslage, gesundheit, einkommen];
