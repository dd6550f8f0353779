// `npm run bench`: times the real UI of the built web host in headless Chromium, first with the
// example data ("exempel", the baseline) and then with the stress data ("stress"), each in a fresh
// profile, and reports medians and stress/exempel ratios. Not part of `npm test`: it takes minutes.
// See tests/bench/README.md for how to read the output.
/* global document */ // (only inside functions that Playwright runs in the page)
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/staticServer.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags from /work/shared/toolchain.md: they work as root and offline.
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WAIT_MS = 60_000;
const SEED_TIMEOUT_MS = 10 * 60_000;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const distWeb = join(repoRoot, 'dist-web');
const resultsDir = join(repoRoot, 'tests/bench/results');
const log = (line = '') => console.log(line);

/**
 * Runs in the page (Playwright serialises it, so it must be self-contained). Returns a short
 * description of what is on screen once `what` is fully shown, else false.
 */
function screenReady({ what, want, unlike }) {
  const text = (el) => (el?.textContent ?? '').trim();
  const shown = (el) => Boolean(el && el.getClientRects().length > 0 && el.checkVisibility());
  const status = (re) =>
    [...document.querySelectorAll('[role=status]')].find((el) => re.test(text(el)));
  const firstDataRow = () => document.querySelectorAll('[role=row]')[1]; // [0] is the header
  if (what === 'organisations') {
    const count = status(/^\d[\d\s]* organisationer?$/);
    if (!shown(count) || !shown(firstDataRow()?.querySelector('a'))) return false;
    if (text(count) === unlike) return false;
    return want === undefined || text(count) === want ? text(count) : false;
  }
  if (what === 'calls') {
    const count = status(/^\d[\d\s]* samtal$/);
    if (!shown(count)) return false;
    return /^0\s/.test(text(count)) || shown(firstDataRow()) ? text(count) : false;
  }
  if (what === 'today') {
    if (![...document.querySelectorAll('h1')].some((h) => text(h) === 'Idag' && shown(h)))
      return false;
    const sections = [...document.querySelectorAll('h2')].map(text);
    if (sections.some((h) => /^Försenade/.test(h))) return sections.join(' · ');
    return document.body.textContent.includes('Inga uppföljningar de närmaste') && 'tom';
  }
  if (what === 'options') {
    // The last option always offers "Skapa ny organisation …" at once; only real hits count.
    const options = document.querySelectorAll('dialog[open] [role=option]');
    const hits = [...options].filter((o) => !text(o).startsWith('Skapa ny organisation'));
    return shown(hits[0]) ? `${hits.length} träffar` : false;
  }
  if (what === 'timeline') {
    const heading = [...document.querySelectorAll('h2')].find((h) => text(h) === 'Tidslinje');
    const items = document.querySelectorAll('li.timeline__item');
    return shown(heading) && shown(items[0]) ? `${items.length} poster i tidslinjen` : false;
  }
  throw new Error(`screenReady: unknown screen ${what}`);
}

// Polls once per animation frame, so a figure is at most one frame (~16 ms) late.
const waitFor = (page, what, want, unlike) =>
  page.waitForFunction(screenReady, { what, want, unlike }, { polling: 'raf', timeout: WAIT_MS });
const readyNote = async (...args) => (await waitFor(...args)).jsonValue();

// Going through about:blank forces a full page load even when only the #hash would change.
async function reload(page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    samples: samples.map(round),
  };
}

/**
 * One warm-up run (discarded: it pays for cold caches), then RUNS timed runs. Only `act` is timed;
 * `prepare` and `after` put the page back into the same starting state. `act` returns a note.
 */
async function measure(label, { prepare = async () => {}, act, after = async () => {} }) {
  const samples = [];
  let note = '';
  for (let run = -1; run < RUNS; run++) {
    await prepare(run);
    const start = performance.now();
    note = (await act(run)) ?? note;
    const ms = performance.now() - start;
    await after(run);
    if (run >= 0) samples.push(ms);
  }
  const result = { ...stats(samples), note };
  log(`  ${label}: median ${result.median} ms (${result.min}–${result.max}) ${note}`);
  return result;
}

async function openProfile(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => log(`  [page error] ${error.message}`));
  return { context, page };
}

