import { readdirSync, readFileSync } from 'node:fs';

/** The p-th percentile (nearest rank) of `xs`; NaN when empty. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = Float64Array.from(xs).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latencySummary(xs: number[]): { p50: number; p95: number; p99: number; max: number } {
  const round = (v: number) => Math.round(v * 10) / 10;
  return { p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), p99: round(percentile(xs, 99)), max: round(percentile(xs, 100)) };
}

/** CPU time (user + system) a process has used, in ms (Linux /proc; clock ticks are 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/**
 * Samples a process's CPU and memory once a second between `start` and `stop`: the CPU figure is the
 * share of one core over the window (100% = one core busy), memory the peak resident size.
 */
export function sampleProcess(pid: number): { stop(): { cpuPercent: number; peakRssMb: number; cpuMs: number } } {
  const t0 = Date.now();
  const c0 = cpuMs(pid);
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      clearInterval(timer);
    }
  }, 1_000);
  return {
    stop() {
      clearInterval(timer);
      const used = cpuMs(pid) - c0;
      peak = Math.max(peak, rssMb(pid));
      return { cpuPercent: Math.round((used / Math.max(1, Date.now() - t0)) * 100), peakRssMb: Math.round(peak), cpuMs: used };
    },
  };
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Latencies in 0.1 ms buckets up to 120 s: constant memory however many millions of deliveries are timed. */
export class Histogram {
  private readonly buckets = new Uint32Array(1_200_001);
  count = 0;
  private maxSeen = 0;

  record(ms: number): void {
    const b = Math.min(this.buckets.length - 1, Math.max(0, Math.round(ms * 10)));
    this.buckets[b] += 1;
    this.count += 1;
    this.maxSeen = Math.max(this.maxSeen, ms);
  }

  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let b = 0; b < this.buckets.length; b += 1) {
      seen += this.buckets[b];
      if (seen >= rank) return b / 10;
    }
    return this.maxSeen;
  }

  summary(): { p50: number; p95: number; p99: number; max: number } {
    return { p50: this.percentile(50), p95: this.percentile(95), p99: this.percentile(99), max: Math.round(this.maxSeen * 10) / 10 };
  }
}

/** The whole machine's busy CPU (every process: PostgreSQL, the servers, the clients) between `start` and `stop`, in % of all cores. */
export function sampleMachine(): { stop(): { busyPercent: number } } {
  const read = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + f[4];
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  return {
    stop() {
      const b = read();
      return { busyPercent: Math.round((1 - (b.idle - a.idle) / Math.max(1, b.total - a.total)) * 100) };
    },
  };
}

/** Processes whose command line contains `text` (e.g. the PostgreSQL backends of one database: `postgres: … dbname …`). */
function pidsMatching(text: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * CPU used by every process matching `text` between `start` and `stop` (those alive at the stop; one
 * started meanwhile counts from zero), in % of one core, like `sampleProcess`.
 */
export function sampleMatching(text: string): { stop(): { cpuPercent: number; cpuMs: number; processes: number } } {
  const t0 = Date.now();
  const before = new Map(pidsMatching(text).map((p) => [p, safeCpu(p)]));
  return {
    stop() {
      const now = pidsMatching(text);
      const used = now.reduce((n, p) => n + Math.max(0, safeCpu(p) - (before.get(p) ?? 0)), 0);
      return { cpuPercent: Math.round((used / Math.max(1, Date.now() - t0)) * 100), cpuMs: used, processes: now.length };
    },
  };
}

function safeCpu(pid: number): number {
  try {
    return cpuMs(pid);
  } catch {
    return 0;
  }
}
