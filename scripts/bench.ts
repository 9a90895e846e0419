/**
 * `npm run bench`: measures what the performance goals in docs/performance.md are about, and
 * prints a Markdown report to paste there. A benchmark, not a test: it never fails on a slow
 * machine, it reports.
 *
 *   npm run bench                      demo story: build, page weight, search latency, Lighthouse
 *   npm run bench -- --entries 10000   also: Cronista vs a bare Astro + Pagefind site with the
 *                                      demo plus N extra entries (at N/5 and N), side by side
 *   --shape clone|spread|both          the extra entries: copies of one demo entry (one category
 *                                      and a few actors hold them all; default), synthetic entries
 *                                      spread over categories and actors, or both
 *   --project DIR                      measure another checkout (an earlier version, for "before")
 *   --repeat R                         build each side R times (default 3), alternating, and report
 *                                      the median: a shared machine's timings vary from run to run
 *   --no-lighthouse                    skip Lighthouse (it takes about a minute)
 */
import { spawn } from 'node:child_process';
import { cpus, platform, release, totalmem, tmpdir } from 'node:os';
import { cp, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { launchBrowser, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { writeClonedEvents, writeSyntheticEvents } from './lib/synthetic-content.ts';
import { writeBareSite } from './lib/bench/bare-site.ts';
import { measurePageWeight, measureSearch } from './lib/bench/browser-measures.ts';
import { runLighthouse } from './lib/bench/lighthouse.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string' },
    repeat: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    shape: { type: 'string', default: 'clone' },
    'scale-only': { type: 'boolean', default: false },
    project: { type: 'string' },
  },
});

const PROJECT = values.project ? resolve(values.project) : fileURLToPath(new URL('..', import.meta.url));
/** The demo entry the clone shape copies. */
const CLONED_ENTRY = 'src/content/events/2019-01-28-us-sanctions-pdvsa.md';
const WORKER = join(PROJECT, 'scripts/lib/bench/build-worker.ts');
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/** Budgets from the quality issue: gzip bytes before interaction on the home page. */
const BUDGETS = { script: 10 * 1024, document: 40 * 1024, total: 120 * 1024 };

type BuildMeasure = { seconds: number; maxRssMb: number; distMb: number; pages: number; pagefindMb: number };

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function countPages(dist: string): Promise<number> {
  return (await readdir(dist, { recursive: true })).filter((file) => String(file).endsWith('.html')).length;
}

/** Runs one build in a fresh process and measures it. */
function timedBuild(root: string, pagefind: boolean): Promise<BuildMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [WORKER, root, ...(pagefind ? ['--pagefind'] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', async (code) => {
      if (code !== 0) return reject(new Error(`build of ${root} failed (${code})`));
      const seconds = (performance.now() - started) / 1000;
      const { maxRssKb } = JSON.parse(out.trim().split('\n').at(-1)!) as { maxRssKb: number };
      const dist = join(root, 'dist');
      resolve({
        seconds,
        maxRssMb: maxRssKb / 1024,
        distMb: (await folderBytes(dist)) / 1e6,
        pages: await countPages(dist),
        pagefindMb: (await folderBytes(join(dist, 'pagefind')).catch(() => 0)) / 1e6,
      });
    });
  });
}

/** The median of several measures of one build (peak memory: the largest). */
function median(runs: BuildMeasure[]): BuildMeasure {
  const sorted = runs.toSorted((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)]!, maxRssMb: Math.max(...runs.map((run) => run.maxRssMb)) };
}

/**
 * Builds Cronista and the bare site `--repeat` times each, alternating so that both see the same
 * machine, from a clean state every time; returns the medians.
 */
async function medianBuild(root: string, pagefind: boolean, bareRoot: string): Promise<BuildMeasure & { pair: BuildMeasure }> {
  const ours: BuildMeasure[] = [];
  const theirs: BuildMeasure[] = [];
  for (let run = 0; run < Math.max(1, Number(values.repeat)); run++) {
    for (const dir of [root, bareRoot])
      await rm(join(dir, 'dist'), { recursive: true, force: true }).then(() => rm(join(dir, '.astro'), { recursive: true, force: true }));
    ours.push(await timedBuild(root, pagefind));
    theirs.push(await timedBuild(bareRoot, true));
  }
  return { ...median(ours), pair: median(theirs) };
}

