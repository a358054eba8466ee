import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Where every run's JSON goes (gitignored). */
export const RESULTS_DIR = 'bench-results';

/** The machine the figures were measured on, written beside them. */
export function machine() {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
}

/** Print a scenario's rows as a table and write them, with the machine and the options, as JSON. */
export function report(scenario: string, options: Record<string, unknown>, rows: Record<string, unknown>[], notes: string[] = []): string {
  console.log(`\n== ${scenario} ==`);
  console.table(rows);
  for (const n of notes) console.log(`  ${n}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${scenario}-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`);
  writeFileSync(file, JSON.stringify({ scenario, date: new Date().toISOString(), machine: machine(), options, rows, notes }, null, 2));
  console.log(`  → ${file}`);
  return file;
}

/** A simple progress bar on stderr, for the long set-up steps. */
export function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const share = total === 0 ? 1 : done / total;
  process.stderr.write(`\r${label} ${'█'.repeat(Math.round(share * width)).padEnd(width, '░')} ${done}/${total}`);
  if (done >= total) process.stderr.write('\n');
}
