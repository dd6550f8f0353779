// `npm run bench`: times the real UI of the built web host in headless Chromium with the example
// data ("exempel", the baseline) and the stress data, each in a fresh profile; reports medians and
// stress/exempel ratios. Not part of `npm test` (it takes minutes). See tests/bench/README.md.
/* global document */ // only inside screenReady, which Playwright runs in the page
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { INQUIRY_LABELS, measureInquiries } from './inquiryMeasurements.mjs';
import { measureTeam, teamMarkdown } from './teamMeasurements.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_ONLY=team runs the team section alone (and writes latest-team.*); BENCH_ONLY=ui skips it.
const ONLY = process.env.BENCH_ONLY ?? '';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags from the toolchain notes: they work as root and offline.
const LAUNCH_ARGS = `--no-sandbox --disable-gpu --disable-quic --no-first-run --disable-sync
  --disable-background-networking --disable-component-update`.split(/\s+/);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const distWeb = join(repoRoot, 'dist-web');
const resultsDir = join(repoRoot, 'tests/bench/results');

const LABELS = {
  orgFirstView: 'Organisationer: first view (full load)',
  orgSearch: 'Organisationer: search keystroke',
  callSearch: 'Logga samtal: organisation search',
  todayMine: 'Idag (mina): full load',
  todayAll: 'Idag (alla lotsar): full load',
  calls: 'Samtal (last 30 days): full load',
  callsLongRows: 'Samtal (from 2016, ten years): first rows',
  callsLong: 'Samtal (from 2016, ten years): counted',
  timeline: 'Organisation page + timeline (click)',
  ...INQUIRY_LABELS,
};

// Runs in the page (Playwright serialises it, so it is self-contained): once `what` is fully
// shown, a short note on what it shows, else false.
function screenReady({ what, want, unlike }) {
  const text = (el) => (el?.textContent ?? '').trim();
  const shown = (el) => Boolean(el && el.getClientRects().length > 0 && el.checkVisibility());
  const status = (re) =>
    [...document.querySelectorAll('[role=status]')].find((el) => re.test(text(el)));
  const firstDataRow = () => document.querySelectorAll('[role=row]')[1]; // [0] is the header
  if (what === 'organisations') {
    const count = status(/^\d[\d\s]* organisation(er)?$/);
    if (!shown(count) || !shown(firstDataRow()?.querySelector('a'))) return false;
    return text(count) !== unlike && (want ?? text(count)) === text(count) && text(count);
  }
  if (what === 'calls') {
    const count = status(/^\d[\d\s]* samtal$/);
    return shown(count) && (/^0\s/.test(text(count)) || shown(firstDataRow())) && text(count);
  }
  if (what === 'callRows') {
    const link = firstDataRow()?.querySelector('a');
    return shown(link) && text(link);
  }
  if (what === 'today') {
    const h1 = [...document.querySelectorAll('h1')].find((h) => text(h) === 'Idag');
    if (!shown(h1)) return false;
    const sections = [...document.querySelectorAll('h2')].map(text);
    if (sections.some((h) => /^Försenade/.test(h))) return sections.join(' · ');
    return document.body.textContent.includes('Inga uppföljningar de närmaste') && 'empty';
  }
  if (what === 'options') {
    // The last option offers "Skapa ny organisation …" at once; only real hits count.
    const options = document.querySelectorAll('dialog[open] [role=option]');
    const hits = [...options].filter((o) => !text(o).startsWith('Skapa ny organisation'));
    return shown(hits[0]) ? `${hits.length} hits` : false;
  }
  if (what === 'timeline') {
    const heading = [...document.querySelectorAll('h2')].find((h) => text(h) === 'Tidslinje');
    const items = document.querySelectorAll('li.timeline__item');
    return shown(heading) && shown(items[0]) ? `${items.length} timeline items` : false;
  }
  throw new Error(`screenReady: unknown screen ${what}`);
}

