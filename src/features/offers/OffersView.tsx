/** Placeholder until the offers feature lands. */
export function OffersView({ selectedId }: { selectedId?: string }) {
  void selectedId;
  return <h1>OffersView</h1>;
}
