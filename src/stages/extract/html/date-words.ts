/**
 * Month names, as data: English first (the stories Dossier follows are read mostly in
 * English), then the languages of the outlets most often quoted beside it (French,
 * Spanish, Portuguese, German, Italian). Lower case; abbreviations without the dot.
 */
interface MonthNames {
  month: number;
  names: readonly string[];
}

const MONTH_NAMES: readonly MonthNames[] = [
  { month: 1, names: ["january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "januar", "jänner", "gennaio", "genn"] },
  { month: 2, names: ["february", "feb", "févr", "février", "fevrier", "febrero", "fevereiro", "fev", "februar", "febbraio", "febb"] },
  { month: 3, names: ["march", "mar", "mars", "marzo", "março", "marco", "märz", "marz"] },
  { month: 4, names: ["april", "apr", "avril", "avr", "abril", "abr", "aprile"] },
  { month: 5, names: ["may", "mai", "mayo", "maio", "maggio", "magg"] },
  { month: 6, names: ["june", "jun", "juin", "junio", "junho", "juni", "giugno", "giu"] },
  { month: 7, names: ["july", "jul", "juillet", "juil", "julio", "julho", "juli", "luglio", "lug"] },
  { month: 8, names: ["august", "aug", "août", "aout", "agosto", "ago"] },
  { month: 9, names: ["september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre", "sett"] },
  { month: 10, names: ["october", "oct", "octobre", "octubre", "outubro", "out", "oktober", "okt", "ottobre", "ott"] },
  { month: 11, names: ["november", "nov", "novembre", "noviembre", "novembro"] },
  { month: 12, names: ["december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dezember", "dicembre"] },
];

/** Month name or abbreviation (lower case, no dot) -> month number 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap(({ month, names }) => names.map((name): [string, number] => [name, month])),
);
