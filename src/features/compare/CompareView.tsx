/** Placeholder until the compare feature lands. */
export function CompareView() {
  return <h1>CompareView</h1>;
}