/** Loads a data set through Inställningar and times it until "Klart: …"; returns rows and rows/s. */
async function seed(page, profile) {
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const name = profile === 'stress' ? /Läs in stordata/ : /Läs in exempeldata/;
  const outcome = page.getByText(/^(Klart: |Inläsningen misslyckades)/);
  const progress = page.getByText(/\d[\d\s]* av \d[\d\s]* poster/);
  const start = performance.now();
  await page.getByRole('button', { name }).click();
  // Show that a long load is alive, without slowing it down much.
  const ticker = setInterval(() => {
    progress
      .textContent({ timeout: 1000 })
      .then((text) => log(`  … ${text.trim()}`))
      .catch(() => {});
  }, 20_000);
  try {
    await outcome.waitFor({ timeout: SEED_TIMEOUT_MS });
  } finally {
    clearInterval(ticker);
  }
  const seconds = (performance.now() - start) / 1000;
  const message = (await outcome.textContent()).trim();
  if (!message.startsWith('Klart'))
    throw new Error(`loading the ${profile} data failed: ${message}`);
  // "Klart: 3 lotsar, 10 000 organisationer, …": add up the leading number of each part.
  const rows = message
    .replace(/^Klart:\s*/, '')
    .split(', ')
    .reduce(
      (sum, part) => sum + Number((part.match(/^[\d\s]+/)?.[0] ?? '0').replace(/\s/g, '')),
      0,
    );
  const result = {
    rows,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(rows / seconds),
  };
  log(`  seeding: ${rows} rows in ${result.seconds} s = ${result.rowsPerSecond} rows/s`);
  return result;
}

/** Search prefixes taken from real names in the list: first 4 letters of one, 3 of another. */
async function pickQueries(page) {
  const names = await page.locator('[role=row] a').allTextContents();
  const words = [...new Set(names.map((n) => n.split(/\s+/)[0].toLowerCase()))].filter((w) =>
    /^\p{L}{4,}$/u.test(w),
  );
  if (words.length < 2) throw new Error(`too few organisation names to search for: ${names}`);
  return [words[0].slice(0, 4), words.at(-1).slice(0, 3)];
}

async function benchProfile(profile, url, queries) {
  log(`\n== ${profile} ==`);
  const userDataDir = await mkdtemp(join(tmpdir(), `lotsbok-bench-${profile}-`));
  let opened;
  try {
    opened = await openProfile(userDataDir);
    let { page } = opened;
    await page.goto(url);
    await page.getByLabel('Ditt namn').fill('Bänk Testsson');
    await page.getByRole('button', { name: 'Börja använda Lotsbok' }).click();
    await page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
    const seeding = await seed(page, profile);

    // Restart the browser on the same profile: measure as on the next working day, not in the
    // wake of a 280 000-row write.
    await opened.context.close();
    opened = await openProfile(userDataDir);
    page = opened.page;
    const chromiumVersion = await page.evaluate(
      () => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1],
    );

    const results = {};
    const pageLoad = (path, what) => ({
      prepare: () => page.goto('about:blank'),
      act: async () => {
        await page.goto(`${url}/#${path}`, { waitUntil: 'commit' });
        return readyNote(page, what);
      },
    });
    results.orgFirstView = await measure(
      'Organisationer, first view',
      pageLoad('/organisationer', 'organisations'),
    );
    queries ??= await pickQueries(page);

    // Each run starts from an empty field showing the whole list, then one input event puts the
    // prefix in: the cost of a keystroke is one index query plus one render of the visible rows.
    await reload(page, `${url}/#/organisationer`);
    const all = await readyNote(page, 'organisations');
    const search = page.getByLabel('Sök på namn, organisationsnummer eller telefon');
    const clearSearch = async () => {
      await search.fill('');
      await waitFor(page, 'organisations', all);
    };
    // Untimed: learn the count each query settles on, so timed runs wait for exactly that.
    const expected = new Map();
    for (const query of queries) {
      await clearSearch();
      await page.keyboard.insertText(query);
      let count = await readyNote(page, 'organisations', undefined, all);
      await page.waitForTimeout(500);
      count = await readyNote(page, 'organisations');
      if (/^0\s/.test(count)) throw new Error(`"${query}" finds no organisation in ${profile}`);
      expected.set(query, count);
    }
    results.orgSearch = await measure('Organisationer, search', {
      prepare: clearSearch,
      act: async (run) => {
        const query = queries[(run + queries.length) % queries.length];
        await page.keyboard.insertText(query);
        return `${query} → ${await readyNote(page, 'organisations', expected.get(query))}`;
      },
    });
    await search.fill('');

    // The call dialog's organisation picker, opened with Ctrl+L from the list.
    results.callSearch = await measure('Logga samtal, organisation search', {
      prepare: async () => {
        await page.keyboard.press('Control+l');
        const dialog = page.getByRole('dialog', { name: 'Logga samtal' });
        await dialog.waitFor();
        const startOver = dialog.getByRole('button', { name: 'Börja om' });
        if (await startOver.isVisible()) await startOver.click(); // a stale draft from elsewhere
        await dialog.getByRole('combobox', { name: 'Organisation' }).focus();
      },
      act: async (run) => {
        const query = queries[(run + queries.length) % queries.length];
        await page.keyboard.insertText(query);
        return `${query} → ${await readyNote(page, 'options')}`;
      },
      after: async () => {
        // Cleared first, so no draft is kept (callForm.ts hasContent) and Escape just closes.
        await page.getByRole('combobox', { name: 'Organisation' }).fill('');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'Logga samtal' }).waitFor({ state: 'hidden' });
      },
    });

    results.todayMine = await measure('Idag (mina)', pageLoad('/idag', 'today'));
    results.todayAll = await measure('Idag (alla lotsar)', pageLoad('/idag?lots=alla', 'today'));
    results.calls = await measure('Samtal (senaste 30 dagarna)', pageLoad('/samtal', 'calls'));

    // In-app click from the newest call in the list to its organisation's page.
    results.timeline = await measure('Organisation with timeline (click)', {
      prepare: async () => {
        await reload(page, `${url}/#/samtal`);
        await waitFor(page, 'calls');
      },
      act: async () => {
        await page.locator('[role=row]').nth(1).getByRole('link').click();
        return readyNote(page, 'timeline');
      },
    });
    return { seeding, results, queries, chromiumVersion };
  } catch (error) {
    await mkdir(resultsDir, { recursive: true });
    const shot = join(resultsDir, `failure-${profile}.png`);
    await opened?.page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    error.message = `[${profile}] ${error.message}\n  (screenshot: ${shot})`;
    throw error;
  } finally {
    await opened?.context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
  }
}

