/**
 * Cue words the recogniser reads around and inside capitalised sequences: titles and
 * roles, head words that type a name (Movement, Ministry, News, Strip...), words that
 * announce a source, and words that are never a name on their own. Data only; the
 * rules that use them live in classify.ts and roles.ts. All entries lower case.
 */

/** Words that head a title or role: the last word of "Foreign Minister", "intelligence chief", "Secretary-General". */
export const ROLE_HEADS = new Set([
  "president", "vice-president", "premier", "minister", "secretary-general", "secretary", "chancellor", "king", "queen",
  "prince", "princess", "emir", "amir", "sheikh", "sultan", "pope", "ayatollah", "imam", "rabbi", "cardinal", "archbishop",
  "bishop", "mayor", "governor", "senator", "congressman", "congresswoman", "representative", "lawmaker", "legislator",
  "mp", "judge", "justice", "prosecutor", "attorney", "lawyer", "ambassador", "envoy", "diplomat", "negotiator", "mediator",
  "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader", "official", "officials", "commander", "general",
  "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain", "capt.", "sergeant", "sgt.", "admiral",
  "marshal", "brigadier", "officer", "director", "chairman", "chairwoman", "chair", "ceo", "founder", "co-founder",
  "member", "adviser", "advisor", "aide", "deputy", "speaker", "coordinator", "commissioner", "inspector", "detective",
  "superintendent", "sheriff", "coach", "manager", "owner", "executive", "analyst", "researcher", "professor", "prof.",
  "dr.", "dr", "doctor", "surgeon", "actor", "actress", "singer", "rapper", "star", "player", "quarterback", "pitcher",
  "striker", "champion", "boxer", "author", "writer", "journalist", "reporter", "correspondent", "editor", "producer",
  "filmmaker", "artist", "designer", "publicist", "suspect", "defendant", "victim", "witness", "resident", "politician",
  "activist", "campaigner", "candidate", "nominee", "cleric", "preacher", "monarch", "dictator", "strongman", "warlord",
  "militant", "operative", "fighter", "hostage", "captive", "prisoner", "detainee", "president-elect", "pm",
]);

/** Words that qualify a role head: "Foreign" Minister, "intelligence" chief, "senior" official. */
export const ROLE_MODIFIERS = new Set([
  "prime", "foreign", "defense", "defence", "interior", "finance", "economy", "health", "justice", "education",
  "information", "energy", "oil", "trade", "transport", "agriculture", "culture", "tourism", "housing", "labor", "labour",
  "intelligence", "security", "military", "political", "commerce", "politburo", "bureau", "army", "police", "navy", "naval", "air",
  "senior", "top", "chief", "deputy", "vice", "former", "ex", "acting", "interim", "late", "then", "current", "new",
  "outgoing", "incoming", "special", "national", "supreme", "general", "executive", "assistant", "associate", "lead",
  "head", "high", "state", "federal", "regional", "local", "district", "county", "city", "opposition", "exiled",
  "veteran", "prominent", "spy", "negotiating", "peace", "ceasefire", "movement", "group", "party", "organisation",
  "organization", "government", "cabinet", "crown", "grand", "first", "press", "media", "communications", "staff",
  "armed", "wing", "field", "rear", "brigade", "division", "unit", "front", "team", "club", "company", "hollywood",
  "pop", "film", "movie", "tv", "television", "basketball", "football", "soccer", "baseball", "hockey", "tennis", "golf",
  "star", "heavyweight", "world", "olympic", "defensive", "offensive",
]);

/** Heads of titles written with a capital before a name inside a capitalised run: "Prime Minister X", "Hamas Leader X". */
export const TITLE_HEADS = new Set([
  "president", "vice-president", "president-elect", "premier", "minister", "secretary-general", "secretary", "chancellor",
  "king", "queen", "prince", "princess", "emir", "amir", "sheikh", "sultan", "pope", "ayatollah", "imam", "rabbi",
  "cardinal", "archbishop", "bishop", "mayor", "governor", "senator", "sen.", "rep.", "representative", "congressman",
  "congresswoman", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief",
  "leader", "commander", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain", "capt.",
  "sergeant", "sgt.", "admiral", "marshal", "brigadier", "brig.", "officer", "director", "chairman", "chairwoman",
  "speaker", "dr.", "dr", "doctor", "professor", "prof.", "coach", "detective", "det.", "inspector", "sheriff", "agent",
  "deputy", "head", "attorney", "pm", "mp", "ceo", "founder", "crown prince", "father", "rev.", "reverend",
  "gov.", "gov", "sen", "rep", "supt.", "insp.", "cmdr.", "adm.", "sgt", "cpl.", "pvt.", "amb.", "lt", "gen", "col",
  // sports positions written before players' names in sports news
  "qb", "rb", "wr", "te", "lb", "cb", "pitcher", "striker", "goalkeeper", "midfielder", "defender", "champion",
]);

