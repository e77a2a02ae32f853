import { parseAptDepends, parseRedisVersion, redisEnv, type RedisBinary } from '../../scripts/redis/provision';

describe('local Redis provisioning', () => {
  it.each([
    ['Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=ae4d7c971a948f0', '7.0.15'],
    ['Redis server v=7.2.4 sha=00000000:0 malloc=libc bits=64 build=1', '7.2.4'],
    // Debian's redis-server is a symlink to redis-check-rdb, which prints this when run under its own name.
    ['redis-check-rdb 7.0.15', undefined],
    ['', undefined],
  ])('reads the version from %p', (output, version) => {
    expect(parseRedisVersion(output)).toBe(version);
  });

  it('reads Depends and Pre-Depends per package from apt-cache depends, leaving out virtual packages', () => {
    const output = [
      'redis-tools',
      '  Depends: adduser',
      '  Depends: liblzf1',
      ' |Depends: libsystemd0',
      '    libelogind0',
      '  Depends: <libfoo-virtual>',
      '  Breaks: redis-server',
      '  Suggests: ruby-redis',
      'redis-server',
      '  PreDepends: init-system-helpers',
      '  Depends: python3:any',
      '',
    ].join('\n');
    expect(parseAptDepends(output)).toEqual(
      new Map([
        ['redis-tools', ['adduser', 'liblzf1', 'libsystemd0']],
        ['redis-server', ['init-system-helpers', 'python3']],
      ]),
    );
  });

  it('puts unpacked libraries first on LD_LIBRARY_PATH and leaves a system install alone', () => {
    const unpacked: RedisBinary = {
      server: '/c/usr/bin/redis-server',
      libraryDirs: ['/c/lib'],
      version: '7.0.15',
      source: 'cache',
    };
    expect(redisEnv(unpacked, { LD_LIBRARY_PATH: '/opt/lib', HOME: '/h' })).toEqual({
      LD_LIBRARY_PATH: '/c/lib:/opt/lib',
      HOME: '/h',
    });
    const system: RedisBinary = { ...unpacked, libraryDirs: [], source: 'path' };
    const env = { HOME: '/h' };
    expect(redisEnv(system, env)).toBe(env);
  });
});
