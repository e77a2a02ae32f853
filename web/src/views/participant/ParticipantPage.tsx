export function ParticipantPage() {
  return (
    <section className="panel">
      <h1>ParticipantPage</h1>
    </section>
  );
}
