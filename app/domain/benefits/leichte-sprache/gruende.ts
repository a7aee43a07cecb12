/**
 * Every reason the Leistungs-Check can give, in Leichte Sprache, keyed by its stable code
 * ("<slug>.<reason>", see types.ts Grund). Rules of the Netzwerk Leichte Sprache: short
 * sentences, one statement each, active voice, no Genitiv, numbers as digits, formal "Sie", a
 * hard word explained in the sentence after it. Parameters (amounts, ages, persons) are read
 * from the German text (lesen.ts). __tests__/gruende.test.ts checks that every code in the rule
 * sources has a text here, and that no sentence is long.
 */
import type { Grund } from "../types";
import { aufzaehlen, Leser, lsNamen, Unlesbar, verb } from "./lesen";

type LsText = (t: Leser) => string[];

const VERMOEGEN = "Vermögen heißt: Geld auf dem Konto oder Dinge mit viel Wert.";
const FREIBETRAG = "Bis zu diesem Betrag dürfen Sie Ihr Vermögen behalten.";
const SCHONBETRAG = "Das heißt: Bis zu diesem Betrag dürfen Sie Ihr Vermögen behalten.";
const ALTERSGRENZE = "Ab dieser Grenze bekommt man Alters-Rente.";
const NICHT_SICHER = "Das wissen wir nach Ihren Angaben noch nicht.";

