/**
 * Whether a person has reached the Regelaltersgrenze on the Stichtag. The limit is counted in
 * months from the birth date; when only the age in years is known, the answer is open for the
 * birth years whose limit falls inside that year of life (e.g. 66 in 2026).
 */
import type { LocalDate } from "../../shared/dates";
import type { Person } from "../facts";
import { REGELALTERSGRENZE, type Altersgrenze } from "../parameters/sgb12";
import { valueAt } from "../parameters/versioned";

type Ymd = { y: number; m: number; d: number };

const parse = (date: LocalDate): Ymd => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { y, m, d };
};

const format = ({ y, m, d }: Ymd): LocalDate => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Same day `months` later; a day the target month lacks becomes its last day. */
function addMonths(date: LocalDate, months: number): LocalDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

function addDays(date: LocalDate, days: number): LocalDate {
  const { y, m, d } = parse(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function zusatzMonate(geburtsjahr: number, tabelle: Altersgrenze): number {
  const row = tabelle.zusatzMonate.find((r) => geburtsjahr <= r.bisGeburtsjahr) ?? tabelle.zusatzMonate[tabelle.zusatzMonate.length - 1]!;
  return row.zusatzMonate;
}

/** The day on which a person born on `geburtsdatum` reaches the Regelaltersgrenze. */
export function regelaltersgrenzeDatum(geburtsdatum: LocalDate, stichtag: LocalDate): LocalDate {
  const tabelle = valueAt(REGELALTERSGRENZE, stichtag).value;
  const monate = tabelle.grundalterJahre * 12 + zusatzMonate(parse(geburtsdatum).y, tabelle);
  return addMonths(geburtsdatum, monate);
}

/**
 * Every rule asks this for every person, so answers are kept per (birth date or age, Stichtag):
 * the function is pure and the keys are few. The memo is bounded and simply starts over when full.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, boolean | undefined>();

/** true / false when the facts decide it; undefined when the age is missing or leaves it open. */
export function regelaltersgrenzeErreicht(person: Person, stichtag: LocalDate): boolean | undefined {
  if (!person.geburtsdatum && person.alter === undefined) return undefined;
  const key = person.geburtsdatum ? `${person.geburtsdatum}|${stichtag}` : `${person.alter}y|${stichtag}`;
  if (memo.has(key)) return memo.get(key);
  const answer = decide(person, stichtag);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, answer);
  return answer;
}

function decide(person: Person, stichtag: LocalDate): boolean | undefined {
  if (person.geburtsdatum) return regelaltersgrenzeDatum(person.geburtsdatum, stichtag) <= stichtag;
  if (person.alter === undefined) return undefined;
  // Someone aged `alter` was born after `fruehestens` - 1 day and on or before `spaetestens`;
  // the limit date grows with the birth date, so both ends bound the answer.
  const spaetestens = addMonths(stichtag, -12 * person.alter);
  const fruehestens = addDays(addMonths(stichtag, -12 * (person.alter + 1)), 1);
  if (regelaltersgrenzeDatum(spaetestens, stichtag) <= stichtag) return true;
  if (regelaltersgrenzeDatum(fruehestens, stichtag) > stichtag) return false;
  return undefined;
}
