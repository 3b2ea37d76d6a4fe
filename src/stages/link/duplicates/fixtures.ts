/**
 * Invented articles for the near-duplicate tests (written for this repo; no real outlet's
 * text). One wire story, then variants on either side of the thresholds.
 */

export const WIRE_STORY = `Dock workers at the port of Valmora ended a nine-day strike on Thursday after their union accepted a wage offer from the harbour authority, officials from both sides said.

The agreement raises basic pay by 7 percent this year and a further 4 percent next year, and it creates a joint committee to review night-shift safety rules by the end of March, according to a statement signed by union leader Marta Elsen and harbour director Piet Arnoud.

About 2,300 workers had stopped loading and unloading ships since the previous Wednesday, leaving more than forty container vessels waiting at anchor off the coast. Exporters of fruit and timber said the stoppage had cost them several million euros in spoiled cargo and late fees.

Elsen told reporters outside the union hall that members had voted by a large majority to return to work on Friday morning. "This is not everything we asked for, but it is a fair start," she said.

Arnoud said the authority would clear the backlog of ships within a week by adding extra shifts over the weekend. The transport ministry, which had mediated the talks since Monday, welcomed the deal and said it would fund part of the safety review.

The strike was the longest at Valmora in more than a decade and had drawn support from dock unions in two neighbouring ports, which had threatened solidarity stoppages of their own.`;

/** The wire story with about one word in fifteen changed, as a rewriting site does. */
export const LIGHTLY_REWORDED = `Dock workers at the port of Valmora ended a nine-day walkout on Thursday after their union accepted a pay offer from the harbour authority, officials from both sides said.

The deal raises basic pay by 7 percent this year and a further 4 percent next year, and it sets up a joint committee to review night-shift safety rules by the end of March, according to a statement signed by union chief Marta Elsen and harbour director Piet Arnoud.

Some 2,300 workers had stopped loading and unloading ships since the previous Wednesday, leaving over forty container vessels waiting at anchor off the coast. Exporters of fruit and timber said the stoppage had cost them several million euros in spoiled cargo and late fees.

Elsen told journalists outside the union hall that members had voted by a large majority to return to work on Friday morning. "This is not everything we asked for, but it is a fair start," she said.

Arnoud said the authority would clear the backlog of ships within a week by adding extra shifts over the weekend. The transport ministry, which had mediated the talks since Monday, praised the deal and said it would fund part of the safety review.

The strike was the longest at Valmora in more than ten years and had drawn support from dock unions in two nearby ports, which had threatened solidarity stoppages of their own.`;

/** The first half of the wire story, as an aggregator that cuts copies short publishes it. */
export const SHORTENED = WIRE_STORY.split("\n\n").slice(0, 3).join("\n\n");

/** The wire story inside a page with a site's own lines around it. */
export const WITH_SITE_FURNITURE = `Latest news | Business | Ports\n\n${WIRE_STORY}\n\nShare this article. Follow us for more business news.`;

/** A later strike at the same port, written separately: much shared vocabulary, another event. */
export const OTHER_STRIKE = `Dock workers at Valmora walked off the job again on Tuesday, fourteen months after a wage deal ended their last strike, in a dispute over the automation of two container terminals.

The union said the harbour authority had broken a promise to consult workers before installing remote-controlled cranes, which it fears will cost about 400 jobs over three years. Union leader Marta Elsen called the plan "a betrayal of the agreement we signed".

Harbour director Piet Arnoud said the cranes were needed to compete with larger ports and that no worker would be dismissed, with staff retrained or offered early retirement instead. He urged the union to return to the joint committee set up after the previous strike.

Shipping lines began diverting vessels to neighbouring ports on Wednesday, and exporters warned that perishable cargo would again go to waste if the stoppage lasted more than a few days. The transport ministry said it was ready to mediate but had not yet been asked.`;

/** Too short to sketch: only an identical text matches it. */
export const HEADLINE_ONLY = "Valmora dock strike ends after wage deal";
