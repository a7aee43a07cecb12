import { householdMembers, textAnswer, type HouseholdMember } from "../answers";
import { GDB_OPTIONS, PFLEGEGRAD_OPTIONS } from "../options";
import type { Answers, Question, Step } from "../types";

/** "Ihr Grad der Behinderung" / "… Ihrer Partnerin oder Ihres Partners" / "…: Ihr 2. Kind (4 Jahre)". */
function labelFor(member: HouseholdMember, merkmal: "Grad der Behinderung" | "Pflegegrad"): string {
  if (member.rolle === "antragsteller") return `Ihr ${merkmal}`;
  if (member.rolle === "partner") return `${merkmal} Ihrer Partnerin oder Ihres Partners`;
  return `${merkmal}: ${member.bezeichnung}`;
}

function questionsFor(member: HouseholdMember): Question[] {
  const gdb = labelFor(member, "Grad der Behinderung");
  const pflegegrad = labelFor(member, "Pflegegrad");
  return [
    {
      id: `${member.prefix}gdb`,
      kind: "choice",
      display: "select",
      label: gdb,
      hint: "Steht im Bescheid des Versorgungsamts oder im Schwerbehindertenausweis. Ohne Bescheid wählen Sie „Keine anerkannte Behinderung“.",
      options: GDB_OPTIONS,
    },
    {
      id: `${member.prefix}pflegegrad`,
      kind: "choice",
      display: "select",
      label: pflegegrad,
      hint: "Steht im Bescheid der Pflegekasse. Ohne Bescheid wählen Sie „Kein Pflegegrad“.",
      options: PFLEGEGRAD_OPTIONS,
    },
  ];
}

export const gesundheit: Step = {
  id: "gesundheit",
  title: "Pflegegrad und Behinderung",
  followUp: true,
  intro: "Sie haben angegeben, dass jemand in Ihrem Haushalt einen Pflegegrad oder eine Behinderung hat. Bitte wählen Sie für jede Person, was zutrifft.",
  questions(answers: Answers): Question[] {
    if (textAnswer(answers, "beeintraechtigung") !== "ja") return [];
    return householdMembers(answers).flatMap(questionsFor);
  },
};
