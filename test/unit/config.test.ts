import { ConfigError, loadConfig } from '../../src/config/config';

describe('config', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.queryTimeoutMs).toBeLessThan(30_000);
  });

  it('reports every problem at once, naming the variable and the value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT .*\(got "eighty"\)/);
    expect(problems).toMatch(/NEO4J_URI must be a Bolt URI/);
    expect(problems).toMatch(/NEO4J_HEAP must be a size/);
    expect(problems).toMatch(/NEO4J_PASSWORD is required when NEO4J_URI is set/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(4000);
  });
});
