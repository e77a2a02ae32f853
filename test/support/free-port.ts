/** The scripts' free-port helper, under the name the test suites already import. */
export { freePort } from '../../scripts/free-port';
