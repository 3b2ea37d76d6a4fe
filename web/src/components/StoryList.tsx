import { formatSpan, plural, storyHref } from "../format";
import { Link } from "../router";
import type { Story } from "../types";

/** Stories, one block each: title, the dates it spans, how many articles, which outlets. */
export function StoryList({ stories }: { stories: Story[] }) {
  return (
    <ol className="stories">
      {stories.map((story, i) => (
        <li key={story.id}>
          <Link to={storyHref(story.id)} className="story-title" data-story={i}>
            {story.title || <span className="muted">untitled story {story.id}</span>}
          </Link>
          <div className="story-meta muted">
            <span className="story-span">{formatSpan(story.from, story.to)}</span> · {plural(story.articleIds.length, "article")}
            {story.outlets.length > 0 && <> · {story.outlets.join(", ")}</>}
          </div>
        </li>
      ))}
    </ol>
  );
}
