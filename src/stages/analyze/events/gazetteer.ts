/**
 * A small gazetteer so the coder can type its own noun phrases when no entity
 * mentions are given: country names, their demonyms, capitals and large cities,
 * words that head an organisation and titles that head a person. Data only; general
 * world knowledge, lower-case.
 */

/** Demonym or adjective -> country. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: "Afghanistan", albanian: "Albania", algerian: "Algeria", american: "United States", angolan: "Angola",
  argentine: "Argentina", argentinian: "Argentina", armenian: "Armenia", australian: "Australia", austrian: "Austria",
  azerbaijani: "Azerbaijan", bahraini: "Bahrain", bangladeshi: "Bangladesh", belarusian: "Belarus", belgian: "Belgium",
  bosnian: "Bosnia and Herzegovina", brazilian: "Brazil", british: "United Kingdom", bulgarian: "Bulgaria",
  burmese: "Myanmar", burundian: "Burundi", cambodian: "Cambodia", cameroonian: "Cameroon", canadian: "Canada",
  chadian: "Chad", chilean: "Chile", chinese: "China", colombian: "Colombia", congolese: "DR Congo", croatian: "Croatia",
  cuban: "Cuba", cypriot: "Cyprus", czech: "Czechia", danish: "Denmark", dutch: "Netherlands", egyptian: "Egypt",
  emirati: "United Arab Emirates", eritrean: "Eritrea", ethiopian: "Ethiopia", european: "European Union",
  finnish: "Finland", french: "France", georgian: "Georgia", german: "Germany", ghanaian: "Ghana", greek: "Greece",
  guinean: "Guinea", haitian: "Haiti", hungarian: "Hungary", indian: "India", indonesian: "Indonesia", iranian: "Iran",
  iraqi: "Iraq", irish: "Ireland", israeli: "Israel", italian: "Italy", ivorian: "Ivory Coast", japanese: "Japan",
  jordanian: "Jordan", kazakh: "Kazakhstan", kenyan: "Kenya", korean: "Korea", kosovar: "Kosovo", kurdish: "Kurdistan",
  kuwaiti: "Kuwait", kyrgyz: "Kyrgyzstan", latvian: "Latvia", lebanese: "Lebanon", liberian: "Liberia", libyan: "Libya",
  lithuanian: "Lithuania", macedonian: "North Macedonia", malaysian: "Malaysia", malian: "Mali", mauritanian: "Mauritania",
  mexican: "Mexico", moldovan: "Moldova", mongolian: "Mongolia", montenegrin: "Montenegro", moroccan: "Morocco",
  mozambican: "Mozambique", nepalese: "Nepal", nigerian: "Nigeria", nigerien: "Niger", norwegian: "Norway", omani: "Oman",
  pakistani: "Pakistan", palestinian: "Palestine", panamanian: "Panama", peruvian: "Peru", philippine: "Philippines",
  filipino: "Philippines", polish: "Poland", portuguese: "Portugal", qatari: "Qatar", romanian: "Romania",
  russian: "Russia", rwandan: "Rwanda", saudi: "Saudi Arabia", senegalese: "Senegal", serb: "Serbia", serbian: "Serbia",
  slovak: "Slovakia", slovenian: "Slovenia", somali: "Somalia", spanish: "Spain", sudanese: "Sudan", swedish: "Sweden",
  swiss: "Switzerland", syrian: "Syria", taiwanese: "Taiwan", tajik: "Tajikistan", thai: "Thailand", tunisian: "Tunisia",
  turkish: "Turkey", turkmen: "Turkmenistan", ugandan: "Uganda", ukrainian: "Ukraine", uzbek: "Uzbekistan",
  venezuelan: "Venezuela", vietnamese: "Vietnam", yemeni: "Yemen", zambian: "Zambia", zimbabwean: "Zimbabwe",
  sri: "Sri Lanka", lankan: "Sri Lanka", emirian: "United Arab Emirates", gazan: "Palestine", tanzanian: "Tanzania",
};

/** Country names (and common short forms) -> canonical name. Multi-word names are joined by a space. */
export const COUNTRIES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...new Set(Object.values(DEMONYMS)),
    "Bosnia", "Bahrain", "Belarus", "Benin", "Bhutan", "Bolivia", "Botswana", "Brunei", "Burkina Faso", "Cape Verde",
    "Central African Republic", "Comoros", "Congo", "Costa Rica", "Djibouti", "Dominican Republic", "Ecuador",
    "El Salvador", "Estonia", "Eswatini", "Fiji", "Gabon", "Gambia", "Guatemala", "Guyana", "Honduras", "Iceland",
    "Jamaica", "Laos", "Lesotho", "Liechtenstein", "Luxembourg", "Madagascar", "Malawi", "Maldives", "Malta",
    "Mauritius", "Monaco", "Namibia", "New Zealand", "Nicaragua", "North Korea", "South Korea", "Paraguay",
    "Sierra Leone", "Singapore", "South Africa", "South Sudan", "Suriname", "Togo", "Trinidad", "Uruguay",
    "Vatican", "Zaire", "Burma", "Czechoslovakia", "Yugoslavia", "Soviet Union", "USSR", "Kampuchea", "Chechnya",
    "Gaza", "Gaza Strip", "West Bank", "Kosovo", "Tibet", "Kashmir", "Darfur", "Crimea", "Abkhazia",
  ].map((name) => [name.toLowerCase(), name]),
);

