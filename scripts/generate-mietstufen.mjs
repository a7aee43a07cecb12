#!/usr/bin/env node
/**
 * Builds app/domain/benefits/places/data/mietstufen-plz.generated.ts: every German postcode →
 * its municipalities (AGS) → Mietenstufe of the WoGV Anlage, precomputed so that a lookup is two
 * map reads.
 *
 * Inputs:
 * 1. app/domain/benefits/places/data/wogv-anlage-2023.txt — the Anlage zu § 1 Abs. 3 WoGV
 *    (Mietenstufen ab 1. Januar 2023), line by line as in the law (public domain, § 5 UrhG).
 * 2. The postcode → municipality table "zuordnung_plz_ort.csv" of suche-postleitzahl.org
 *    (columns osm_id,ags,ort,plz,landkreis,bundesland; © OpenStreetMap contributors, ODbL 1.0).
 *    Pass its path as the first argument; UTF-8 or UTF-16 with BOM. The committed table was built
 *    from the copy in github.com/Joeatc/F73-SQL (zuordnung_plz_ort.csv, commit 85f66802d928,
 *    January 2024, UTF-16, sha256 d25e24ddc1d7007f618e8c3cee7cbc97956c47f192ba0a3ac90ede622d6d8f9e):
 *    10,775 municipalities, 8,170 postcodes, AGS as in OpenStreetMap at that time.
 *
 * The Anlage names municipalities, not keys. Each Gemeinde line is matched by name inside its
 * Land, each Kreis line by the Kreis name; names the rules below cannot place are listed in
 * NAMEN (Anlage wording → name in the postcode table) and the script fails on anything left
 * open or ambiguous. Municipalities not listed in the Gemeinde table take their Kreis value
 * (sentence 1 of the Anlage); the islands without a mainland connection (§ 12 Abs. 4a WoGG)
 * take the common island value.
 *
 *   node scripts/generate-mietstufen.mjs path/to/zuordnung_plz_ort.csv
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = resolve(root, "app/domain/benefits/places/data");
const ROMAN = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7 };

/**
 * Anlage wording (Land|Tabelle|Eintrag) → AGS of the municipality (8 digits) or name of the Kreis in the
 * postcode table, where the name rules do not reach: the postcode table spells many names differently
 * ("Bad Homburg vor der Höhe"), or several municipalities of the Land share the name (then the one
 * with 10,000 or more inhabitants is meant, e.g. Malsch in the Landkreis Karlsruhe).
 */
