/**
 * Reading the parameters of a reason out of its German text, for the Leichte-Sprache version:
 * the amounts, the person it is about, a number. The engine's contract stays as it is (code +
 * German text, tested byte for byte); the German texts are built from a few fixed templates, so
 * each Leichte-Sprache text knows where its parameters stand. A text that cannot be read throws
 * `Unlesbar`, and the caller shows the German text instead (never a wrong number).
 * __tests__/gruende.test.ts runs the engine over many households and checks that every reason
 * is read and that every amount of the German text appears in the Leichte-Sprache text.
 */

export class Unlesbar extends Error {}

/** The person a reason is about, in Leichte Sprache: "Sie", "Ihre Partnerin oder Ihr Partner", "Person 3". */
export type LsPerson = { wer: string; sie: boolean };

const EURO = /\d{1,3}(?:\.\d{3})*(?:,\d{2})?\u00a0€/g;

/** The benefit names the German texts use, and how Leichte Sprache writes them. */
const NAMEN: ReadonlyArray<readonly [string, string]> = [
  ["Grundsicherung im Alter und bei Erwerbsminderung", "Grund-Sicherung im Alter"],
  ["Hilfe zum Lebensunterhalt", "Hilfe zum Lebens-Unterhalt"],
  ["Grundsicherungsgeld", "Grund-Sicherungs-Geld"],
  ["Bürgergeld", "Bürger-Geld"],
  ["Kinderzuschlag", "Kinder-Zuschlag"],
  ["Wohngeld", "Wohn-Geld"],
  ["Arbeitslosengeld", "Arbeitslosen-Geld"],
];

export class Leser {
  constructor(readonly text: string) {}

  /** The n-th amount ("1.234 €"), counted from 0. */
  euro(n: number): string {
    const betrag = this.text.match(EURO)?.[n];
    if (betrag === undefined) throw new Unlesbar(`Betrag ${n} fehlt`);
    return betrag;
  }

  /** The first capture group of `muster`. */
  teil(muster: RegExp): string {
    const treffer = muster.exec(this.text)?.[1];
    if (treffer === undefined) throw new Unlesbar(`${muster} passt nicht`);
    return treffer;
  }

  hat(muster: string | RegExp): boolean {
    return typeof muster === "string" ? this.text.includes(muster) : muster.test(this.text);
  }

  /** The person named in the text; without a name the text speaks to "Sie". */
  person(): LsPerson {
    const nummer = /Person (\d+)/.exec(this.text)?.[1];
    if (nummer !== undefined) return { wer: `Person ${nummer}`, sie: false };
    if (/Ihre(?:r|m|n)? Partnerin oder Ihr(?:em|en)? Partner/.test(this.text)) return { wer: "Ihre Partnerin oder Ihr Partner", sie: false };
    return { wer: "Sie", sie: true };
  }

  /** Name of the Grundsicherung for job seekers in force on the Stichtag, as the text says it. */
  grundsicherungsgeld(): string {
    return this.hat("Bürgergeld") ? "Bürger-Geld" : "Grund-Sicherungs-Geld";
  }
}

/** "Person 3 macht" / "Sie machen". */
export function verb(person: LsPerson, formSie: string, formSonst: string): string {
  return `${person.wer} ${person.sie ? formSie : formSonst}`;
}

/** Benefit names from a German list ("Wohngeld und Kinderzuschlag") in Leichte Sprache. */
export function lsNamen(deutsch: string): string[] {
  const namen = deutsch.split(/, | und (?!Teilhabe|bei )/).map((teil) => teil.trim());
  return namen.map((name) => {
    const paar = NAMEN.find(([de]) => de === name);
    if (!paar) throw new Unlesbar(`unbekannter Name ${name}`);
    return paar[1];
  });
}

/** "A", "A und B", "A, B und C". */
export function aufzaehlen(teile: readonly string[]): string {
  return teile.length <= 1 ? (teile[0] ?? "") : `${teile.slice(0, -1).join(", ")} und ${teile.at(-1)}`;
}
