export function Pipeline() {
  return (
    <section className="panel">
      <h1>Pipeline</h1>
    </section>
  );
}