const NAMEN = {
  "Baden-Württemberg|Gemeinde|Endingen am Kaiserstuhl, Stadt": "08316012",
  "Baden-Württemberg|Gemeinde|Malsch": "08215046",
  "Baden-Württemberg|Gemeinde|Phillipsburg, Stadt": "08215066",
  "Baden-Württemberg|Gemeinde|Weingarten, Baden": "08215090",
  "Baden-Württemberg|Gemeinde|Weingarten, Stadt": "08436082",
  "Bayern|Gemeinde|Alzenau i. Ufr., Stadt": "09671111",
  "Bayern|Gemeinde|Amberg, Stadt": "09361000",
  "Bayern|Gemeinde|Eching": "09178120",
  "Bayern|Gemeinde|Holzkirchen, Markt": "09182120",
  "Bayern|Gemeinde|Moosburg an der Isar, Stadt": "09178143",
  "Bayern|Gemeinde|Simbach a. Inn, Stadt": "09277145",
  // Taufkirchen bei München (the Lkr. Mühldorf one has ~2,000 inhabitants and is not listed by
  // itself). Its "II", five below the Kreis, is real, not a misprint: see the Landtag motion cited
  // in app/domain/benefits/places/__tests__/mietstufe.test.ts.
  "Bayern|Gemeinde|Taufkirchen": "09184145",
  "Bayern|Gemeinde|Taufkirchen (Vils)": "09177139",
  "Bayern|Gemeinde|Weilheim i. OB, Stadt": "09190157",
  "Bayern|Gemeinde|Weißenburg i. Bayern, Stadt": "09577177",
  "Bayern|Kreis|Neustadt/Aisch-Bad Windsheim": "Neustadt an der Aisch-Bad Windsheim",
  "Brandenburg|Gemeinde|Ahrensfelde-Blumberg": "12060005",
  "Brandenburg|Gemeinde|Bernau bei Berlin, Stadt": "12060020",
  "Brandenburg|Gemeinde|Cottbus, Stadt": "12052000",
  "Brandenburg|Gemeinde|Forst (Lausitz), Stadt": "12071076",
  "Hessen|Gemeinde|Arolsen, Stadt": "06635002",
  "Hessen|Gemeinde|Bad Homburg v.d. Höhe, Stadt": "06434001",
  "Hessen|Gemeinde|Flörsheim am Main, Stadt": "06436004",
  "Hessen|Gemeinde|Friedberg (Hessen), Stadt": "06440008",
  "Hessen|Gemeinde|Heppenheim (Bergstr.), Stadt": "06431011",
  "Hessen|Gemeinde|Hochheim am Main, Stadt": "06436006",
  "Hessen|Gemeinde|Kelkheim (Taunus), Stadt": "06436008",
  "Hessen|Gemeinde|Langen (Hessen), Stadt": "06438006",
  "Hessen|Gemeinde|Lauterbach (Hessen), Stadt": "06535011",
  "Hessen|Gemeinde|Münster": "06432015",
  "Hessen|Gemeinde|Oberursel (Taunus), Stadt": "06434008",
  "Hessen|Gemeinde|Rüsselsheim, Stadt": "06433012",
  "Niedersachsen|Gemeinde|Brake (Unterweser), Stadt": "03461002",
  "Niedersachsen|Gemeinde|Burgdorf, Stadt": "03241003",
  "Niedersachsen|Gemeinde|Dissen am Teutoburger Wald": "03459015",
  "Niedersachsen|Gemeinde|Gronau (Leine), Stadt": "03254043",
  "Niedersachsen|Gemeinde|Hilter am Teutoburger Wald": "03459022",
  "Niedersachsen|Gemeinde|Leer (Ostfriesland), Stadt": "03457013",
  "Niedersachsen|Gemeinde|Lohne (Oldenburg), Stadt": "03460006",
  "Niedersachsen|Gemeinde|Oldenburg (Oldenburg), Stadt": "03403000",
  "Niedersachsen|Gemeinde|Rotenburg (Wümme), Stadt": "03357039",
  "Niedersachsen|Gemeinde|Saterland": "03453013",
  "Niedersachsen|Gemeinde|Steinfeld (Oldenburg)": "03460008",
  "Niedersachsen|Kreis|Nienburg (Weser)": "Nienburg/Weser",
  "Niedersachsen|Kreis|Soltau-Fallingbostel (Heidekreis)": "Heidekreis",
  "Nordrhein-Westfalen|Gemeinde|Gronau (Westfalen), Stadt": "05554020",
  "Nordrhein-Westfalen|Gemeinde|Halle (Westfalen), Stadt": "05754012",
  "Nordrhein-Westfalen|Gemeinde|Leichlingen (Rheinland), Stadt": "05378016",
  "Nordrhein-Westfalen|Gemeinde|Menden (Sauerland), Stadt": "05962040",
  "Nordrhein-Westfalen|Gemeinde|Stolberg (Rheinland), Kupferstadt": "05334032",
  "Nordrhein-Westfalen|Gemeinde|Sundern (Sauerland), Stadt": "05958044",
  "Rheinland-Pfalz|Gemeinde|Herxheim b. Landau/Pfalz": "07337038",
  "Rheinland-Pfalz|Gemeinde|Neustadt (a. d. Weinstr.), Stadt": "07316000",
  "Sachsen|Gemeinde|Auerbach/Vogtl., Stadt": "14523020",
  "Sachsen|Gemeinde|Bautzen, Stadt": "14625020",
  "Sachsen|Gemeinde|Hoyerswerda, Stadt": "14625240",
  "Sachsen|Gemeinde|Kamenz, Stadt": "14625250",
  "Sachsen|Gemeinde|Lichtenstein/Sa., Stadt": "14524160",
  "Sachsen|Gemeinde|Neustadt i. Sa., Stadt": "14628260",
  "Sachsen|Gemeinde|Reichenbach/Vogtl., Stadt": "14523340",
  "Sachsen|Gemeinde|Schwarzenberg/Erzgeb., Stadt": "14521550",
  "Sachsen|Gemeinde|Stollberg/Erzgeb., Stadt": "14521590",
  "Sachsen|Gemeinde|Weißwasser/O.L., Stadt": "14626600",
  "Sachsen-Anhalt|Gemeinde|Bernburg (Saale), Stadt": "15089030",
  "Sachsen-Anhalt|Gemeinde|Blankenburg (Harz), Stadt": "15085055",
  "Sachsen-Anhalt|Gemeinde|Eisleben, Lutherstadt": "15087130",
  "Sachsen-Anhalt|Gemeinde|Oschersleben (Bode), Stadt": "15083415",
  "Schleswig-Holstein|Gemeinde|Quickborn, Stadt": "01056041",
  "Schleswig-Holstein|Gemeinde|Schenefeld, Stadt": "01056044",
  "Thüringen|Gemeinde|Bad Frankenhausen/Kyff": "16065003",
  "Thüringen|Gemeinde|Mühlhausen/Thüringen, Stadt": "16064046",
};