// Polled once per animation frame, so a figure is at most one frame (~16 ms) late.
const waitInPage = async (page, check, arg, timeout = 60_000) =>
  (await page.waitForFunction(check, arg, { polling: 'raf', timeout })).jsonValue();
const readyNote = (page, what, { want, unlike } = {}) =>
  waitInPage(page, screenReady, { what, want, unlike });
const round = (x) => Math.round(x * 10) / 10;

// One warm-up run (discarded: it pays for cold caches), then RUNS timed runs. Only `act` is timed
// and returns a note; `prepare` and `after` bring the page back to the same starting point.
async function measure(key, { prepare, act, after = async () => {} }) {
  const samples = [];
  const notes = new Set(); // e.g. one per search prefix
  for (let run = -1; run < RUNS; run++) {
    await prepare();
    const start = performance.now();
    notes.add(await act(run));
    if (run >= 0) samples.push(performance.now() - start);
    await after();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const result = { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)) };
  const note = [...notes].join('; ');
  console.log(`  ${LABELS[key]}: ${result.median} ms (${result.min}–${result.max}), ${note}`);
  return { ...result, samples: samples.map(round), note };
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
  page.on('pageerror', (error) => console.log(`  [page error] ${error.message}`));
  return { context, page };
}

/** Loads a data set through Inställningar, timed until "Klart: …"; returns rows and rows/s. */
async function seed(page, profile) {
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const name = profile === 'stress' ? /Läs in stordata/ : /Läs in exempeldata/;
  const outcome = page.getByText(/^(Klart: |Inläsningen misslyckades)/);
  const progress = page.getByText(/\d[\d\s]* av \d[\d\s]* poster/);
  const start = performance.now();
  await page.getByRole('button', { name }).click();
  // Shows that a long load is alive; one read every 20 s costs the load next to nothing.
  const show = (text) => console.log(`  … ${text.trim()}`);
  const tick = () => progress.textContent({ timeout: 1000 }).then(show, () => {});
  const ticker = setInterval(tick, 20_000);
  await outcome.waitFor({ timeout: 10 * 60_000 }).finally(() => clearInterval(ticker));
  const seconds = (performance.now() - start) / 1000;
  const message = (await outcome.textContent()).trim();
  if (!message.startsWith('Klart')) throw new Error(`seeding ${profile} failed: ${message}`);
  // "Klart: 3 lotsar, 10 000 organisationer, …": add up the leading number of each part.
  const counts = message.matchAll(/(\d[\d\s]*) \p{L}/gu);
  const rows = [...counts].reduce((sum, [, n]) => sum + Number(n.replace(/\s/g, '')), 0);
  const result = { rows, seconds: round(seconds), rowsPerSecond: Math.round(rows / seconds) };
  console.log(`  seeding: ${rows} rows in ${result.seconds} s = ${result.rowsPerSecond} rows/s`);
  return result;
}

/** Search prefixes from real names on screen: 4 letters of the first, 3 of the last. */
async function pickQueries(page) {
  const names = await page.locator('[role=row] a').allTextContents();
  const words = [...new Set(names.map((n) => n.split(/\s+/)[0].toLowerCase()))];
  const usable = words.filter((w) => /^\p{L}{4,}$/u.test(w));
  if (usable.length < 2) throw new Error(`too few organisation names to search for: ${names}`);
  return [usable[0].slice(0, 4), usable.at(-1).slice(0, 3)];
}