export const LS_GRUENDE: Record<string, LsText> = {
  // Arbeitslosengeld
  "arbeitslosengeld.beschaeftigt": (t) => [
    "Sie haben eine Arbeit.",
    "Arbeitslosen-Geld gibt es erst ohne Arbeit.",
    `Oder wenn Sie weniger als ${t.teil(/weniger als (\d+) Stunden/)} Stunden in der Woche arbeiten.`,
    "Endet Ihre Arbeit bald?",
    "Dann melden Sie sich früh bei der Agentur für Arbeit.",
    "Das müssen Sie 3 Monate vorher machen.",
  ],
  "arbeitslosengeld.selbststaendig": () => [
    "Sie arbeiten selbstständig.",
    "Das heißt: Sie haben keinen Chef.",
    "Dann bekommen Sie nur mit einer eigenen Versicherung Arbeitslosen-Geld.",
    "Diese Versicherung müssen Sie freiwillig abgeschlossen haben.",
  ],
  "arbeitslosengeld.nicht_arbeitslos": () => ["Sie sind nicht arbeitslos.", "Deshalb bekommen Sie wohl kein Arbeitslosen-Geld."],
  "arbeitslosengeld.bezug": () => ["Sie bekommen schon Arbeitslosen-Geld."],
  "arbeitslosengeld.altersgrenze": () => [
    "Sie haben die Alters-Grenze für die Rente erreicht.",
    "Dann gibt es kein Arbeitslosen-Geld mehr.",
    "Sie bekommen dann vielleicht Alters-Rente.",
  ],
  "arbeitslosengeld.nicht_verfuegbar": () => [
    "Für Arbeitslosen-Geld müssen Sie arbeiten können.",
    "Sie können zurzeit nicht arbeiten.",
    "Fragen Sie bei der Renten-Versicherung nach einer Rente.",
    "Diese Rente heißt: Erwerbs-Minderungs-Rente.",
    "Das ist Geld für Menschen, die nicht arbeiten können.",
  ],
  "arbeitslosengeld.anwartschaft_pruefen": (t) => [
    "Sie haben keine Arbeit.",
    "Vielleicht bekommen Sie Arbeitslosen-Geld.",
    `Dafür müssen Sie vorher mindestens ${t.teil(/mindestens (\d+) Monate/)} Monate gearbeitet haben.`,
    `Das gilt für die letzten ${t.teil(/letzten (\d+) Monaten/)} Monate.`,
    "Sie müssen in dieser Zeit in der Arbeitslosen-Versicherung gewesen sein.",
  ],

  // BAföG
  "bafoeg.taetigkeit_offen": () => [
    "BAföG gibt es für Schule ab Klasse 10.",
    "Und für Studium und Ausbildung an einer Schule.",
    "Vielleicht macht jemand in Ihrem Haushalt das.",
    NICHT_SICHER,
  ],
  "bafoeg.keine_ausbildung": (t) => [
    "In Ihrem Haushalt bekommt wohl niemand BAföG.",
    "BAföG gibt es für Schule ab Klasse 10.",
    "Und für Studium und Ausbildung an einer Schule.",
    `Die Ausbildung muss vor dem ${t.teil(/vor dem (\d+)\. Geburtstag/)}. Geburtstag beginnen.`,
  ],
  "bafoeg.ausbildung_schulisch": (t) => [
    `${verb(t.person(), "machen", "macht")} eine Ausbildung.`,
    "BAföG gibt es nur für eine Ausbildung an einer Schule.",
    "Zum Beispiel an einer Berufs-Fach-Schule.",
    "Für eine Ausbildung im Betrieb gibt es etwas anderes.",
    "Das heißt: Berufs-Ausbildungs-Beihilfe.",
  ],
  "bafoeg.altersgrenze": (t) => {
    const person = t.person();
    return [
      `${verb(person, "sind", "ist")} ${t.teil(/ (\d+) Jahre alt/)} Jahre alt.`,
      `BAföG gibt es meist nur bei einem Beginn vor dem ${t.teil(/vor dem (\d+)\. Geburtstag/)}. Geburtstag.`,
      "Es gibt Ausnahmen.",
      "Zum Beispiel, wenn man vorher eigene Kinder erzogen hat.",
      "Das Amt prüft das.",
    ];
  },
  "bafoeg.studium": (t) => [
    `${verb(t.person(), "studieren", "studiert")}.`,
    "Dann gibt es vielleicht BAföG.",
    "Das Amt prüft dafür das Einkommen von den Eltern.",
    "Einkommen heißt: das Geld, das man jeden Monat bekommt.",
    "Das Amt prüft auch das eigene Einkommen und Vermögen.",
  ],
  "bafoeg.wohnt_bei_eltern": (t) => [
    `${verb(t.person(), "wohnen", "wohnt")} bei den Eltern.`,
    "Dann gibt es weniger Geld für die Wohnung.",
    `Es gibt dann ${t.euro(0)} statt ${t.euro(1)}.`,
  ],
  "bafoeg.wohnsituation_offen": (t) => [
    `Vielleicht ${t.person().sie ? "wohnen Sie" : `wohnt ${t.person().wer}`} bei den Eltern.`,
    NICHT_SICHER,
    "Wir rechnen so, als ob keine Eltern im Haushalt wohnen.",
    `Bei den Eltern gibt es ${t.euro(0)} weniger.`,
  ],
  "bafoeg.vermoegen_deckt_bedarf": (t) => [
    `Ihr Vermögen ist höher als ${t.euro(0)}.`,
    VERMOEGEN,
    `Das Amt zieht deshalb jeden Monat ${t.euro(1)} ab.`,
    "Dann bleibt kein BAföG übrig.",
    "Das gilt, solange Sie das Vermögen haben.",
  ],
  "bafoeg.vermoegen_mindert": (t) => [
    `Ihr Vermögen ist höher als ${t.euro(0)}.`,
    VERMOEGEN,
    `Das Amt zieht deshalb jeden Monat ${t.euro(1)} ab.`,
  ],
  "bafoeg.schule_bei_eltern": (t) => [
    `${verb(t.person(), "gehen", "geht")} zur Schule.`,
    `${verb(t.person(), "wohnen", "wohnt")} bei den Eltern.`,
    "Dann gibt es BAföG nur an bestimmten Schulen.",
    "Zum Beispiel an einer Berufs-Fach-Schule.",
    "Am Gymnasium oder an der Real-Schule gibt es dann kein BAföG.",
  ],
  "bafoeg.schule": (t) => [
    `${verb(t.person(), "gehen", "geht")} zur Schule.`,
    "BAföG für die Schule gibt es ab Klasse 10.",
    "Am Gymnasium gibt es das nur ohne Eltern im Haushalt.",
    "Zum Beispiel, weil die Schule zu weit weg ist.",
  ],

  // Berufsausbildungsbeihilfe
  "berufsausbildungsbeihilfe.taetigkeit_offen": () => [
    "Berufs-Ausbildungs-Beihilfe gibt es für eine Ausbildung im Betrieb.",
    "Vielleicht macht jemand in Ihrem Haushalt eine Ausbildung.",
    NICHT_SICHER,
  ],
  "berufsausbildungsbeihilfe.keine_ausbildung": () => [
    "In Ihrem Haushalt macht niemand eine Ausbildung.",
    "Deshalb gibt es wohl keine Berufs-Ausbildungs-Beihilfe.",
  ],
  "berufsausbildungsbeihilfe.wohnt_bei_eltern": (t) => [
    `${verb(t.person(), "wohnen", "wohnt")} bei den Eltern.`,
    "Die Beihilfe gibt es nur ohne Eltern in der Wohnung.",
    "Das kann sich mit einer eigenen Wohnung ändern.",
  ],
  "berufsausbildungsbeihilfe.ausbildung": (t) => [
    `${verb(t.person(), "machen", "macht")} eine Ausbildung.`,
    "Für eine Ausbildung im Betrieb gibt es vielleicht Geld.",
    "Das Geld heißt: Berufs-Ausbildungs-Beihilfe.",
    "Das gibt es, wenn das Geld zum Leben nicht reicht.",
  ],
  "berufsausbildungsbeihilfe.wohnsituation_offen": () => [
    "Die Beihilfe gibt es nur ohne Eltern in der Wohnung.",
    "Wir wissen nicht, ob die Eltern mit in der Wohnung leben.",
  ],
  "berufsausbildungsbeihilfe.unter_18": (t) => [
    `Für Menschen unter ${t.teil(/Unter (\d+) Jahren/)} Jahren gibt es die Beihilfe nur in einem Fall:`,
    "Der Weg von den Eltern zum Betrieb ist zu weit.",
  ],
  "berufsausbildungsbeihilfe.verguetung_deckt_bedarf": (t) => [
    `${t.person().sie ? "Sie bekommen" : `${t.person().wer} bekommt`} für die Ausbildung ${t.euro(0)} im Monat.`,
    `Das Geld zum Leben ist ${t.euro(1)} im Monat.`,
    "Der Lohn reicht also schon.",
    "Dann gibt es keine Beihilfe.",
    "Hohe Kosten für die Fahrt können das ändern.",
  ],

  // Bildung und Teilhabe
  "bildung-und-teilhabe.angaben_offen": () => [
    "Bildung und Teilhabe gibt es für Kinder unter 18 Jahren.",
    "Und für Schüler und Schülerinnen unter 25 Jahren.",
    "Vielleicht lebt so jemand in Ihrem Haushalt.",
    NICHT_SICHER,
  ],
  "bildung-und-teilhabe.keine_kinder": () => [
    "Bildung und Teilhabe gibt es für Kinder unter 18 Jahren.",
    "Und für Schüler und Schülerinnen unter 25 Jahren.",
    "In Ihrem Haushalt lebt niemand davon.",
  ],
  "bildung-und-teilhabe.junge_menschen": (t) => [
    "Jemand in Ihrem Haushalt bekommt vielleicht Geld für Schule und Freizeit.",
    "Das Geld heißt: Bildung und Teilhabe.",
    `Es geht um: ${t.teil(/in Frage für: (.+)\.$/)}.`,
  ],
  "bildung-und-teilhabe.grundsicherung_bezug": () => [
    "Jemand in Ihrem Haushalt bekommt schon Grund-Sicherung oder Sozial-Hilfe.",
    "Dann gibt es auch Geld für Bildung und Teilhabe.",
  ],
  "bildung-und-teilhabe.voraussetzung_wahrscheinlich": (t) => [
    `Sie bekommen wahrscheinlich: ${aufzaehlen(lsNamen(t.teil(/(?:kommt|kommen) (.+?) wahrscheinlich in Frage/)))}.`,
    "Dann gibt es auch Geld für Bildung und Teilhabe.",
  ],
  "bildung-und-teilhabe.voraussetzung_moeglich": (t) => [
    `Sie bekommen vielleicht: ${aufzaehlen(lsNamen(t.teil(/(?:kommt|kommen) (.+?) möglicherweise in Frage/)))}.`,
    "Dann gibt es auch Geld für Bildung und Teilhabe.",
  ],
  "bildung-und-teilhabe.voraussetzung_offen": () => [
    "Für Bildung und Teilhabe braucht Ihr Haushalt eine andere Leistung.",
    "Zum Beispiel Grund-Sicherungs-Geld, Sozial-Hilfe, Kinder-Zuschlag oder Wohn-Geld.",
    NICHT_SICHER,
  ],
  "bildung-und-teilhabe.keine_voraussetzung": () => [
    "Für Bildung und Teilhabe braucht Ihr Haushalt eine andere Leistung.",
    "Zum Beispiel Grund-Sicherungs-Geld, Sozial-Hilfe, Kinder-Zuschlag oder Wohn-Geld.",
    "Sie bekommen wohl keine davon.",
    "Haben Sie hohe Kosten für die Schule?",
    "Zum Beispiel für eine Klassen-Fahrt?",
    "Dann fragen Sie trotzdem nach.",
  ],

  // Eingliederungshilfe
  "eingliederungshilfe.behinderung": (t) => [
    `${verb(t.person(), "haben", "hat")} einen Grad der Behinderung von ${t.teil(/Behinderung von (\d+)/)}.`,
    ...(t.hat("(Schwerbehinderung)") ? ["Das heißt: Schwer-Behinderung."] : []),
  ],
  "eingliederungshilfe.wesentliche_behinderung": () => [
    "Eingliederungs-Hilfe ist für Menschen mit einer schweren Behinderung.",
    "Die Behinderung macht vieles im Leben schwer.",
    "Zum Beispiel beim Wohnen, in der Schule, bei der Arbeit oder in der Freizeit.",
    "Das Amt prüft das bei jedem Menschen einzeln.",
    "Die Zahl für die Behinderung allein entscheidet nicht.",
  ],
  "eingliederungshilfe.vermoegen": (t) => [
    `Haben Sie mehr als ${t.euro(0)} Vermögen?`,
    VERMOEGEN,
    "Dann müssen Sie für manche Hilfen zuerst das Vermögen nehmen.",
    "Zum Beispiel für Hilfe im Alltag.",
  ],
  "eingliederungshilfe.behinderung_offen": () => [
    "Eingliederungs-Hilfe ist für Menschen mit einer schweren Behinderung.",
    "Vielleicht hat jemand in Ihrem Haushalt eine Behinderung.",
    NICHT_SICHER,
  ],
  "eingliederungshilfe.keine_behinderung": () => [
    "In Ihrem Haushalt hat kein Amt eine Behinderung festgestellt.",
    "Das muss aber nicht sein.",
    "Vielleicht kann jemand wegen einer Krankheit kaum am Alltag teilnehmen.",
    "Dann lassen Sie sich beraten.",
  ],
  "eingliederungshilfe.beitrag_eltern": (t) => [
    `${t.person().wer} ist ein Kind.`,
    "Das Amt schaut deshalb auf das Einkommen von den Eltern.",
    "Vielleicht müssen die Eltern dann etwas dazu zahlen.",
    "Hat das Kind eine seelische Behinderung?",
    "Dann hilft das Jugend-Amt.",
  ],
  "eingliederungshilfe.kein_beitrag_grundsicherung": (t) => [
    `${verb(t.person(), "bekommen", "bekommt")} Grund-Sicherung oder Sozial-Hilfe.`,
    "Dann muss niemand etwas zu den Kosten dazu zahlen.",
  ],
  "eingliederungshilfe.beitrag_offen": (t) => [
    `${t.hat("Ihr eigenes Einkommen") ? "Ihr Einkommen" : "Das Einkommen von Ihrer Partnerin oder Ihrem Partner"} ist höher als die Grenze.`,
    "Dann gelten besondere Regeln für den Beitrag.",
    "Beitrag heißt: Sie zahlen selbst etwas zu den Kosten.",
    "Das Amt rechnet den Beitrag aus.",
  ],
  "eingliederungshilfe.kein_beitrag": (t) => [
    `${verb(t.person(), "haben", "hat")} etwa ${t.euro(0)} Einkommen im Jahr.`,
    `Die Grenze ist ${t.euro(1)}.`,
    "Das Einkommen ist also nicht höher als die Grenze.",
    "Dann muss niemand etwas zu den Kosten dazu zahlen.",
  ],
  "eingliederungshilfe.beitrag": (t) => [
    `${verb(t.person(), "haben", "hat")} etwa ${t.euro(0)} Einkommen im Jahr.`,
    `Die Grenze ist ${t.euro(1)}.`,
    "Das Einkommen ist also höher als die Grenze.",
    `Dann ist vielleicht ein Beitrag von etwa ${t.euro(2)} im Monat nötig.`,
    "Beitrag heißt: Man zahlt selbst etwas zu den Kosten.",
    "Das Amt schaut auf das Einkommen von vor 2 Jahren.",
    "Für manche Hilfen zahlt man nie etwas dazu.",
    "Zum Beispiel für Hilfen bei der Arbeit.",
  ],

  // Grundsicherung im Alter und bei Erwerbsminderung
  "grundsicherung-im-alter.erwachsenes_kind": (t) => [
    "Ein erwachsenes Kind kann vielleicht nie arbeiten.",
    "Dann bekommt es selbst Grund-Sicherung.",
    `Das Einkommen von den Eltern zählt erst ab ${t.teil(/ab (100\.000\s€)/)} im Jahr.`,
  ],
  "grundsicherung-im-alter.altersgrenze_offen": () => [
    "Vielleicht haben Sie die Alters-Grenze schon erreicht.",
    ALTERSGRENZE,
    "Das hängt von Ihrem Geburts-Monat ab.",
  ],
  "grundsicherung-im-alter.nicht_im_alter": () => [
    "Diese Grund-Sicherung gibt es ab der Alters-Grenze.",
    "Für die meisten Menschen ist die Grenze 67 Jahre.",
    "Das gilt für alle, die ab dem Jahr 1964 geboren sind.",
    "Oder für Menschen ab 18 Jahren, die nie mehr arbeiten können.",
    "Beides passt nicht zu Ihren Angaben.",
  ],
  "grundsicherung-im-alter.gemischter_haushalt": () => [
    "Wer die Alters-Grenze erreicht hat, bekommt diese Grund-Sicherung.",
    "Das gilt auch für Menschen, die nie mehr arbeiten können.",
    "Wer arbeiten kann, bekommt Geld vom Job-Center.",
  ],
  "grundsicherung-im-alter.altersgrenze_erreicht": (t) => [
    `${verb(t.person(), "haben", "hat")} die Alters-Grenze erreicht.`,
    ALTERSGRENZE,
  ],
  "grundsicherung-im-alter.erwerbsminderung": () => [
    "Jemand in Ihrem Haushalt kann nicht arbeiten.",
    "Wir denken: Das bleibt für immer so.",
    "Das prüft die Renten-Versicherung.",
    "Ist es nur für kurze Zeit so?",
    "Dann gibt es vielleicht Hilfe zum Lebens-Unterhalt.",
  ],
  "grundsicherung-im-alter.vermoegen": (t) => [
    `Ihr Vermögen ist höher als ${t.euro(0)}.`,
    VERMOEGEN,
    SCHONBETRAG,
    "Dann müssen Sie zuerst von Ihrem Vermögen leben.",
  ],
  "grundsicherung-im-alter.einkommen_reicht": () => ["Ihr Einkommen reicht für Ihr Leben.", "Einkommen heißt: das Geld, das Sie jeden Monat bekommen."],
  "grundsicherung-im-alter.bedarf_nicht_gedeckt": () => [
    "Ihr Einkommen reicht nicht für Ihr Leben.",
    "Einkommen heißt: das Geld, das Sie jeden Monat bekommen.",
  ],
  "grundsicherung-im-alter.vorrang_wohngeld": (t) => [
    "Wohn-Geld kommt zuerst.",
    `Wir schätzen: Sie bekommen ${t.euro(0)} Wohn-Geld im Monat.`,
    "Das reicht für Ihr Leben.",
    "Dann bekommen Sie Wohn-Geld statt Grund-Sicherung.",
  ],
  "grundsicherung-im-alter.wohngeld_reicht_nicht": () => [
    "Wohn-Geld reicht wohl nicht für Ihr Leben.",
    "Dann bekommen Sie Grund-Sicherung statt Wohn-Geld.",
  ],

  // Grundsicherungsgeld (SGB II)
  "grundsicherungsgeld.altersgrenze_oder_erwerbsminderung": (t) => [
    `${t.grundsicherungsgeld()} ist für Menschen, die arbeiten können.`,
    "Und die noch keine Alters-Rente bekommen können.",
    "Für Sie passt eher die Grund-Sicherung im Alter.",
  ],
  "grundsicherungsgeld.nicht_erwerbsfaehig": (t) => [
    `Für ${t.grundsicherungsgeld()} muss jemand im Haushalt arbeiten können.`,
    "Die Person muss mindestens 15 Jahre alt sein.",
    "Für Sie passt eher Hilfe zum Lebens-Unterhalt.",
    "Diese Hilfe gibt es beim Sozial-Amt.",
  ],
  "grundsicherungsgeld.altersgrenze_offen": () => [
    "Vielleicht haben Sie die Alters-Grenze schon erreicht.",
    ALTERSGRENZE,
    "Das hängt von Ihrem Geburts-Monat ab.",
  ],
  "grundsicherungsgeld.gemischter_haushalt": (t) => [
    `Wer arbeiten kann, bekommt ${t.grundsicherungsgeld()}.`,
    "Wer nicht mehr arbeiten kann, bekommt Grund-Sicherung im Alter.",
    "Das Amt rechnet das Einkommen von allen zusammen.",
  ],
  "grundsicherungsgeld.studium": (t) => [
    `Wer studiert, bekommt meist BAföG statt ${t.grundsicherungsgeld()}.`,
    "Es gibt Ausnahmen.",
    "Zum Beispiel in der Schwangerschaft.",
    "Oder für Menschen, die allein ein Kind erziehen.",
  ],
  "grundsicherungsgeld.vermoegen": (t) => [
    `Ihr Vermögen ist höher als ${t.euro(0)}.`,
    VERMOEGEN,
    FREIBETRAG,
    "Dann müssen Sie zuerst von Ihrem Vermögen leben.",
  ],
  "grundsicherungsgeld.einkommen_reicht": () => [
    "Ihr Einkommen reicht für Ihren Haushalt.",
    "Einkommen heißt: das Geld, das Sie jeden Monat bekommen.",
  ],
  "grundsicherungsgeld.bedarf_nicht_gedeckt": () => [
    "Ihr Einkommen reicht nicht für Ihren Haushalt.",
    "Einkommen heißt: das Geld, das Sie jeden Monat bekommen.",
  ],
  "grundsicherungsgeld.ausbildung": (t) => [
    "In einer Ausbildung gibt es zuerst andere Hilfen.",
    "Zum Beispiel BAföG oder Berufs-Ausbildungs-Beihilfe.",
    `${t.grundsicherungsgeld()} gibt es dann nur selten.`,
  ],
  "grundsicherungsgeld.vorrang_arbeitslosengeld": (t) => [
    "Arbeitslosen-Geld kommt zuerst.",
    "Reicht das Geld nicht für Ihr Leben?",
    `Dann bekommen Sie zusätzlich ${t.grundsicherungsgeld()}.`,
  ],
  "grundsicherungsgeld.vorrang_wohngeld_kinderzuschlag": (t) => {
    const namen = lsNamen(t.teil(/^(.+?) (?:geht|gehen) vor\./));
    const welche = aufzaehlen(namen);
    return [
      `${welche} ${namen.length > 1 ? "kommen" : "kommt"} zuerst.`,
      `Wir schätzen: Sie bekommen davon ${t.euro(0)} im Monat.`,
      "Das reicht für Ihr Leben.",
      `Dann bekommen Sie ${welche} statt ${t.grundsicherungsgeld()}.`,
    ];
  },
  "grundsicherungsgeld.wahlrecht_kinderzuschlag": (t) => [
    `Sie bekommen vielleicht ${aufzaehlen(lsNamen(t.teil(/^Mit (.+?) fehlen/)))}.`,
    `Dann fehlen Ihnen nur noch ${t.euro(0)} im Monat.`,
    "Sie dürfen dann wählen.",
    `Sie nehmen ${t.grundsicherungsgeld()}.`,
    "Oder Sie nehmen Kinder-Zuschlag und Wohn-Geld.",
  ],
  "grundsicherungsgeld.vorrang_reicht_nicht": (t) => [
    `${aufzaehlen(lsNamen(t.teil(/^(.+?) (?:reicht|reichen) nach/)))} ${t.hat(/^\S+ und \S+ reichen/) ? "reichen" : "reicht"} wohl nicht für Ihr Leben.`,
    `Dann bekommen Sie ${t.grundsicherungsgeld()}.`,
  ],

  // Hilfe zum Lebensunterhalt
  "hilfe-zum-lebensunterhalt.vorrang_grundsicherungsgeld": () => [
    "Für Ihren Haushalt ist das Job-Center da.",
    "Auch Menschen, die nicht arbeiten können, bekommen dort Geld.",
    "Das Geld heißt: Grund-Sicherungs-Geld.",
  ],
  "hilfe-zum-lebensunterhalt.vorrang_grundsicherung_im_alter": () => [
    "Für Sie passt eher die Grund-Sicherung im Alter.",
    "Hilfe zum Lebens-Unterhalt ist für Menschen, die kurze Zeit nicht arbeiten können.",
    "Das Sozial-Amt prüft beides.",
  ],
  "hilfe-zum-lebensunterhalt.vermoegen": (t) => [`Ihr Vermögen ist höher als ${t.euro(0)}.`, VERMOEGEN, SCHONBETRAG],
  "hilfe-zum-lebensunterhalt.einkommen_reicht": () => [
    "Das Einkommen in Ihrem Haushalt reicht auch für die Kinder.",
    "Einkommen heißt: das Geld, das Sie jeden Monat bekommen.",
  ],
  "hilfe-zum-lebensunterhalt.bedarf_nicht_gedeckt": () => [
    "In Ihrem Haushalt kann niemand arbeiten.",
    "Das Einkommen reicht nicht für Ihr Leben.",
    "Dann hilft das Sozial-Amt.",
    "Die Hilfe heißt: Hilfe zum Lebens-Unterhalt.",
  ],
  "hilfe-zum-lebensunterhalt.vorrang_wohngeld": (t) => [
    "Wohn-Geld kommt zuerst.",
    `Wir schätzen: Sie bekommen ${t.euro(0)} Wohn-Geld im Monat.`,
    "Das reicht für Ihr Leben.",
    "Dann bekommen Sie Wohn-Geld statt Hilfe zum Lebens-Unterhalt.",
  ],
  "hilfe-zum-lebensunterhalt.wohngeld_reicht_nicht": () => [
    "Wohn-Geld reicht wohl nicht für Ihr Leben.",
    "Dann bekommen Sie Hilfe zum Lebens-Unterhalt statt Wohn-Geld.",
  ],

  // Hilfe zur Pflege
  "hilfe-zur-pflege.pflegegrad_1": (t) => [
    `${verb(t.person(), "haben", "hat")} Pflege-Grad 1.`,
    "Dann gibt es nur wenig Hilfe zur Pflege.",
    "Zum Beispiel Hilfs-Mittel oder einen Umbau in der Wohnung.",
    "Das zahlt meist schon die Pflege-Kasse.",
    "Brauchen Sie mehr Hilfe?",
    "Dann fragen Sie die Pflege-Kasse nach einem höheren Pflege-Grad.",
  ],
  "hilfe-zur-pflege.pflegegrad": (t) => [
    `${verb(t.person(), "haben", "hat")} Pflege-Grad ${t.teil(/Pflegegrad (\d)/)}.`,
    "Die Pflege-Versicherung zahlt zuerst.",
    "Reicht das Geld nicht?",
    "Zum Beispiel im Pflege-Heim?",
    "Dann zahlt das Sozial-Amt vielleicht den Rest.",
  ],
  "hilfe-zur-pflege.einkommen_der_person": () => [
    "Das Sozial-Amt prüft das Einkommen von dem Menschen mit Pflege-Bedarf.",
    "Bei Kindern prüft es auch das Einkommen von den Eltern.",
  ],
  "hilfe-zur-pflege.pflegegrad_offen": () => [
    "Hilfe zur Pflege gibt es nur mit einem Pflege-Grad.",
    "Vielleicht hat jemand in Ihrem Haushalt einen Pflege-Grad.",
    NICHT_SICHER,
  ],
  "hilfe-zur-pflege.kein_pflegegrad": () => [
    "In Ihrem Haushalt hat niemand einen Pflege-Grad.",
    "Deshalb gibt es wohl keine Hilfe zur Pflege.",
  ],
  "hilfe-zur-pflege.vermoegen_ueber_schonbetrag": (t) => [
    `Ihr Vermögen ist höher als ${t.euro(0)}.`,
    VERMOEGEN,
    "Sie müssen das Geld über dieser Grenze zuerst für die Pflege nehmen.",
    "Danach hilft das Sozial-Amt.",
    "Eine eigene Wohnung in normaler Größe zählt nicht mit.",
  ],
  "hilfe-zur-pflege.vermoegen_unter_schonbetrag": (t) => [
    `Ihr Vermögen ist nicht höher als ${t.euro(0)}.`,
    VERMOEGEN,
    "Sie müssen Ihr Vermögen nicht für die Pflege nehmen.",
  ],
  "hilfe-zur-pflege.einkommen_unter_grenze": (t) => [
    `${t.hat("gemeinsames") ? "Sie haben zusammen" : "Sie haben"} ${t.euro(0)} Einkommen im Monat.`,
    `Die Grenze ist ${t.euro(1)}.`,
    "Ihr Einkommen ist niedriger als die Grenze.",
    "Für die Pflege zu Hause müssen Sie dann meist nichts zahlen.",
    "Im Pflege-Heim müssen Sie meist viel von Ihrem Einkommen zahlen.",
  ],
  "hilfe-zur-pflege.einkommen_ueber_grenze": (t) => [
    `${t.hat("gemeinsames") ? "Sie haben zusammen" : "Sie haben"} ${t.euro(0)} Einkommen im Monat.`,
    `Die Grenze ist ${t.euro(1)}.`,
    "Ihr Einkommen ist höher als die Grenze.",
    "Dann zahlen Sie einen Teil von dem Geld über der Grenze für die Pflege.",
    "Kostet die Pflege viel?",
    "Dann gibt es trotzdem vielleicht Hilfe zur Pflege.",
  ],

  // Hilfe in besonderen sozialen Schwierigkeiten
  "hilfe-in-besonderen-sozialen-schwierigkeiten.ohne_wohnung": () => [
    "Sie haben keine Wohnung.",
    "Dann gibt es diese Hilfe.",
    "Sie bekommen Beratung und Begleitung.",
    "Und Hilfe bei der Suche nach einer Wohnung.",
    "Ihr Geld spielt für Beratung und Begleitung keine Rolle.",
  ],
  "hilfe-in-besonderen-sozialen-schwierigkeiten.wohnsituation_offen": () => [
    "Diese Hilfe ist für Menschen in einer sehr schweren Lage.",
    "Zum Beispiel für Menschen ohne Wohnung.",
    "Wir wissen noch nicht, wie Sie wohnen.",
  ],
  "hilfe-in-besonderen-sozialen-schwierigkeiten.wohnung_vorhanden": () => [
    "Sie haben eine Wohnung.",
    "Diese Hilfe ist für Menschen in einer sehr schweren Lage.",
    "Zum Beispiel: Sie verlieren bald Ihre Wohnung.",
    "Oder Sie kommen aus dem Gefängnis.",
    "Oder jemand tut Ihnen Gewalt an.",
    "Dann hilft eine Beratungs-Stelle.",
  ],

  // Hilfen zur Gesundheit
  "hilfen-zur-gesundheit.versichert": () => [
    "In Ihrem Haushalt haben alle eine Kranken-Versicherung.",
    "Kinder sind meist bei den Eltern mit versichert.",
    "Hilfen zur Gesundheit sind für Menschen ohne Kranken-Versicherung.",
  ],
  "hilfen-zur-gesundheit.versicherung_offen": () => [
    "Hilfen zur Gesundheit sind für Menschen ohne Kranken-Versicherung.",
    "Diese Menschen können den Arzt nicht selbst bezahlen.",
    "Wir fragen nicht nach Ihrer Kranken-Versicherung.",
    "Die meisten Menschen haben eine Kranken-Versicherung.",
    "Dann brauchen Sie diese Hilfe nicht.",
  ],
  "hilfen-zur-gesundheit.ohne_wohnung": () => [
    "Menschen ohne Wohnung haben manchmal keine Kranken-Versicherung.",
    "Beratungs-Stellen für Menschen ohne Wohnung helfen Ihnen.",
    "Sie kennen auch Ärzte für Menschen ohne Versicherung.",
  ],

  // Kindergeld
  "kindergeld.keine_kinder": () => ["In Ihrem Haushalt leben keine Kinder."],
  "kindergeld.minderjaehrig": () => ["Für Kinder unter 18 Jahren gibt es immer Kinder-Geld."],
  "kindergeld.ausbildung": () => [
    "Ein Kind ist 18 bis 24 Jahre alt.",
    "Es geht zur Schule, macht eine Ausbildung oder studiert.",
    "Dann gibt es weiter Kinder-Geld.",
  ],
  "kindergeld.arbeitsuchend": () => [
    "Ein Kind ist unter 21 Jahre alt und hat keine Arbeit.",
    "Dann gibt es Kinder-Geld.",
    "Das Kind muss bei der Agentur für Arbeit gemeldet sein.",
  ],
  "kindergeld.arbeitsuchend_ueber_21": () => [
    "Ein Kind ist 21 Jahre oder älter und hat keine Arbeit.",
    "Dann gibt es Kinder-Geld nur in einem Fall:",
    "Das Kind sucht einen Ausbildungs-Platz und hat noch keinen.",
  ],
  "kindergeld.uebergang_oder_freiwilligendienst": () => [
    "Ein Kind ist unter 25 Jahre alt.",
    "Es macht einen Freiwilligen-Dienst.",
    "Oder es macht eine Pause zwischen 2 Ausbildungen.",
    "Die Pause ist höchstens 4 Monate lang.",
    "Dann gibt es auch Kinder-Geld.",
  ],
  "kindergeld.behinderung": () => [
    "Ein Kind hat eine Behinderung.",
    "Dann gibt es Kinder-Geld auch ab 25 Jahren.",
    "Die Behinderung muss vor dem 25. Geburtstag da gewesen sein.",
    "Und das Kind kann nicht selbst für sich sorgen.",
  ],
  "kindergeld.erwerbstaetig": () => [
    "Ein Kind ist 18 Jahre oder älter.",
    "Es arbeitet und macht keine Ausbildung.",
    "Dann gibt es wohl kein Kinder-Geld.",
  ],
  "kindergeld.zu_alt": () => ["Ein Kind ist 25 Jahre oder älter.", "Dann gibt es meist kein Kinder-Geld mehr."],

  // Kinderzuschlag
  "kinderzuschlag.keine_kinder": () => ["Kinder-Zuschlag gibt es für Kinder.", "In Ihrem Haushalt leben keine Kinder."],
  "kinderzuschlag.kindergeld_noetig": () => ["Kinder-Zuschlag gibt es nur für Kinder mit Kinder-Geld."],
  "kinderzuschlag.mindesteinkommen": (t) => [
    `Eltern brauchen mindestens ${t.euro(0)} Einkommen im Monat.`,
    `Das gilt für ${t.hat("(Alleinerziehende)") ? "Menschen, die allein ein Kind erziehen" : "Paare"}.`,
    "Gemeint ist das Einkommen vor Steuern.",
    "Ihr Einkommen ist niedriger.",
    "Kinder-Geld und Wohn-Geld zählen dabei nicht mit.",
  ],
  "kinderzuschlag.einkommen_zu_hoch": () => ["Ihr Einkommen ist zu hoch.", "Deshalb gibt es keinen Kinder-Zuschlag."],
  "kinderzuschlag.eltern_decken_eigenen_bedarf": (t) => [
    `Ihr Einkommen ist mindestens ${t.euro(0)} im Monat.`,
    "Aber es reicht nicht für die ganze Familie.",
    "Dafür gibt es den Kinder-Zuschlag.",
  ],
  "kinderzuschlag.vermoegen": (t) => [`Ihr Vermögen ist viel höher als ${t.euro(0)}.`, VERMOEGEN, FREIBETRAG],
  "kinderzuschlag.vermeidet_grundsicherungsgeld": () => ["Mit dem Kinder-Zuschlag reicht Ihr Geld für die ganze Familie."],
  "kinderzuschlag.nur_mit_wohngeld": () => [
    "Der Kinder-Zuschlag allein reicht nicht für die ganze Familie.",
    "Zusammen mit Wohn-Geld reicht es vielleicht.",
    "Mehr dazu steht beim Grund-Sicherungs-Geld.",
  ],

  // Wohngeld
  "wohngeld.lastenzuschuss": () => [
    "Ihnen gehört Ihre Wohnung oder Ihr Haus.",
    "Dann heißt das Wohn-Geld: Lasten-Zuschuss.",
  ],
  "wohngeld.hoechstbetrag": (t) => [
    "Ihre Wohnung kostet mehr als die Grenze.",
    `Wir rechnen höchstens mit ${t.euro(0)} im Monat.`,
  ],
  "wohngeld.mitglieder_ausgeschlossen": (t) => {
    const anzahl = t.hat(/^Eine Person/) ? "1 Person" : `${t.teil(/^(\d+) Personen/)} Personen`;
    return [
      `${anzahl} in Ihrem Haushalt ${anzahl === "1 Person" ? "bekommt" : "bekommen"} Grund-Sicherung oder Sozial-Hilfe.`,
      `${anzahl === "1 Person" ? "Sie zählt" : "Sie zählen"} beim Wohn-Geld nicht mit.`,
      "Wir rechnen nur mit der Miete für die anderen Personen.",
    ];
  },
  "wohngeld.freibetraege": (t) => {
    const gruende: Record<string, string> = {
      Schwerbehinderung: "Schwer-Behinderung",
      Alleinerziehende: "Eltern allein mit Kind",
      "eigenes Einkommen von Kindern": "Lohn von Kindern",
      Grundrentenzeiten: "Grund-Rente",
    };
    const liste = t.teil(/Freibeträge für: (.+)\.$/).split(", ").map((teil) => {
      const ls = gruende[teil];
      if (ls === undefined) throw new Unlesbar(`unbekannter Freibetrag ${teil}`);
      return ls;
    });
    return ["Wir ziehen einen Teil von Ihrem Einkommen ab.", `${liste.length > 1 ? "Die Gründe sind" : "Der Grund ist"}: ${aufzaehlen(liste)}.`];
  },
  "wohngeld.transferleistung": () => [
    "Sie bekommen Grund-Sicherung oder Sozial-Hilfe.",
    "Damit wird meist auch die Miete bezahlt.",
    "Dann gibt es kein Wohn-Geld dazu.",
  ],
  "wohngeld.keine_wohnkosten": () => ["Wohn-Geld ist Geld für die Miete.", "Sie haben keine Wohnung.", "Deshalb gibt es kein Wohn-Geld."],
  "wohngeld.ausbildungsfoerderung": () => [
    "Alle in Ihrem Haushalt studieren oder machen eine Ausbildung.",
    "Dann gibt es meist kein Wohn-Geld.",
    "Es gibt dann zuerst BAföG oder Berufs-Ausbildungs-Beihilfe.",
    "Es gibt Ausnahmen.",
    "Zum Beispiel, wenn Sie zu alt für BAföG sind.",
  ],
  "wohngeld.vermoegen": () => ["Ihr Vermögen ist zu hoch für Wohn-Geld.", VERMOEGEN],
  "wohngeld.wohnkosten_fehlen": () => [
    "Wir wissen nicht, wie viel Ihre Wohnung kostet.",
    "Deshalb können wir Wohn-Geld nicht schätzen.",
  ],
  "wohngeld.kein_einkommen": () => [
    "Wohn-Geld gibt es nur zusätzlich zu einem Einkommen.",
    "Sie haben kein Einkommen.",
    "Dann passt meist Grund-Sicherungs-Geld oder Sozial-Hilfe besser.",
  ],
  "wohngeld.mietstufe_entscheidet": (t) => [
    ...(t.hat(/^Ob Sie/) ? ["Vielleicht bekommen Sie Wohn-Geld."] : ["Sie bekommen vielleicht Wohn-Geld."]),
    `Es sind zwischen ${t.euro(0)} und ${t.euro(1)} im Monat.`,
    "Das hängt von Ihrem Wohn-Ort ab.",
    "Jeder Ort hat eine Miet-Stufe.",
    "Die Miet-Stufe sagt: So teuer sind Wohnungen hier.",
  ],
  "wohngeld.unter_mindestbetrag": (t) => [
    `Sie bekommen wohl weniger als ${t.euro(0)} Wohn-Geld im Monat.`,
    "So wenig Geld wird nicht bezahlt.",
  ],
  "wohngeld.einkommen_zu_hoch": () => ["Ihr Einkommen ist wohl zu hoch für Wohn-Geld."],
  "wohngeld.betrag": (t) => [`Sie bekommen wohl etwa ${t.euro(0)} Wohn-Geld im Monat.`],
};

/**
 * The sentences of a reason in Leichte Sprache, or null when there is no version for its code or
 * its parameters cannot be read (then the German text stays, see lesen.ts).
 */
export function lsSaetze(grund: Grund): string[] | null {
  const text = LS_GRUENDE[grund.code];
  if (!text) return null;
  try {
    return text(new Leser(grund.text));
  } catch (error) {
    if (error instanceof Unlesbar) return null;
    throw error;
  }
}

/** The reason in Leichte Sprache as one text, or null (see lsSaetze). */
export function lsGrund(grund: Grund): string | null {
  return lsSaetze(grund)?.join(" ") ?? null;
}
