import { checkJava, parseJavaMajor } from '../../scripts/neo4j/prerequisites';

describe('local Neo4j prerequisites', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['nonsense', undefined],
  ])('parses %p', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('names what to install and the NEO4J_URI alternative when java is missing', () => {
    expect(() => checkJava({ JAVA_HOME: '/nonexistent-jdk' })).toThrow(/JDK 17 or newer.*NEO4J_URI/s);
  });
});