/** A temporary copy of the project (its own src/content) sharing node_modules. */
async function projectCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cronista-bench-'));
  for (const file of PROJECT_FILES) {
    await cp(join(PROJECT, file), join(root, file), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Adds the categories and actors synthetic events refer to. */
async function addSyntheticTaxonomy(content: string) {
  for (const id of ['alpha', 'beta', 'gamma', 'delta']) {
    await writeFile(join(content, 'categories', `${id}.yaml`), `name: Synthetic ${id}\ndescription: Generated category.\norder: 900\n`);
  }
  for (const id of ['actor-one', 'actor-two', 'actor-three', 'actor-four', 'actor-five']) {
    await writeFile(
      join(content, 'actors', `${id}.yaml`),
      `name: Synthetic ${id}\nkind: person\nrole: Generated actor\ndescription: A generated actor.\n`,
    );
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function machine(): string {
  const cpu = cpus();
  let chromium = 'not found';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  return [
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}; ${chromium}`,
  ].join('\n');
}

async function demoReport(): Promise<string> {
  const root = await projectCopy();
  try {
    const built = await timedBuild(root, false);
    const dist = join(root, 'dist');
    const server = await serveStatic(dist, { production: true });
    const browser = await launchBrowser();
    const out: string[] = ['### Demo story', '', machine(), ''];
    try {
      out.push(
        `Build: ${built.seconds.toFixed(1)} s, peak memory ${built.maxRssMb.toFixed(0)} MB, ${built.pages} pages, dist ${built.distMb.toFixed(2)} MB, search index ${built.pagefindMb.toFixed(2)} MB on disk.`,
        '',
      );
      out.push(
        line(['Page (gzip, before interaction)', 'HTML', 'JavaScript', 'CSS', 'Other', 'Total', 'Requests']),
        line(['---', '---', '---', '---', '---', '---', '---']),
      );
      const eventUrl = `${server.url}/events/2019-02-02-air-force-general-yanez-recognises-guaido/`;
      const home = await measurePageWeight(browser, `${server.url}/`);
      for (const [name, weight] of [
        ['Home (timeline)', home],
        ['Event page', await measurePageWeight(browser, eventUrl)],
      ] as const) {
        const t = weight.transferBytes;
        out.push(line([name, kb(t.document), kb(t.script), kb(t.stylesheet), kb(t.other), kb(t.total), weight.requests]));
      }
      const t = home.transferBytes;
      out.push(
        '',
        `Budgets on the home page: JavaScript ${kb(t.script)} of ${kb(BUDGETS.script)} ${t.script <= BUDGETS.script ? 'OK' : 'OVER'}; HTML ${kb(t.document)} of ${kb(BUDGETS.document)} ${t.document <= BUDGETS.document ? 'OK' : 'OVER'}; all requests ${kb(t.total)} of ${kb(BUDGETS.total)} ${t.total <= BUDGETS.total ? 'OK' : 'OVER'}.`,
      );
      const search = await measureSearch(browser, `${server.url}/`, 'Yanez', 'gold');
      out.push(
        '',
        `Search: last keystroke to first result ${search.firstSearchMs} ms on first use ("${search.query}", loading Pagefind and ${kb(search.fetchedBytes)} of code and index), ${search.nextSearchMs} ms for the next query.`,
      );
      if (!values['no-lighthouse']) {
        out.push(
          '',
          line(['Lighthouse (mobile)', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Below 1']),
          line(['---', '---', '---', '---', '---', '---']),
        );
        for (const [name, url] of [
          ['Home', `${server.url}/`],
          ['Event page', eventUrl],
        ] as const) {
          const { scores, failing } = await runLighthouse(url);
          out.push(line([name, scores.performance, scores.accessibility, scores['best-practices'], scores.seo, failing.join(', ') || '—']));
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return out.join('\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function scaleReport(entries: number, shape: 'clone' | 'spread'): Promise<string> {
  const out = [
    shape === 'clone'
      ? `### Build scaling: the demo plus copies of one entry (${CLONED_ENTRY.split('/').pop()})`
      : '### Build scaling: the demo plus synthetic entries spread over categories and actors',
    '',
    machine(),
    `- Median of ${values.repeat} clean builds of each site, alternating`,
    '',
  ];
  out.push(
    line([
      'Extra entries',
      'Cronista',
      'ms/entry',
      'Peak MB',
      'dist MB',
      'Index MB',
      'Bare Astro + Pagefind',
      'ms/entry',
      'Peak MB',
      'Ratio',
    ]),
  );
  out.push(line(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
  let biggest: string | undefined;
  for (const count of [Math.round(entries / 5), entries]) {
    const root = await projectCopy();
    const content = join(root, 'src/content');
    if (shape === 'clone') await writeClonedEvents(content, join(PROJECT, CLONED_ENTRY), count);
    else {
      await addSyntheticTaxonomy(content);
      await writeSyntheticEvents(content, count);
    }
    const total = (await readdir(join(content, 'events'))).filter((file) => /\.mdx?$/.test(file)).length;
    const bareRoot = await mkdtemp(join(tmpdir(), 'cronista-bare-'));
    await writeBareSite(bareRoot, fileURLToPath(new URL('..', import.meta.url)), join(content, 'events'));
    const cronista = await medianBuild(root, false, bareRoot);
    const bare = cronista.pair;
    out.push(
      line([
        count,
        `${cronista.seconds.toFixed(1)} s`,
        ((cronista.seconds * 1000) / total).toFixed(1),
        cronista.maxRssMb.toFixed(0),
        cronista.distMb.toFixed(1),
        cronista.pagefindMb.toFixed(1),
        `${bare.seconds.toFixed(1)} s`,
        ((bare.seconds * 1000) / total).toFixed(1),
        bare.maxRssMb.toFixed(0),
        (cronista.seconds / bare.seconds).toFixed(2),
      ]),
    );
    await rm(bareRoot, { recursive: true, force: true });
    if (biggest) await rm(biggest, { recursive: true, force: true });
    biggest = root;
  }
  if (biggest) await rm(biggest, { recursive: true, force: true });
  return out.join('\n');
}

if (!values.entries || !values['scale-only']) console.log(await demoReport());
if (values.entries) {
  const shapes =
    values.shape === 'both' ? (['clone', 'spread'] as const) : [values.shape === 'spread' ? ('spread' as const) : ('clone' as const)];
  for (const shape of shapes) console.log(`\n${await scaleReport(Number(values.entries), shape)}`);
}
