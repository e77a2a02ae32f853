export function Overview() {
  return (
    <section className="panel">
      <h1>Overview</h1>
    </section>
  );
}
