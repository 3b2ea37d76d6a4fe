/**
 * SLOT for the story's claims (who claims what, with figures, and who disputes it):
 * renders nothing until claims are wired. The claims stages are being built in
 * src/stages/analyze/claims and src/stages/link/claims; to wire them, add a route
 * (e.g. GET /api/stories/:id/claims) and an `api.storyClaims(id)` call, load it here
 * with useAsync, and render the list under the heading below. The story page already
 * places this section after the rounds.
 */
export interface ClaimsSectionProps {
  storyId: string;
}

export function ClaimsSection(_props: ClaimsSectionProps) {
  return null;
}
