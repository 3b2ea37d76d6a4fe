/**
 * Where an article sits among the others, in the reader: the story it belongs to (with
 * previous / next within it), its near-duplicate copies, and the actors it names.
 */
import { plural, storyHref } from "../format";
import { Link } from "../router";
import type { ArticleLinks, ArticleRow, Story } from "../types";
import { ActorChips } from "./ActorChips";

interface StoryBarProps {
  story: Story;
  /** The article's place among the story's articles, oldest first. */
  position: number;
  count: number;
  previous: ArticleRow | undefined;
  next: ArticleRow | undefined;
}

/** "Story: <title>  ‹ 2 / 4 ›" above the article; J / K move within the story. */
export function StoryBar({ story, position, count, previous, next }: StoryBarProps) {
  return (
    <nav className="story-bar" aria-label="this story">
      <span className="muted">Story:</span>{" "}
      <Link to={storyHref(story.id)} className="story-bar-title">
        {story.title || story.id}
      </Link>
      <span className="spacer" />
      {previous ? (
        <Link to={`/articles/${previous.id}`} title={`${previous.title ?? previous.id} (K)`} data-story-nav="previous">
          ‹ Earlier
        </Link>
      ) : (
        <span className="disabled">‹ Earlier</span>
      )}
      <span className="muted">
        {position + 1} / {count}
      </span>
      {next ? (
        <Link to={`/articles/${next.id}`} title={`${next.title ?? next.id} (J)`} data-story-nav="next">
          Later ›
        </Link>
      ) : (
        <span className="disabled">Later ›</span>
      )}
    </nav>
  );
}

/** Copies of the article and the actors it names, for the reader's side panel. */
export function ArticleLinksPanel({ id, links }: { id: string; links: ArticleLinks }) {
  const group = links.duplicateGroup;
  return (
    <>
      {group && (
        <section className="copies" aria-labelledby="copies-heading">
          <h2 id="copies-heading">{plural(group.members.length, "copy", "copies")} of this article</h2>
          <ul className="plain copies-list">
            {group.members.map((member) => (
              <li key={member.id} className={member.id === id ? "this-copy" : undefined}>
                {member.id === id ? (
                  <strong>{member.outlet ?? member.title ?? member.id}</strong>
                ) : (
                  <Link to={`/articles/${member.id}`} title={member.title ?? member.id}>
                    {member.outlet ?? member.title ?? member.id}
                  </Link>
                )}{" "}
                <span className="muted">
                  {member.published ?? "undated"} · {member.matchedId ? `${Math.round(member.similarity * 100)}% similar` : "first seen"} · {member.length.toLocaleString("en")} chars
                </span>{" "}
                {member.id === group.earliestId && <span className="badge">earliest</span>} {member.id === group.fullestId && <span className="badge">fullest</span>}{" "}
                {member.id === id && <span className="badge">this one</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {links.actors.length > 0 && (
        <section className="named" aria-labelledby="named-heading">
          <h2 id="named-heading">Named in it</h2>
          <ActorChips actors={links.actors} limit={16} />
        </section>
      )}
    </>
  );
}
