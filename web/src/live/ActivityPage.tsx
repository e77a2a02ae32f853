export function ActivityPage() {
  return (
    <section className="panel">
      <h1>Activity</h1>
    </section>
  );
}