/** § 12 Abs. 4a WoGG: municipalities on islands without a mainland connection (name in the postcode table). */
const INSELN = [
  "Baltrum", "Borkum", "Juist", "Langeoog", "Norderney", "Spiekeroog", "Wangerooge",
  "Nebel", "Norddorf auf Amrum", "Wittdün auf Amrum", "Alkersum", "Borgsum", "Dunsum", "Midlum", "Nieblum",
  "Oevenum", "Oldsum", "Süderende", "Utersum", "Witsum", "Wrixum", "Wyk auf Föhr", "Helgoland", "Gröde",
  "Hallig Hooge", "Langeneß", "Pellworm", "Insel Hiddensee",
];

const SUFFIX = /,\s*(Stadt|Markt|Flecken|Kreisstadt|Universitätsstadt|Landeshauptstadt|Landeshaupstadt|Hansestadt|Lutherstadt|Klingenstadt|Kolpingstadt|Kupferstadt|Widukindstadt|Sennegemeinde|Sport- und Freizeitgemeinde|Stadt auf der Höhe|Hansestadt a\. d\. Ruhr|Freie und Hansestadt|Kurort, Stadt)$/;

export function norm(name) {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .replace(/\bst\.\s*/g, "sankt ")
    .replace(/\bi\.\s*d\.\s*/g, "in der ").replace(/\ba\.\s*d\.\s*/g, "an der ")
    .replace(/\bb\.\s*/g, "bei ").replace(/\ba\.\s*/g, "am ").replace(/\bi\.\s*/g, "im ")
    .replace(/[^a-z]/g, "");
}

function readAnlage() {
  const rows = [];
  let land;
  let tabelle;
  for (const line of readFileSync(resolve(dataDir, "wogv-anlage-2023.txt"), "utf8").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("@")) {
      [land, tabelle] = line.slice(1).split("|").map((s) => s.trim());
      continue;
    }
    const [eintrag, roman] = line.split("|");
    const stufe = ROMAN[roman];
    if (!stufe || !eintrag) throw new Error(`Anlage: unreadable line "${line}"`);
    rows.push({ land, tabelle, eintrag, stufe });
  }
  return rows;
}

function readPostcodes(file) {
  const bytes = readFileSync(file);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString("utf16le") : bytes.toString("utf8").replace(/^\uFEFF/, "");
  const lines = text.replace(/\r/g, "").split("\n").filter(Boolean);
  if (lines[0] !== "osm_id,ags,ort,plz,landkreis,bundesland") throw new Error(`unexpected header ${lines[0]}`);
  const gemeinden = new Map();
  const plz = new Map();
  for (const line of lines.slice(1)) {
    const [, ags, ort, code, landkreis, bundesland] = line.split(",");
    if (!/^\d{8}$/.test(ags) || !/^\d{5}$/.test(code)) throw new Error(`bad row ${line}`);
    const known = gemeinden.get(ags);
    if (known && known.ort !== ort) throw new Error(`AGS ${ags} has two names: ${known.ort}, ${ort}`);
    gemeinden.set(ags, { ags, ort, landkreis, land: bundesland });
    const list = plz.get(code) ?? [];
    if (!list.includes(ags)) list.push(ags);
    plz.set(code, list);
  }
  return { gemeinden, plz };
}

