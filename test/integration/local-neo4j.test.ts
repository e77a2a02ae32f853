/** The Neo4j the project starts is a real server with the Graph Data Science plugin loaded. */
import type { App } from '../../src/app';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

it('answers over Bolt and runs CALL gds.version()', async () => {
  const [components] = await app.gateway.readRows({
    cypher: 'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    params: {},
  });
  expect(String(components?.version)).toMatch(/^5\./);
  const [gds] = await app.gateway.readRows({
    cypher: 'CALL gds.version() YIELD gdsVersion RETURN gdsVersion',
    params: {},
  });
  expect(String(gds?.gdsVersion)).toMatch(/^2\.\d+\.\d+/);
});
