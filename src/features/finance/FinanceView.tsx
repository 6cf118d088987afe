/** Placeholder until the finance feature lands. */
export function FinanceView() {
  return <h1>FinanceView</h1>;
}
