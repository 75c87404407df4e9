// The sheet templates of templates/, written by writeSheet from the ladders they hold: the default
// Product Manager ladder (ladder.csv) and the demo's engineering ladder with its competencies
// (ladder-with-competencies.csv); and the demo's engineering ladder as the sheet its page loads
// (demo/ladders/example-engineering.csv). test/sheet/layout.test.mjs fails when one is out of date.
//
//   node scripts/templates.mjs   after `npm run build`: writes the templates
import { readFileSync, writeFileSync } from 'node:fs';

/** Each template's file and the ladder it is written from. */
export async function templates() {
  const { defaultLadder } = await import('../dist/index.js');
  const engineering = JSON.parse(
    readFileSync(new URL('../demo/ladders/example-engineering.json', import.meta.url), 'utf8'),
  );
  return [
    { file: 'templates/ladder.csv', ladder: defaultLadder },
    { file: 'templates/ladder-with-competencies.csv', ladder: engineering },
    { file: 'demo/ladders/example-engineering.csv', ladder: engineering },
  ];
}

/** The text of each template, and what of its ladder a sheet leaves out. */
export async function written() {
  const { writeSheet } = await import('../dist/sheet/index.js');
  return (await templates()).map(({ file, ladder }) => ({ file, ...writeSheet(ladder) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { file, text, dropped } of await written()) {
    writeFileSync(new URL(`../${file}`, import.meta.url), text);
    process.stdout.write(`Wrote ${file}${dropped.length ? `, leaving out ${dropped.join('; ')}` : ''}.\n`);
  }
}
