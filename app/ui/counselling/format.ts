/** Numbers the German way ("2.000"), with one shared formatter: `toLocaleString` builds a new one per call. */
const COUNT = new Intl.NumberFormat("de-DE");

export const formatCount = (value: number): string => COUNT.format(value);