/** Short forms and abbreviations of countries. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  "u.s.": "United States", us: "United States", usa: "United States", "u.s.a.": "United States", america: "United States",
  "united states": "United States", uk: "United Kingdom", "u.k.": "United Kingdom", britain: "United Kingdom",
  "great britain": "United Kingdom", england: "United Kingdom", uae: "United Arab Emirates", drc: "DR Congo",
  holland: "Netherlands", "ivory coast": "Ivory Coast", "cote d'ivoire": "Ivory Coast", dprk: "North Korea",
  palestine: "Palestine", "palestinian territories": "Palestine", persia: "Iran",
};

/** Capitals and large cities -> country: a bare city name is a place (and often stands for its government). */
export const CITIES: Readonly<Record<string, string>> = {
  cairo: "Egypt", alexandria: "Egypt", doha: "Qatar", jerusalem: "Israel", "tel aviv": "Israel", gaza: "Palestine",
  ramallah: "Palestine", rafah: "Palestine", "khan younis": "Palestine", jericho: "Palestine", hebron: "Palestine",
  beirut: "Lebanon", damascus: "Syria", amman: "Jordan", baghdad: "Iraq", basra: "Iraq", tehran: "Iran", riyadh: "Saudi Arabia",
  ankara: "Turkey", istanbul: "Turkey", moscow: "Russia", kiev: "Ukraine", kyiv: "Ukraine", washington: "United States",
  "new york": "United States", london: "United Kingdom", paris: "France", berlin: "Germany", brussels: "Belgium",
  geneva: "Switzerland", vienna: "Austria", rome: "Italy", madrid: "Spain", beijing: "China", tokyo: "Japan",
  seoul: "South Korea", pyongyang: "North Korea", kabul: "Afghanistan", islamabad: "Pakistan", karachi: "Pakistan",
  "new delhi": "India", delhi: "India", dhaka: "Bangladesh", khartoum: "Sudan", juba: "South Sudan", tripoli: "Libya",
  tunis: "Tunisia", algiers: "Algeria", rabat: "Morocco", nairobi: "Kenya", "addis ababa": "Ethiopia", mogadishu: "Somalia",
  lagos: "Nigeria", abuja: "Nigeria", kinshasa: "DR Congo", kampala: "Uganda", kigali: "Rwanda", harare: "Zimbabwe",
  pretoria: "South Africa", johannesburg: "South Africa", belgrade: "Serbia", zagreb: "Croatia", sarajevo: "Bosnia and Herzegovina",
  tirana: "Albania", skopje: "North Macedonia", athens: "Greece", nicosia: "Cyprus", sanaa: "Yemen", aden: "Yemen",
  muscat: "Oman", "abu dhabi": "United Arab Emirates", dubai: "United Arab Emirates", manama: "Bahrain", baku: "Azerbaijan",
  yerevan: "Armenia", tbilisi: "Georgia", minsk: "Belarus", warsaw: "Poland", prague: "Czechia", budapest: "Hungary",
  bucharest: "Romania", sofia: "Bulgaria", bangkok: "Thailand", hanoi: "Vietnam", manila: "Philippines", jakarta: "Indonesia",
  "kuala lumpur": "Malaysia", "phnom penh": "Cambodia", caracas: "Venezuela", havana: "Cuba", bogota: "Colombia",
  lima: "Peru", "buenos aires": "Argentina", "mexico city": "Mexico", ottawa: "Canada", canberra: "Australia",
  sharm: "Egypt", "sharm el-sheikh": "Egypt", aqaba: "Jordan", mosul: "Iraq", aleppo: "Syria", idlib: "Syria",
  homs: "Syria", sidon: "Lebanon", tyre: "Lebanon", nablus: "Palestine", jenin: "Palestine", bethlehem: "Palestine",
  "hong kong": "China", monrovia: "Liberia", abidjan: "Ivory Coast", dakar: "Senegal", bamako: "Mali",
};