/** Multi-word titles that contain a word outside the role vocabulary. */
export const MULTIWORD_TITLES = [
  "secretary of state", "chief of staff", "attorney general", "surgeon general", "head of state", "head of government",
  "minister of foreign affairs", "minister of defense", "minister of defence", "secretary general", "director general",
  "secretary of defense", "national security adviser", "national security advisor",
];

/** Courtesy titles: stripped from the span, not kept as a role. */
export const COURTESY_TITLES = new Set(["mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir", "dame", "madam", "lord", "lady"]);

/** Last words that make a capitalised sequence an organisation. */
export const ORG_HEADS = new Set([
  "movement", "council", "authority", "authorities", "ministry", "agency", "party", "front", "brigades", "brigade",
  "committee", "committees", "organization", "organisation", "union", "association", "corporation", "corp", "corp.",
  "company", "co.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "bank", "university", "college", "institute",
  "institution", "foundation", "fund", "court", "parliament", "assembly", "government", "administration", "army",
  "forces", "force", "police", "department", "office", "service", "services", "commission", "board", "federation",
  "league", "club", "society", "coalition", "alliance", "cabinet", "directorate", "bureau", "command", "corps", "guard",
  "guards", "navy", "airlines", "airways", "academy", "network", "trust", "school", "team", "studios", "records",
  "entertainment", "motors", "systems", "technologies", "labs", "partners", "holdings", "industries", "enterprises",
  "church", "congress", "senate", "tribunal", "secretariat", "presidency", "militia", "regiment", "battalion",
  "division", "unit", "jihad", "mission", "program", "programme", "conference", "caucus", "federal", "project",
  "rescue", "advisors", "advisers", "associates", "consultants", "consulting", "distributors", "distribution", "ventures",
  "networks", "solutions", "pharmaceuticals",
]);

/** Last words that make a capitalised sequence a news outlet. */
export const MEDIA_HEADS = new Set([
  "news", "tv", "television", "radio", "times", "post", "journal", "herald", "tribune", "gazette", "chronicle", "daily",
  "press", "channel", "broadcasting", "magazine", "newspaper", "observer", "telegraph", "review", "wire", "online",
  "today", "weekly", "monitor", "newsweek", "examiner", "insider", "dispatch", "courier", "independent", "express",
]);

/** Two-word endings that make a news outlet even though their last word alone would be an organisation. */
export const MEDIA_SUFFIX_PAIRS = ["news agency", "press agency", "news service", "news network", "broadcasting corporation"];

/** Last words of a name that make it an event, a prize, a law or a work, none of our types: "Academy Awards", "Super Bowl", "Patriot Act". */
export const EVENT_HEADS = new Set([
  "awards", "award", "prize", "prizes", "games", "cup", "bowl", "championship", "championships", "olympics", "tournament",
  "festival", "war", "wars", "crisis", "scandal", "act", "law", "treaty", "accords", "accord", "protocol", "declaration",
  "plan", "initiative", "doctrine", "marathon", "series", "show", "trophy", "open", "classic", "meetings", "day",
]);

/** Lower-case nouns after a name that make the name a modifier of a thing, not an entity: "the Watergate scandal", "the Richter scale". */
export const NON_ENTITY_FOLLOWERS = new Set([
  "scandal", "affair", "scale", "era", "sequel", "prequel", "movie", "film", "franchise", "series", "show", "album", "song",
  "book", "novel", "award", "awards", "nomination", "prize", "trophy", "ceremony", "telecast", "tournament", "bowl", "cup",
  "championship", "season", "playoffs", "rule", "law", "act", "bill", "amendment", "treaty", "accords", "doctrine",
  "browser", "patch", "virus", "flaw", "vulnerability", "crime", "syndrome", "disease", "effect", "style", "cocktail",
  "cocktails",
]);

/** Lower-case nouns after a name that make it a person: "the Obama campaign", "Netanyahu aides". */
export const PERSON_MODIFIER_FOLLOWERS = new Set(["campaign", "aides", "camp", "family", "presidency"]);

/**
 * Lower-case nouns of organisations written before a name in apposition: "cable
 * operator Seacom", "telecoms company Interoute", "the retailer, Waitrose,".
 */
