import { childName, childOrdinals, childPrefix, hasPartner, numberAnswer, PARTNER } from "../answers";
import { ERWERBSFAEHIG_OPTIONS, JA_NEIN, TAETIGKEIT_OPTIONS } from "../options";
import type { Answers, Option, Question, Step } from "../types";
import { MIN_ALTER } from "./haushalt";

/**
 * Whether someone can work at least three hours a day (§ 8 SGB II) only matters below the
 * Regelaltersgrenze, which is at most 67 (§ 35 SGB VI); from 67 on we do not ask.
 */
const ERWERBSFAEHIG_BIS = 66;
/** Pregnancy is only asked where it is plausible; outside this range the question would only irritate. */
const SCHWANGER_ALTER = { von: MIN_ALTER, bis: 50 } as const;
/**
 * From 15 a child's activity matters: BAföG for pupils from Klasse 10 and Berufsausbildungsbeihilfe
 * for trainees; from 18 Kindergeld continues only in school, training or studies (§ 32 Abs. 4 EStG).
 */
const TAETIGKEIT_AB = 15;

const between = (age: number | undefined, from: number, to: number) => age !== undefined && age >= from && age <= to;

function erwerbsfaehig(prefix: string, wer: "Sie" | "Ihre Partnerin oder Ihr Partner"): Question {
  const self = wer === "Sie";
  return {
    id: `${prefix}erwerbsfaehig`,
    kind: "choice",
    display: "radio",
    label: self ? "Können Sie mindestens 3 Stunden am Tag arbeiten?" : "Kann Ihre Partnerin oder Ihr Partner mindestens 3 Stunden am Tag arbeiten?",
    hint: "Gemeint ist, ob die Gesundheit das auf Dauer zulässt – nicht, ob gerade eine Arbeit da ist. Davon hängt ab, ob das Jobcenter oder das Sozialamt zuständig ist.",
    options: ERWERBSFAEHIG_OPTIONS,
  };
}

function schwanger(askSelf: boolean, askPartner: boolean): Question {
  const options: Option[] = [
    { value: "nein", label: "Nein" },
    ...(askSelf ? [{ value: "ich", label: "Ja, ich bin schwanger" }] : []),
    ...(askPartner ? [{ value: "partnerin", label: "Ja, meine Partnerin ist schwanger" }] : []),
  ];
  return {
    id: "schwanger",
    kind: "choice",
    display: "radio",
    label: askSelf && askPartner ? "Sind Sie oder Ihre Partnerin schwanger?" : askSelf ? "Sind Sie schwanger?" : "Ist Ihre Partnerin schwanger?",
    hint: "Während der Schwangerschaft gibt es bei einigen Leistungen mehr Geld, zum Beispiel einen Mehrbedarf beim Grundsicherungsgeld.",
    options,
  };
}

function childActivity(answers: Answers, ordinal: number): Question {
  const name = childName(answers, ordinal);
  return {
    id: `${childPrefix(ordinal)}taetigkeit`,
    kind: "choice",
    display: "radio",
    label: `Was macht ${name} zurzeit hauptsächlich?`,
    hint: "Davon hängen BAföG und Berufsausbildungsbeihilfe ab – und bei volljährigen Kindern das Kindergeld.",
    options: TAETIGKEIT_OPTIONS.filter((option) => option.value !== "rente"),
  };
}

const BEEINTRAECHTIGUNG: Question = {
  id: "beeintraechtigung",
  kind: "choice",
  display: "radio",
  label: "Hat jemand in Ihrem Haushalt einen Pflegegrad oder eine anerkannte Behinderung?",
  hint: "Zum Beispiel einen Bescheid der Pflegekasse oder einen Schwerbehindertenausweis – auch bei Kindern. Wenn ja, fragen wir im nächsten Schritt genauer.",
  options: JA_NEIN,
};

const GRUNDSICHERUNG: Question = {
  id: "grundsicherung",
  kind: "choice",
  display: "radio",
  label: "Bekommen Sie oder jemand in Ihrem Haushalt schon Bürgergeld, Grundsicherungsgeld oder Sozialhilfe?",
  hint: "Dazu zählen auch die Grundsicherung im Alter und die Hilfe zum Lebensunterhalt vom Sozialamt. Wer sie schon bekommt, kann zum Beispiel kein Wohngeld zusätzlich bekommen.",
  options: JA_NEIN,
};

export const lebenslage: Step = {
  id: "lebenslage",
  title: "Gesundheit und Lebenslage",
  intro: "Einige Leistungen hängen davon ab, ob jemand arbeiten kann, schwanger ist oder Unterstützung im Alltag braucht.",
  questions(answers: Answers): Question[] {
    const alter = numberAnswer(answers, "alter");
    const partner = hasPartner(answers);
    const partnerAlter = numberAnswer(answers, `${PARTNER}alter`);
    const askSelfPregnant = between(alter, SCHWANGER_ALTER.von, SCHWANGER_ALTER.bis);
    const askPartnerPregnant = partner && between(partnerAlter, SCHWANGER_ALTER.von, SCHWANGER_ALTER.bis);
    return [
      ...(between(alter, MIN_ALTER, ERWERBSFAEHIG_BIS) ? [erwerbsfaehig("", "Sie")] : []),
      ...(partner && between(partnerAlter, MIN_ALTER, ERWERBSFAEHIG_BIS) ? [erwerbsfaehig(PARTNER, "Ihre Partnerin oder Ihr Partner")] : []),
      ...(askSelfPregnant || askPartnerPregnant ? [schwanger(askSelfPregnant, askPartnerPregnant)] : []),
      ...childOrdinals(answers)
        .filter((ordinal) => (numberAnswer(answers, `${childPrefix(ordinal)}alter`) ?? 0) >= TAETIGKEIT_AB)
        .map((ordinal) => childActivity(answers, ordinal)),
      BEEINTRAECHTIGUNG,
      GRUNDSICHERUNG,
    ];
  },
};