/** Nouns that head an organisation's name or stand for one ("the army", "Security Council"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "government", "army", "ministry", "council", "parliament", "assembly", "congress", "senate", "court", "party",
  "movement", "front", "union", "league", "organization", "organisation", "agency", "committee", "commission",
  "authority", "authorities", "cabinet", "administration", "police", "military", "navy", "forces", "force", "brigade",
  "brigades", "group", "office", "bank", "fund", "service", "services", "nations", "community", "alliance", "coalition",
  "association", "federation", "mission", "regime", "jihad", "hamas", "hezbollah", "fatah", "taliban", "nato", "un",
  "u.n.", "eu", "iaea", "unhcr", "unrwa", "who", "opec", "red cross", "red crescent", "amnesty", "institute",
  "tribunal", "directorate", "guard", "guards", "corps", "unit", "intelligence", "delegation", "secretariat",
]);

/** Titles that head a person's name ("President Isaac Herzog"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "president", "minister", "premier", "chancellor", "king", "queen", "prince", "emir", "sheikh", "general", "gen.",
  "lt.", "col.", "colonel", "major", "captain", "judge", "leader", "chief", "secretary", "secretary-general",
  "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "commander", "mr.", "mrs.", "ms.", "dr.",
  "ayatollah", "imam", "rabbi", "pope", "senator", "governor", "mayor", "head", "chairman", "director", "official",
  "prime", "foreign", "defence", "defense", "deputy", "vice", "sultan",
]);

/** Media outlets often named as sources: a reporting frame's subject, never an actor of the event. */
export const MEDIA_NAMES: ReadonlySet<string> = new Set([
  "reuters", "afp", "ap", "efe", "ansa", "bbc", "cnn", "al jazeera", "al-jazeera", "sky news", "xinhua", "tass",
  "irna", "wafa", "mena", "al qahera news", "al-qahera news", "al arabiya", "haaretz", "times of israel",
]);

/** The country a word or a phrase names, through a demonym, a country name or a city. */
export function countryOf(phrase: string): string | null {
  const lower = phrase.toLowerCase().replace(/[’']s$/u, "");
  return COUNTRY_ALIASES[lower] ?? COUNTRIES[lower] ?? DEMONYMS[lower] ?? null;
}

/** The country of a city name, for places only. */
export function cityCountry(phrase: string): string | null {
  return CITIES[phrase.toLowerCase()] ?? null;
}
