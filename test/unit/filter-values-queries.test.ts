/** The statement that reads the stored values of the filterable text fields (src/db/filter-values.queries.ts). */
import { readFilterValues, VALUE_FIELDS } from '../../src/db/filter-values.queries';

it('readFilterValues', () => {
  const statement = readFilterValues();
  // The version is read before the values, so the values are at least as new as it.
  expect(statement.cypher.indexOf('GraphVersion')).toBeLessThan(statement.cypher.indexOf('CALL'));
  for (const field of VALUE_FIELDS) expect(statement.cypher).toContain(`AS ${field}`);
  expect(statement).toMatchSnapshot();
});
