/**
 * Invented articles for the story tests (written for this repo; no real outlet's text).
 * Two events of one kind in one place a year apart (dock strikes at Valmora), an
 * unrelated event (a landslide in Teruna), and follow-ups.
 */
import type { StoryInput } from "./types.js";

export const STRIKE_BEGINS: StoryInput = {
  id: "strike-1",
  title: "Valmora dock workers walk out over pay",
  published: "2024-02-06",
  outlet: "Harbour Gazette",
  text: `About 2,300 dock workers at the port of Valmora stopped work on Wednesday after talks on a new wage agreement broke down, leaving container ships waiting at anchor.

Union leader Marta Elsen said members wanted a 9 percent raise and new night-shift safety rules. Harbour director Piet Arnoud called the demand unaffordable and urged the union to return to the table.

Exporters of fruit and timber warned that cargo would spoil within days if the walkout lasted.`,
};

export const STRIKE_TALKS: StoryInput = {
  id: "strike-2",
  title: "Ministry steps in as Valmora port strike enters sixth day",
  published: "2024-02-11",
  outlet: "Coastal Times",
  text: `The transport ministry opened mediation between the Valmora dockers' union and the harbour authority on Monday, as the strike at the port entered its sixth day and more than forty ships waited offshore.

Marta Elsen, who leads the union, said the 2,300 strikers would not go back without a written pay offer. Piet Arnoud, the harbour director, said he was ready to improve the offer on night-shift safety.`,
};

/** The follow-up: the same strike ends, reported a week after it began. */
export const STRIKE_ENDS: StoryInput = {
  id: "strike-3",
  title: "Valmora strike ends with 7 percent pay deal",
  published: "2024-02-15",
  outlet: "Harbour Gazette",
  text: `Dock workers at Valmora ended their nine-day strike on Thursday after the union accepted a 7 percent raise and a joint committee on night-shift safety, in a deal mediated by the transport ministry.

Union leader Marta Elsen said the 2,300 workers would return on Friday. Harbour director Piet Arnoud said the backlog of ships waiting at anchor would be cleared within a week.`,
};

/** A year later, a new dispute at the same port with the same people: another event. */
export const AUTOMATION_STRIKE: StoryInput = {
  id: "automation-1",
  title: "Valmora dockers strike again, this time over automated cranes",
  published: "2025-04-08",
  outlet: "Coastal Times",
  text: `Dock workers at Valmora walked out on Tuesday in protest at remote-controlled cranes the harbour authority plans to install at two container terminals, which the union says will cost 400 jobs.

Marta Elsen accused the authority of breaking the promise to consult workers made when last year's pay strike ended. Piet Arnoud said no one would be dismissed and retraining would be offered to all crane operators.`,
};

export const AUTOMATION_FOLLOW_UP: StoryInput = {
  id: "automation-2",
  title: "Crane automation dispute: Valmora terminals idle for second day",
  published: "2025-04-09",
  outlet: "Harbour Gazette",
  text: `Both automated-crane terminals at Valmora stood idle for a second day on Wednesday as the union kept up its protest against the remote-controlled cranes and the feared loss of 400 jobs.

Piet Arnoud offered to slow the installation and retrain crane operators; Marta Elsen said only a written promise of no job cuts would end the action.`,
};

export const AUTOMATION_TALKS: StoryInput = {
  id: "automation-3",
  title: "Talks on Valmora crane automation resume as terminals stay idle",
  published: "2025-04-11",
  outlet: "Coastal Times",
  text: `Talks on the remote-controlled cranes resumed at Valmora on Friday with both automated terminals still idle, the union demanding a written promise that none of the 400 crane jobs would go.

Piet Arnoud said retraining for every crane operator was on the table; Marta Elsen said the protest against the automated cranes would go on until the promise was signed.`,
};

/** Undated and about the port's disputes in general: it reads as much like the pay strike as like the crane dispute. */
export const PORT_DISPUTES: StoryInput = {
  id: "port-disputes",
  title: "Valmora dockers and harbour authority still at odds",
  published: null,
  outlet: "Valmora Weekly",
  text: `Relations between the Valmora dockers' union and the harbour authority remain strained, union members say, with pay, night-shift safety and the remote-controlled cranes all still disputed.

Marta Elsen, who leads the union, said workers at the port wanted written promises on wages and jobs. Piet Arnoud, the harbour director, said the authority had offered raises, retraining for crane operators and talks on safety.`,
};

export const LANDSLIDE: StoryInput = {
  id: "landslide-1",
  title: "Landslide buries mountain road in Teruna province",
  published: "2024-02-12",
  outlet: "Coastal Times",
  text: `A landslide after three days of heavy rain buried a mountain road in Teruna province on Sunday, cutting off four villages. Rescue teams from Ostrava Bay were searching for two drivers whose lorries were swept into the valley.

Provincial governor Ilse Maren said helicopters would bring food and water to the villages until the road could be cleared, which engineers expected to take a fortnight.`,
};

export const LANDSLIDE_FOLLOW_UP: StoryInput = {
  id: "landslide-2",
  title: "Teruna landslide: both lorry drivers found alive",
  published: "2024-02-13",
  outlet: "Harbour Gazette",
  text: `Rescue teams found both lorry drivers alive on Monday in the valley below the Teruna mountain road buried by Sunday's landslide, governor Ilse Maren said.

Helicopters flew food and water to the four cut-off villages while engineers began clearing the road, a job expected to take two weeks.`,
};

export const ALL_STORY_FIXTURES: StoryInput[] = [
  STRIKE_BEGINS,
  LANDSLIDE,
  STRIKE_TALKS,
  LANDSLIDE_FOLLOW_UP,
  STRIKE_ENDS,
  AUTOMATION_STRIKE,
  AUTOMATION_FOLLOW_UP,
];