function kreisNorm(name) {
  return norm(name.replace(/^(Landkreis|Kreis|Region|Städteregion|Regionalverband|Eifelkreis)\s+/, "").replace(/\s*\(.*\)$/, ""));
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node scripts/generate-mietstufen.mjs zuordnung_plz_ort.csv");
  const anlage = readAnlage();
  const { gemeinden, plz } = readPostcodes(file);
  const imLand = (land) => [...gemeinden.values()].filter((g) => g.land === land);

  const gemeindeZeile = new Map(); // ags → Anlage row index
  const kreisZeile = new Map(); // Kreis key (5 digits) → Anlage row index
  const offen = [];
  anlage.forEach((row, index) => {
    if (row.tabelle === "Inseln") return;
    const key = `${row.land}|${row.tabelle}|${row.eintrag}`;
    const alias = NAMEN[key];
    if (row.tabelle === "Gemeinde") {
      const wanted = [norm(row.eintrag.replace(SUFFIX, "")), norm(row.eintrag)];
      const found = alias ? [gemeinden.get(alias)].filter(Boolean) : imLand(row.land).filter((g) => wanted.includes(norm(g.ort)));
      if (found.length !== 1) return offen.push(`${key} → ${found.map((g) => `${g.ort} ${g.ags}`).join("; ") || "nichts"}`);
      if (gemeindeZeile.has(found[0].ags)) return offen.push(`${key} → ${found[0].ags} doppelt`);
      gemeindeZeile.set(found[0].ags, index);
    } else {
      const wanted = kreisNorm(alias ?? row.eintrag);
      const keys = new Set(imLand(row.land).filter((g) => g.landkreis !== "" && kreisNorm(g.landkreis) === wanted).map((g) => g.ags.slice(0, 5)));
      if (keys.size !== 1) return offen.push(`${key} → ${[...keys].join("; ") || "nichts"}`);
      const [kreis] = keys;
      if (kreisZeile.has(kreis)) return offen.push(`${key} → Kreis ${kreis} doppelt`);
      kreisZeile.set(kreis, index);
    }
  });

  const inselIndex = anlage.findIndex((row) => row.tabelle === "Inseln");
  const inselAgs = new Map();
  for (const name of INSELN) {
    const found = [...gemeinden.values()].filter((g) => g.ort === name && ["Niedersachsen", "Schleswig-Holstein", "Mecklenburg-Vorpommern"].includes(g.land));
    if (found.length !== 1) offen.push(`Insel ${name} → ${found.map((g) => g.ags).join("; ") || "nichts"}`);
    else inselAgs.set(found[0].ags, inselIndex);
  }
  if (offen.length > 0) {
    console.error(`Nicht eindeutig zugeordnet (${offen.length}), in NAMEN eintragen:\n${offen.join("\n")}`);
    process.exit(1);
  }

  // Every municipality: own Gemeinde line (g), island (i), else the Kreis line (k); none = gap.
  const gemeindeRows = [];
  const luecken = [];
  for (const g of [...gemeinden.values()].sort((a, b) => (a.ags < b.ags ? -1 : 1))) {
    const own = inselAgs.get(g.ags) ?? gemeindeZeile.get(g.ags);
    const herkunft = inselAgs.has(g.ags) ? "i" : own !== undefined ? "g" : "k";
    const index = own ?? kreisZeile.get(g.ags.slice(0, 5));
    if (index === undefined) luecken.push(`${g.ags} ${g.ort} (${g.landkreis || "kreisfrei"}, ${g.land})`);
    gemeindeRows.push(`${g.ags}|${g.ort}|${index ?? ""}|${index === undefined ? "-" : herkunft}`);
  }
  const plzRows = [...plz].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, list]) => `${code}|${list.sort().join(",")}`);
  const anlageRows = anlage.map((r) => `${r.land}|${r.tabelle}|${r.eintrag}|${r.stufe}`);
  const out = `// Generated by scripts/generate-mietstufen.mjs — do not edit. See that script for sources.
// Licence of this file: the Mietenstufen are the WoGV Anlage (public domain, § 5 UrhG); postcodes,
// municipalities and AGS: © OpenStreetMap contributors via suche-postleitzahl.org, Open Database
// License 1.0. This derived table is offered under the ODbL 1.0, not under the repository licence.
/** Anlage zu § 1 Abs. 3 WoGV, one line per entry: Land|Tabelle|Eintrag|Mietenstufe. */
export const ANLAGE = ${JSON.stringify(anlageRows.join("\n"))};
/** Municipalities: AGS|Name|Anlage line index|Herkunft (g Gemeinde line, k Kreis line, i island, - no value). */
export const GEMEINDEN = ${JSON.stringify(gemeindeRows.join("\n"))};
/** Postcodes: PLZ|AGS,AGS… */
export const PLZ = ${JSON.stringify(plzRows.join("\n"))};
`;
  writeFileSync(resolve(dataDir, "mietstufen-plz.generated.ts"), out);
  console.log(`Anlage ${anlage.length} Zeilen, Gemeinden ${gemeindeRows.length} (Gemeindezeile ${gemeindeZeile.size}, Inseln ${inselAgs.size}), Kreise ${kreisZeile.size}, PLZ ${plzRows.length}`);
  if (luecken.length > 0) console.log(`Ohne Mietenstufe (${luecken.length}):\n${luecken.join("\n")}`);
}

main();