/** With the exempel profile's result as the third argument, its search prefixes are reused. */
async function benchProfile(profile, url, { queries, inquiryQueries } = {}) {
  console.log(`\n== ${profile} ==`);
  const userDataDir = await mkdtemp(join(tmpdir(), `lotsbok-bench-${profile}-`));
  let opened;
  try {
    opened = await openProfile(userDataDir);
    await opened.page.goto(url);
    await opened.page.getByLabel('Ditt namn').fill('Bänk Testsson');
    await opened.page.getByRole('button', { name: 'Börja använda Lotsbok' }).click();
    await opened.page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
    const seeding = await seed(opened.page, profile);

    // Restart on the same profile: measure as on the next day, not in the wake of a big write.
    await opened.context.close();
    opened = await openProfile(userDataDir);
    const { page } = opened;
    const results = {};
    const run = (key, steps) => measure(key, steps).then((r) => (results[key] = r));
    const open = async (path, what) => {
      await page.goto(`${url}/#${path}`, { waitUntil: 'commit' });
      return readyNote(page, what);
    };
    // about:blank first makes every goto a full page load, even when only the #hash differs.
    const blank = () => page.goto('about:blank');
    const fullLoad = (path, what) => ({ prepare: blank, act: () => open(path, what) });
    await run('orgFirstView', fullLoad('/organisationer', 'organisations'));
    queries ??= await pickQueries(page);
    const all = await readyNote(page, 'organisations');
    const search = page.getByLabel('Sök på namn, organisationsnummer eller telefon');
    // From an empty field (whole list), one input event puts in the prefix, so the first changed
    // count is the final one: one keystroke's index query and render. Queries alternate.
    const queryOf = (i) => queries[(i + queries.length) % queries.length];
    await run('orgSearch', {
      prepare: async () => {
        await search.fill('');
        await readyNote(page, 'organisations', { want: all });
      },
      act: async (i) => {
        await page.keyboard.insertText(queryOf(i));
        return `${queryOf(i)} → ${await readyNote(page, 'organisations', { unlike: all })}`;
      },
    });

    // The call dialog's organisation picker, opened with Ctrl+L from the list.
    const dialog = page.getByRole('dialog', { name: 'Logga samtal' });
    const combobox = dialog.getByRole('combobox', { name: 'Organisation', exact: true });
    const settle = () => page.waitForTimeout(300); // lets the draft store catch up with the form
    await run('callSearch', {
      prepare: async () => {
        await page.keyboard.press('Control+l');
        await dialog.waitFor();
        const startOver = dialog.getByRole('button', { name: 'Börja om' }); // a restored draft
        if (await startOver.isVisible()) await startOver.click().then(settle);
        await combobox.focus();
      },
      act: async (i) => {
        await page.keyboard.insertText(queryOf(i));
        return `${queryOf(i)} → ${await readyNote(page, 'options')}`;
      },
      after: async () => {
        // Cleared and settled, so no draft is restored next time (callForm.ts hasContent).
        await combobox.fill('');
        await settle();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      },
    });
    await run('todayMine', fullLoad('/idag', 'today'));
    await run('todayAll', fullLoad('/idag?lots=alla', 'today'));
    await run('calls', fullLoad('/samtal', 'calls'));
    // A "first rows" run ends before its count does: wait for the count (untimed), or the next run
    // would queue behind this one's count in IndexedDB and measure that instead.
    await run('callsLongRows', {
      ...fullLoad('/samtal?fran=2016-01-01', 'callRows'),
      after: () => readyNote(page, 'calls'),
    });
    await run('callsLong', fullLoad('/samtal?fran=2016-01-01', 'calls'));
    // An in-app click from the newest call in the list to its organisation's page.
    await run('timeline', {
      prepare: () => blank().then(() => open('/samtal', 'calls')),
      act: async () => {
        await page.locator('[role=row]').nth(1).getByRole('link').click();
        return readyNote(page, 'timeline');
      },
    });
    const wait = (check, arg) => waitInPage(page, check, arg);
    const inquiryArgs = { page, url, run, blank, wait, queries: inquiryQueries };
    inquiryQueries = await measureInquiries(inquiryArgs);
    return { seeding, results, queries, inquiryQueries };
  } catch (error) {
    await mkdir(resultsDir, { recursive: true });
    const shot = join(resultsDir, `failure-${profile}.png`);
    await opened?.page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    throw new Error(`[${profile}] ${error.message}\n(screenshot: ${shot})`, { cause: error });
  } finally {
    await opened?.context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function markdown(report) {
  if (!report.profiles)
    return `# Lotsbok benchmark, ${report.date}\n\n${header(report)}\n\n${teamMarkdown(report.team)}`;
  const { exempel, stress } = report.profiles;
  // A figure whose slowest run is over twice its fastest was disturbed: flag it.
  const cell = (s) => `${s.median} (${s.min}–${s.max})${s.max > 2 * s.min ? ' ⚠' : ''}`;
  const seeding = ([name, { seeding: s }]) =>
    `${name} ${s.rows} rows in ${s.seconds} s (${s.rowsPerSecond} rows/s)`;
  return [
    `# Lotsbok benchmark, ${report.date}`,
    '',
    header(report) +
      ' Times in ms: median (min–max); ⚠ = slowest run over twice the fastest (noisy).',
    '',
    '| Measurement | exempel | stress | stress/exempel | stress shows |',
    '| --- | ---: | ---: | ---: | --- |',
    ...Object.entries(LABELS).map(([key, label]) => {
      const [e, s] = [exempel.results[key], stress.results[key]];
      return `| ${label} | ${cell(e)} | ${cell(s)} | ${report.ratios[key]}× | ${s.note} |`;
    }),
    '',
    `Seeding: ${Object.entries(report.profiles).map(seeding).join('; ')}. ` +
      `Search prefixes: organisations ${exempel.queries.join(', ')}; ` +
      `inquiries ${exempel.inquiryQueries.join(', ')}.`,
    '',
    ...(report.team ? [teamMarkdown(report.team)] : []),
  ].join('\n');
}

function header(report) {
  return (
    `${report.chromium} · Node ${report.node} · ${report.cpus} · load average ` +
    `${report.loadAverage.start} → ${report.loadAverage.end} · ${report.runs} runs per figure.`
  );
}

async function main() {
  if (!existsSync(join(distWeb, 'index.html')))
    throw new Error('dist-web/ is not built: run `npm run build:web` (or use `npm run bench`).');
  if (!existsSync(CHROMIUM))
    throw new Error(`no ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  const start = loadavg()[0].toFixed(2);
  const server = await startStaticServer({ root: distWeb });
  try {
    console.log(`Lotsbok benchmark ${new Date().toISOString()}, ${version}, ${RUNS} runs each`);
    const ui = ONLY !== 'team';
    const exempel = ui ? await benchProfile('exempel', server.url) : null;
    const stress = ui ? await benchProfile('stress', server.url, exempel) : null;
    // A failed Team section still lets the screens' figures be written (and the run fail).
    let teamError = null;
    const team =
      ONLY !== 'ui'
        ? await measureTeam({ url: server.url, repoRoot, openProfile, waitInPage }).catch((e) => {
            if (!ui) throw e;
            teamError = e;
            return undefined;
          })
        : undefined;
    const ratio = (key) => round(stress.results[key].median / exempel.results[key].median);
    const report = {
      date: new Date().toISOString(),
      chromium: version,
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model.trim()}`,
      loadAverage: { start, end: loadavg()[0].toFixed(2) },
      runs: RUNS,
      ...(ui
        ? {
            profiles: { exempel, stress },
            ratios: Object.fromEntries(Object.keys(LABELS).map((key) => [key, ratio(key)])),
          }
        : {}),
      team,
    };
    const summary = markdown(report);
    console.log(`\n${summary}`);
    await mkdir(resultsDir, { recursive: true });
    const name = ONLY === 'team' ? 'latest-team' : 'latest';
    await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(resultsDir, `${name}.md`), summary);
    console.log(`Written: tests/bench/results/${name}.json and ${name}.md`);
    if (teamError) throw teamError;
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nBenchmark failed: ${error.message}\n${error.cause?.stack ?? error.stack}`);
  process.exitCode = 1;
});
