// `npx tsx scripts/bench/real-shapes-accuracy.ts [--verbose]`: per-field accuracy of ingest on the
// real-shape fixtures, and every date published wrongly (the error a chronology cannot survive).
import { parseArgs } from 'node:util';
import { checkShapeCase, loadShapeCases, SHAPE_FIELDS } from './real-shapes.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const results = loadShapeCases().map((shape) => ({ shape, result: checkShapeCase(shape) }));

console.log(`${results.length} real-shape fixtures`);
console.log('| field | right |\n|---|---|');
for (const field of SHAPE_FIELDS) {
  const rows = results.flatMap(({ result }) => result.fields.filter((f) => f.field === field));
  const right = rows.filter((f) => f.right).length;
  console.log(`| ${field} | ${right}/${rows.length} |`);
}
const wrongDates = results.filter(({ result }) => result.wrongDate);
console.log(`wrong dates: ${wrongDates.length}`);
for (const { shape, result } of results) {
  const wrong = result.fields.filter((f) => !f.right);
  if (result.error !== null) console.log(`  ${shape.name}: rejected: ${result.error}`);
  else if (values.verbose || result.wrongDate) {
    for (const f of wrong) console.log(`  ${shape.name} ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`);
  }
}
