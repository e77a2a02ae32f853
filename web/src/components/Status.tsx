/** Loading, error and empty states, said in words (and announced to screen readers). */
import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Failure({ error, retry }: { error: Error; retry?: () => void }) {
  return (
    <div className="status error" role="alert">
      <p>Could not load: {error.message}</p>
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="status empty">{children}</div>;
}

/** What a role may not see: said once, quietly, instead of an error. */
export function Hidden({ what }: { what: string }) {
  return <p className="hidden-note">{what} is not shown to your role.</p>;
}
