export function QueryEditor() {
  return (
    <section className="panel">
      <h1>QueryEditor</h1>
    </section>
  );
}
