/** Placeholder until the priorities feature lands. */
export function PrioritiesView() {
  return <h1>PrioritiesView</h1>;
}
