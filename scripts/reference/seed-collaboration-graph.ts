/**
 * Prints the collaboration graph C of a generated demo ecosystem as JSON on stdout, computed
 * in process from the generator's rows with the API's definition (scripts/seed-kpis.ts), so
 * the NetworkX reference script (louvain.py) can run on exactly the graph a seeded database
 * holds. Usage: npx tsx scripts/reference/seed-collaboration-graph.ts <small|medium|large> <seed> <anchor>
 */
import { generateBatches } from '../../src/seed/batches';
import { sizeProfile, type SeedSize } from '../../src/seed/profiles';
import { parseAnchor } from '../../src/seed/time';
import { collaborationGraph, collectRows } from '../seed-kpis';

const [size, seedText, anchorText] = process.argv.slice(2);
const seed = Number(seedText);
const anchor = parseAnchor(anchorText ?? '');
if (!['small', 'medium', 'large'].includes(size ?? '') || !Number.isInteger(seed) || anchor === undefined) {
  process.stderr.write('usage: seed-collaboration-graph.ts <small|medium|large> <seed> <anchor YYYY-MM-DD>\n');
  process.exit(2);
}
const { rows } = collectRows(generateBatches({ seed, profile: sizeProfile(size as SeedSize), anchor }, 5_000));
process.stdout.write(JSON.stringify(collaborationGraph(rows)));