export const ORG_NOUNS_BEFORE = new Set([
  "company", "companies", "firm", "operator", "carrier", "provider", "retailer", "maker", "manufacturer", "carmaker",
  "automaker", "startup", "start-up", "conglomerate", "chain", "insurer", "lender", "broker", "distributor",
  "publisher", "studio", "studios", "label", "brand", "airline", "website", "site", "blog", "charity", "nonprofit",
  "non-profit", "band", "supplier", "contractor", "developer", "giant", "subsidiary", "franchise", "outfit",
]);

/** First words of a company named after its country: "Telecom Egypt", "Air France", "Radio Free Europe", "TV Azteca". */
export const TRADE_WORDS_BEFORE_PLACE = new Set(["telecom", "telekom", "air", "bank", "banque", "radio", "tv", "petroleum"]);

/** Lower-case nouns that, after a leader's name, make one organisation with it: "the Obama administration", "the Netanyahu government", "the Obama team". */
export const GOVERNMENT_FOLLOWERS = new Set(["administration", "government", "cabinet", "coalition", "regime", "team"]);

/** Organisation heads that also name a building: after "in" or "at" the name is the place ("at Ohio State University", "in Marfin Bank"). */
export const FACILITY_ORG_HEADS = new Set(["bank", "court", "university", "college", "school", "church", "academy", "institute"]);

/** Last words of a place name: geographic features and facilities (LOC). */
export const LOC_HEADS = new Set([
  "strip", "river", "sea", "ocean", "lake", "mountain", "mountains", "valley", "desert", "peninsula", "gulf", "bay",
  "island", "islands", "street", "st.", "road", "rd.", "avenue", "ave.", "boulevard", "blvd.", "square", "crossing",
  "camp", "corridor", "heights", "plaza", "park", "bridge", "airport", "stadium", "arena", "hotel", "motel", "prison", "jail",
  "hospital", "center", "centre", "tower", "towers", "palace", "mosque", "temple", "synagogue", "cathedral", "port",
  "harbor", "harbour", "canal", "coast", "beach", "hills", "highway", "freeway", "building", "mall", "market", "station",
  "base", "checkpoint", "border", "plain", "plateau", "basin", "delta", "falls", "forest", "reservoir", "dam", "pass",
  "strait", "cape", "coastline", "neighborhood", "neighbourhood", "quarter", "compound", "complex", "headquarters",
  "theater", "theatre", "museum", "garden", "gardens", "field", "canyon", "glacier", "peak", "volcano", "zone",
  "clinic", "boutique", "supermarket", "restaurant", "cafe", "café", "diner", "creamery",
]);

/**
 * Lower-case nouns of a facility after a name written with an article: "the Harry
 * Winston boutique", "a branch of the Marfin bank". The name stands for the facility,
 * a place.
 */
export const FACILITY_NOUNS_AFTER = new Set([
  "boutique", "store", "shop", "supermarket", "restaurant", "cafe", "café", "diner", "bank", "clinic", "hotel", "motel",
  "factory", "warehouse", "dealership", "showroom", "outlet", "mall", "casino", "nightclub",
]);

/** Last words of a place name that governs itself (GPE). */
export const GPE_HEADS = new Set([
  "city", "county", "province", "state", "governorate", "district", "region", "township", "village", "town",
  "municipality", "prefecture", "territory", "territories", "republic", "kingdom", "emirate", "oblast", "borough",
]);

/** First words of a place name: "Mount Everest", "Lake Geneva", "Port Said". */
export const LOC_PREFIXES = new Set([
  "mount", "mt.", "mt", "lake", "cape", "port", "fort", "gulf", "strait", "isle", "rue", "avenue", "boulevard", "piazza",
  "plaza", "calle", "route", "highway", "interstate",
]);

/** First words of a capitalised sequence that make it no entity of ours (an operation, a holiday, a law). */
export const NON_ENTITY_PREFIXES = new Set(["operation", "resolution", "article", "chapter", "section", "act", "bill"]);