const LABELS = {
  orgFirstView: 'Organisationer: first view (full load)',
  orgSearch: 'Organisationer: search keystroke',
  callSearch: 'Logga samtal: organisation search',
  todayMine: 'Idag (mina): full load',
  todayAll: 'Idag (alla lotsar): full load',
  calls: 'Samtal (30 days): full load',
  timeline: 'Organisation page + timeline (click)',
};

function markdown(report) {
  const { exempel, stress } = report.profiles;
  const range = (s) => `${s.median} (${s.min}–${s.max})`;
  const lines = [
    `# Lotsbok benchmark, ${report.date}`,
    '',
    `Chromium ${report.chromium} · Node ${report.node} · ${report.cpus} · load average ${report.loadStart} → ${report.loadEnd} · ${report.runs} runs per figure, times in ms: median (min–max)`,
    '',
    '| Measurement | exempel | stress | stress/exempel | stress shows |',
    '| --- | ---: | ---: | ---: | --- |',
    ...Object.entries(LABELS).map(([key, label]) => {
      const [e, s] = [exempel.results[key], stress.results[key]];
      return `| ${label} | ${range(e)} | ${range(s)} | ${report.ratios[key]}× | ${s.note} |`;
    }),
    '',
    '| Seeding | rows | seconds | rows/s |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(report.profiles).map(
      ([name, p]) =>
        `| ${name} | ${p.seeding.rows} | ${p.seeding.seconds} | ${p.seeding.rowsPerSecond} |`,
    ),
    '',
    `Search prefixes: ${exempel.queries.join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}

async function main() {
  if (!existsSync(join(distWeb, 'index.html')))
    throw new Error('dist-web/ is not built: run `npm run build:web` (or use `npm run bench`).');
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  const loadStart = loadavg()[0].toFixed(2);
  const server = await startStaticServer({ root: distWeb });
  try {
    log(`Lotsbok benchmark ${new Date().toISOString()}, ${RUNS} runs per figure, ${server.url}`);
    const exempel = await benchProfile('exempel', server.url);
    const stress = await benchProfile('stress', server.url, exempel.queries);
    const ratios = Object.fromEntries(
      Object.keys(LABELS).map((k) => [
        k,
        Math.round((stress.results[k].median / exempel.results[k].median) * 10) / 10,
      ]),
    );
    const report = {
      date: new Date().toISOString(),
      chromium: stress.chromiumVersion,
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model.trim()}`,
      loadStart,
      loadEnd: loadavg()[0].toFixed(2),
      runs: RUNS,
      profiles: { exempel, stress },
      ratios,
    };
    const summary = markdown(report);
    log(`\n${summary}`);
    await mkdir(resultsDir, { recursive: true });
    await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(resultsDir, 'latest.md'), summary);
    log('Written: tests/bench/results/latest.json and latest.md');
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nBenchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
