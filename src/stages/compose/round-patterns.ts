/** Issues on the table in ceasefire negotiations, each found by the words that name it. */
export const ISSUE_PATTERNS: Array<{ issue: string; pattern: RegExp }> = [
  { issue: "ceasefire", pattern: /\b(cease-?fire|truce|cessation of hostilities|halt (?:to )?(?:the )?fighting|end (?:to )?the war)\b/i },
  { issue: "hostages and prisoners", pattern: /\b(hostages?|captives?|prisoners?|detainees?|(?:prisoner )?(?:exchange|swap))\b/i },
  { issue: "withdrawal", pattern: /\b(withdraw(?:al|n|s|ing)?|pull(?:ed|ing)? out|redeploy(?:ment)?)\b/i },
  { issue: "aid", pattern: /\b(aid|humanitarian|relief|trucks?|crossings?|supplies)\b/i },
  { issue: "reconstruction", pattern: /\b(reconstruct(?:ion)?|rebuild(?:ing)?)\b/i },
  { issue: "governance", pattern: /\b(govern(?:ance|ing)?|administration|day after|Palestinian Authority|technocrat\w*)\b/i },
  { issue: "disarmament", pattern: /\b(disarm(?:ament)?|weapons|demilitari[sz]\w*)\b/i },
  { issue: "guarantees", pattern: /\b(guarantee[sd]?|guarantor)\b/i },
];

/** How a round ended, from the words of its reports; first match wins, strongest first. */
export const OUTCOME_PATTERNS: Array<{ outcome: RoundOutcome; pattern: RegExp }> = [
  { outcome: "collapsed", pattern: /\b(collapsed?|broke down|fell apart|crumbl\w+|walked out|recalled (?:its |their )?negotiators|suspended)\b/i },
  { outcome: "no breakthrough", pattern: /\b(without (?:any |a )?(?:tangible )?breakthrough|no breakthrough|no (?:consensus|agreement|deal)|without (?:an? )?(?:agreement|deal)|inconclusive|stall\w*|deadlock\w*)\b/i },
  { outcome: "agreed", pattern: /\b(reached (?:an? )?(?:agreement|deal)|agreed (?:on|to)|signed (?:an? )?(?:agreement|deal)|struck a deal)\b/i },
];

export type RoundOutcome = "ongoing" | "no breakthrough" | "collapsed" | "agreed" | "expected";