/** Day and month names: never part of a name, and they cut capitalised runs ("IR Wednesday"). "May", "June", "April" and "August" are left out: they are given names too. */
export const DATE_WORDS = new Set([
  "january", "february", "march", "july", "september", "october", "november", "december", "jan.", "feb.", "mar.",
  "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** Nouns after a name that make it a place: "a Vancouver man", "a Staunton store", "Bloomington police". */
export const PLACE_FOLLOWERS = new Set([
  "man", "woman", "men", "women", "resident", "residents", "native", "natives", "couple", "teen", "teenager", "boy",
  "girl", "family", "area", "suburb", "neighborhood", "neighbourhood", "store", "shop", "branch", "police", "hospital",
  "school", "home", "mayor", "residents'", "airport", "office", "county", "city", "province", "district", "region",
  "supermarket", "island", "town", "village", "prison", "jail", "streets", "street", "road", "hotel", "motel",
  "courthouse", "plant", "factory", "campus", "restaurant", "station", "rooftop", "apartment", "compound", "camp",
]);

/** Lower-case nouns after a name that make it a news outlet: "People magazine", "the Sun tabloid". */
export const MEDIA_NOUNS_AFTER = new Set(["magazine", "newspaper", "tabloid", "newsweekly", "broadsheet"]);

/** Nouns after a name that only a place takes, even after a given name: "a Troy resident", "Chelsea police". */
export const RESIDENCE_FOLLOWERS = new Set([
  "resident", "residents", "native", "natives", "area", "suburb", "police", "neighborhood", "neighbourhood", "township",
]);

/** Nouns that, with "of" after them, introduce a place: "the city of Bandar Abbas", "the island of Qeshm". */
export const PLACE_OF_NOUNS = new Set([
  "city", "town", "village", "island", "province", "district", "region", "county", "state", "suburb", "outskirts",
  "hometown", "capital", "port", "governorate", "neighborhood", "neighbourhood", "area", "municipality", "center", "centre",
]);

/** Words before a name that announce it as a quoted source: "according to X", "told X". */
export const SOURCE_CUES = [
  "according to", "told", "telling", "cited by", "citing", "quoted by", "quoting", "reported by", "speaking to", "speaking with",
  "in an interview with", "an interview with", "in a statement to", "said to", "confirmed to", "wrote in", "reports in",
  "a report by", "a report in", "reported in", "published by", "broadcast by", "aired by", "via",
];

/** Verbs after a name that make it a source speaking: "X reported", "X said". */
export const REPORTING_VERBS_AFTER = new Set(["reported", "reports", "quoted", "said", "says", "cited", "added", "stated", "announced", "told", "wrote"]);

/** Prepositions before a name that make an unknown name a place: "in Malibu", "from Rafah". */
export const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "across", "outside", "inside", "into", "toward", "towards", "throughout", "around"]);

/** Postal abbreviations of US states, as phraseKey gives them without spaces ("N.Y." -> "ny"), for "Schenectady, N.Y.". */
export const US_STATE_ABBREVIATIONS = new Set([
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
  "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla", "ore", "pa",
  "ri", "sc", "sd", "tenn", "tex", "va", "vt", "wash", "wis", "wva", "wyo", "dc",
]);

/** Small words allowed inside a person or place name between capitalised words: "Mohammed bin Salman", "Abd al-Rahman", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set([
  "bin", "ibn", "bint", "al", "el", "ad", "ud", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la",
  "le", "dos", "das", "y", "abu", "abd", "ben",
]);

/** Lower-case words allowed inside an organisation or place name: "Bank of America", "Doctors Without Borders". */
export const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "&"]);

/** Arabic articles written before a name ("al-Nakhala"): a name part, never a name alone. */
export const ARTICLE_PREFIXES = ["al-", "el-", "ad-", "ed-", "as-", "ash-", "at-", "az-", "an-", "ar-", "adh-"];

/** Capitalised words that are never an entity on their own (dates, pronouns, interjections, religions used as adjectives). */
export const NEVER_ALONE = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
  "i", "i'm", "i've", "i'd", "i'll", "god", "allah", "lord", "christmas", "easter", "ramadan", "eid", "hanukkah",
  "passover", "thanksgiving", "halloween", "new year", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "ok", "okay",
  "internet", "web", "tv", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "pdt", "pst", "edt", "et", "bc", "ad",
  "islam", "judaism", "christianity", "muslim", "muslims", "christian", "christians", "jewish", "jew", "jews",
  "arab", "arabs", "islamist", "islamists", "islamic", "sunni", "sunnis", "shiite", "shiites", "shia", "druze",
  "bedouin", "kurd", "kurds", "kurdish", "western", "westerners", "eastern", "northern", "southern", "central", "european",
  "europeans", "african", "asian", "latino", "hispanic", "zionist", "zionists", "english", "arabic", "hebrew", "farsi",
  "persian", "french", "spanish", "german", "covid", "covid-19", "coronavirus", "oscar", "oscars", "grammy", "emmy",
  "x", "photo", "video", "euro", "euros", "dollar", "dollars", "catholic", "catholics", "protestant", "protestants",
  "evangelical", "evangelicals", "mormon", "mormons", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs",
  "update", "updated", "breaking", "exclusive", "watch", "read", "share", "comment", "comments", "advertisement",
  "celsius", "fahrenheit", "ph.d.", "phd", "ceo", "cfo", "gdp", "ft", "pm", "no", "yes", "ms.", "mph", "km",
]);
