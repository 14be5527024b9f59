/** The loading and error lines of a page that waits for a request; nothing once it has its data. */
export function LoadState({ state, what }: { state: { status: string; error?: { message: string } }; what: string }) {
  if (state.status === 'loading') return <p aria-busy="true">Loading {what}…</p>;
  if (state.status === 'error')
    return (
      <p className="form-error" role="alert">
        The {what} could not be loaded: {state.error?.message}
      </p>
    );
  return null;
}
