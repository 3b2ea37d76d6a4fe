import { describe, expect, it } from "vitest";
import { countryOfDemonym, lookupPhrase, phraseKey } from "./gazetteer.js";

describe("lookupPhrase", () => {
  it.each([
    { text: "PIJ", canonical: "Palestinian Islamic Jihad", type: "ORG" },
    { text: "Islamic Jihad", canonical: "Palestinian Islamic Jihad", type: "ORG" },
    { text: "UNSC", canonical: "United Nations Security Council", type: "ORG" },
    { text: "U.N.", canonical: "United Nations", type: "ORG" },
    { text: "Al-Qahera News", canonical: "Al Qahera News", type: "MEDIA" },
    { text: "Al Qahera News", canonical: "Al Qahera News", type: "MEDIA" },
    { text: "Sky News Arabic", canonical: "Sky News Arabia", type: "MEDIA" },
    { text: "Reuters", canonical: "Reuters", type: "MEDIA" },
    { text: "Cairo", canonical: "Cairo", type: "GPE" },
    { text: "Türkiye", canonical: "Turkey", type: "GPE" },
    { text: "Gaza Strip", canonical: "Gaza", type: "GPE" },
    { text: "Hizbollah", canonical: "Hezbollah", type: "ORG" },
  ])("$text -> $canonical", ({ text, canonical, type }) => {
    expect(lookupPhrase(text)).toMatchObject({ canonical, type });
  });

  it.each([
    { text: "who", why: "a short acronym (WHO) needs capitals" },
    { text: "Who", why: "a short acronym (WHO) needs capitals" },
    { text: "Pa", why: "PA needs capitals" },
    { text: "hamas", why: "a name written with a capital needs one" },
    { text: "turkey", why: "the bird" },
    { text: "Islamic", why: "a part of a listed name is not listed" },
  ])("no match for $text ($why)", ({ text }) => {
    expect(lookupPhrase(text)).toBeUndefined();
  });
});

describe("phraseKey", () => {
  it.each([
    { a: "Al-Qahera News", b: "Al Qahera News" },
    { a: "U.S.", b: "US" },
    { a: "Lions' Den", b: "Lions Den" },
    { a: "Türkiye", b: "Turkiye" },
  ])("$a = $b", ({ a, b }) => {
    expect(phraseKey(a)).toBe(phraseKey(b));
  });

  it("gives the same key from its cache, also after the cache was emptied", () => {
    expect(phraseKey("Al-Qahera  News")).toBe("al qahera news");
    expect(phraseKey("Al-Qahera  News")).toBe("al qahera news");
    for (let i = 0; i < 60_000; i++) phraseKey(`Name ${i}`);
    expect(phraseKey("Al-Qahera  News")).toBe("al qahera news");
    expect(phraseKey("Name 59999")).toBe("name 59999");
  });
});

describe("countryOfDemonym", () => {
  it.each([
    { word: "Iranian", country: "Iran" },
    { word: "Egyptian", country: "Egypt" },
    { word: "Palestinians", country: "Palestine" },
    { word: "Qatari", country: "Qatar" },
  ])("$word -> $country", ({ word, country }) => {
    expect(countryOfDemonym(word)).toBe(country);
  });

  it.each(["iranian", "Cairo", "Hamas"])("no country for %s", (word) => {
    expect(countryOfDemonym(word)).toBeUndefined();
  });
});
