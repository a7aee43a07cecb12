import type { FinderMessages } from "./de";

/** Leichte Sprache for the finder: only the texts that differ from German (see ../ls.ts). */
export const finderLs: Partial<FinderMessages> = {
  finderIntro: "Hier finden Sie eine Beratungs-Stelle. Sie wählen ein Thema und einen Ort. Die Beratung kostet meistens nichts. Sie müssen Ihren Namen nicht sagen.",
  finderPlaceHint: "Zum Beispiel: 04109. Oder: Leipzig.",
  finderOnlyAccessible: "ohne Stufen erreichbar sind",
  finderHitStale: "Diese Angaben sind vielleicht alt. Bitte fragen Sie vorher bei der Beratungs-Stelle nach.",
  finderEmpty: "Wir haben keine Beratungs-Stelle gefunden.",
  finderStatusUnknownPlace: "Wir finden den Ort nicht. Bitte prüfen Sie den Ort.",
  placeCheckSpelling: "Ist der Ort richtig geschrieben? Sie können auch die Post-Leit-Zahl eingeben.",
  placeIncomplete: "„{input}“ ist keine ganze Post-Leit-Zahl. Eine Post-Leit-Zahl hat 5 Ziffern.",
};
