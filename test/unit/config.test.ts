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

  it('leaves the auto engine threshold to the measured crossover unless configured, and refuses one below 1', () => {
    expect(loadConfig({}).analytics.autoGdsFromParticipants).toBeUndefined();
    expect(loadConfig({ ANALYTICS_AUTO_GDS_FROM_PARTICIPANTS: '5000' }).analytics.autoGdsFromParticipants).toBe(5000);
    expect(() => loadConfig({ ANALYTICS_AUTO_GDS_FROM_PARTICIPANTS: '0' })).toThrow(
      /ANALYTICS_AUTO_GDS_FROM_PARTICIPANTS .*\(got "0"\)/,
    );
  });

  it('runs the in-process engine in a worker thread unless ANALYTICS_WORKER=false, and refuses other values', () => {
    expect(loadConfig({}).analytics.worker).toBe(true);
    expect(loadConfig({ ANALYTICS_WORKER: 'false' }).analytics.worker).toBe(false);
    expect(() => loadConfig({ ANALYTICS_WORKER: 'yes' })).toThrow(/ANALYTICS_WORKER .*\(got "yes"\)/);
  });

  describe('NODE_ENV unset on a network address', () => {
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };

    it.each(['0.0.0.0', '::', '192.168.1.20', 'api.example.org', '128.0.0.1'])(
      'refuses HOST %s without NODE_ENV, saying what to set',
      (host) => {
        expect(problemsOf({ HOST: host })).toEqual([expect.stringMatching(/^NODE_ENV must be set when HOST/)]);
        expect(problemsOf({ HOST: host })[0]).toContain('NODE_ENV=production');
      },
    );

    it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])(
      'keeps the development defaults on the loopback address %s',
      (host) => {
        const config = loadConfig({ HOST: host });
        expect(config.env).toBe('development');
        expect(config.api.introspection).toBe(true);
      },
    );

    it('starts on a network address once NODE_ENV says which mode is meant', () => {
      expect(loadConfig({ HOST: '0.0.0.0', NODE_ENV: 'development' }).env).toBe('development');
      expect(
        problemsOf({ HOST: '0.0.0.0', NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) }),
      ).not.toContainEqual(expect.stringMatching(/NODE_ENV must be set/));
    });
  });

  it('bounds background work by a count and by a share of the pool, whichever is lower', () => {
    expect(loadConfig({}).background.maxTransactions).toBe(4);
    expect(loadConfig({ NEO4J_MAX_POOL_SIZE: '8' }).background.maxTransactions).toBe(2);
    expect(
      loadConfig({ NEO4J_MAX_POOL_SIZE: '100', BACKGROUND_MAX_TRANSACTIONS: '30' }).background.maxTransactions,
    ).toBe(25);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: '3' })).toThrow(
      /BACKGROUND_MAX_POOL_SHARE 0.25 of NEO4J_MAX_POOL_SIZE 3 leaves no connection for background work/,
    );
    expect(() => loadConfig({ BACKGROUND_MAX_POOL_SHARE: '0.9' })).toThrow(
      /BACKGROUND_MAX_POOL_SHARE must be at most 0.5/,
    );
    expect(() => loadConfig({ BACKGROUND_MAX_TRANSACTIONS: '0' })).toThrow(
      /BACKGROUND_MAX_TRANSACTIONS must be at least 1/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(4000);
  });

  describe('metrics in production', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) };
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };

    it('refuses to start with /metrics open, saying how to fix it', () => {
      expect(problemsOf(production)).toEqual([
        expect.stringMatching(/^METRICS_TOKEN is required in production.*METRICS_ENABLED=false/),
      ]);
    });

    it('starts with a token, or with metrics off', () => {
      expect(problemsOf({ ...production, METRICS_TOKEN: 'scrape-token-0123456789' })).toEqual([]);
      expect(problemsOf({ ...production, METRICS_ENABLED: 'false' })).toEqual([]);
      // Outside production an open endpoint is allowed (and warned about at start).
      expect(problemsOf({ NODE_ENV: 'development' })).toEqual([]);
    });
  });

  it('bounds introspection depth separately, by default deep enough for the standard introspection query', () => {
    expect(loadConfig({}).limits.maxIntrospectionDepth).toBe(21);
    expect(loadConfig({ GRAPHQL_MAX_INTROSPECTION_DEPTH: '30' }).limits.maxIntrospectionDepth).toBe(30);
    expect(() => loadConfig({ GRAPHQL_MAX_INTROSPECTION_DEPTH: '1' })).toThrow(
      /GRAPHQL_MAX_INTROSPECTION_DEPTH must be at least 2/,
    );
  });
});
