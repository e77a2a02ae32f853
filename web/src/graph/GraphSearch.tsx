/** Search-and-focus over the drawn participants' names (all loaded: no round trip per key). */
import { useId, useMemo, useState } from 'react';
import type { DrawnGraph } from './graph-model';

const MAX_SUGGESTIONS = 8;

export function GraphSearch({ graph, onPick }: { graph: DrawnGraph; onPick(key: string): void }) {
  const [text, setText] = useState('');
  const listId = useId();
  const matches = useMemo(() => {
    const needle = text.trim().toLowerCase();
    if (needle.length < 2) return [];
    const found: { key: string; label: string; rank: number }[] = [];
    graph.forEachNode((key, node) => {
      const at = node.label.toLowerCase().indexOf(needle);
      if (at >= 0) found.push({ key, label: node.label, rank: (at === 0 ? 1 : 0) + node.metrics.pageRank });
    });
    return found.sort((a, b) => b.rank - a.rank).slice(0, MAX_SUGGESTIONS);
  }, [graph, text]);

  const pick = (key: string) => {
    onPick(key);
    setText('');
  };

  return (
    <form
      className="graph-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const first = matches[0];
        if (first) pick(first.key);
      }}
    >
      <label htmlFor={`${listId}-input`}>Find a participant</label>
      <input
        id={`${listId}-input`}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Name…"
        autoComplete="off"
        aria-controls={listId}
        data-testid="graph-search"
      />
      {matches.length > 0 ? (
        <ul id={listId} className="graph-suggestions" aria-label="Matching participants">
          {matches.map((match) => (
            <li key={match.key}>
              <button type="button" onClick={() => pick(match.key)}>
                {match.label}
              </button>
            </li>
          ))}
        </ul>
      ) : text.trim().length >= 2 ? (
        <p className="hint">No participant matches.</p>
      ) : null}
    </form>
  );
}
