// A search snippet: plain-text segments from the server, hits shown as <mark>.
// React escapes every segment, so nothing in an article can become markup here.
import type { SearchHit } from './api';

export function Snippet({ segments }: { segments: SearchHit['snippet'] }) {
  return (
    <p className="knowledge-snippet">
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </p>
  );
}
