export function PartnershipPage() {
  return (
    <section className="panel">
      <h1>PartnershipPage</h1>
    </section>
  );
}
