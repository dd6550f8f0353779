// The bench's "Team" section: replication through a throwaway pouchdb-server on 127.0.0.1.
// Profile A loads the stress data and joins (its push is timed), profile B joins empty (the first
// pull is timed, and compared with Dexie bulkPut of the same rows in the same page), then A edits
// an organisation's phone 20 times while B shows it (A → B latency). See tests/bench/README.md.
/* global window, document, indexedDB, requestAnimationFrame */ // inside page.evaluate only
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setUpTeam } from '../../scripts/couch/teamDatabase.mjs';
import { startCouchServer } from './couchServer.mjs';

const TEAM = 'bank';
const USERS = [
  { name: 'anna', password: 'anna-hemligt' },
  { name: 'bo', password: 'bo-hemligt' },
];
const LATENCY_RUNS = Number(process.env.BENCH_TEAM_LATENCY_RUNS ?? 20);
// BENCH_TEAM_DATA=exempel uses the example data instead of the stress data (a quick trial run).
const DATA = process.env.BENCH_TEAM_DATA === 'exempel' ? /Läs in exempeldata/ : /Läs in stordata/;
const LONG = 20 * 60_000; // a phase that has not ended in 20 minutes has failed

const round = (x) => Math.round(x * 10) / 10;
const seconds = (ms) => round(ms / 1000);

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return {
    median: round(median),
    p95: round(p95),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    samples: samples.map(round),
  };
}

// ---- In the page: a requestAnimationFrame loop that keeps the longest gap between frames.
function installFrameMonitor() {
  const monitor = { max: 0, over200: 0, over100: 0, frames: 0, last: 0, running: true };
  const tick = (now) => {
    if (monitor.last) {
      const gap = now - monitor.last;
      monitor.frames += 1;
      if (gap > monitor.max) monitor.max = gap;
      if (gap > 200) monitor.over200 += 1;
      if (gap > 100) monitor.over100 += 1;
    }
    monitor.last = now;
    if (monitor.running) requestAnimationFrame(tick);
  };
  if (window.__benchFrames) window.__benchFrames.running = false;
  window.__benchFrames = monitor;
  requestAnimationFrame(tick);
}
function readFrameMonitor() {
  const m = window.__benchFrames;
  return m
    ? { maxGapMs: Math.round(m.max), over200: m.over200, over100: m.over100, frames: m.frames }
    : null;
}
const frames = {
  start: (page) => page.evaluate(installFrameMonitor),
  read: (page) => page.evaluate(readFrameMonitor),
};

// ---- In the page: reads every row of the app's database (raw IndexedDB), then times Dexie
// bulkPut of the same rows, 1000 per call (one transaction each, as the engine applies a page),
// into a scratch database with the same stores and indexes. Needs window.Dexie (injected).
async function bulkPutBaseline({ tables, chunk }) {
  const open = (name) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const names = (await indexedDB.databases()).map((d) => d.name);
  const appName = names.find((n) => /lotsbok/i.test(n) && !/scratch/.test(n)) ?? names[0];
  const app = await open(appName);
  const dexiePath = (keyPath) =>
    Array.isArray(keyPath) ? `[${keyPath.join('+')}]` : String(keyPath ?? '');
  const schema = {};
  const rows = {};
  for (const table of tables) {
    if (!app.objectStoreNames.contains(table)) continue;
    const tx = app.transaction(table, 'readonly');
    const store = tx.objectStore(table);
    const indexes = [...store.indexNames].map((name) => {
      const index = store.index(name);
      return `${index.unique ? '&' : ''}${index.multiEntry ? '*' : ''}${dexiePath(index.keyPath)}`;
    });
    schema[table] = [dexiePath(store.keyPath), ...indexes].join(',');
    rows[table] = await new Promise((resolve, reject) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  app.close();
  const scratchName = 'bench-scratch-bulkput';
  await window.Dexie.delete(scratchName);
  const scratch = new window.Dexie(scratchName);
  scratch.version(1).stores(schema);
  await scratch.open();
  let count = 0;
  const start = performance.now();
  for (const [table, list] of Object.entries(rows)) {
    for (let i = 0; i < list.length; i += chunk) {
      await scratch.table(table).bulkPut(list.slice(i, i + chunk));
      count += Math.min(chunk, list.length - i);
    }
  }
  const ms = performance.now() - start;
  scratch.close();
  await window.Dexie.delete(scratchName);
  return { rows: count, ms, appName, schema };
}

export async function measureTeam({ url, repoRoot, openProfile, waitInPage }) {
  console.log('\n== team ==');
  const started = performance.now();
  const server = await startCouchServer({ repoRoot });
  console.log(`  pouchdb-server pid ${server.pid} on ${server.url}`);
  const dirs = [];
  const opened = [];
  const profile = async (name) => {
    const dir = await mkdtemp(join(tmpdir(), `lotsbok-bench-team-${name}-`));
    dirs.push(dir);
    const app = await openProfile(dir);
    opened.push(app);
    await app.page.goto(url);
    await app.page.getByLabel('Ditt namn').fill(name === 'a' ? 'Anna Bänk' : 'Bo Bänk');
    await app.page.getByRole('button', { name: 'Börja använda Lotsbok' }).click();
    await app.page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
    return app.page;
  };
  const indicator = (page) => page.getByRole('banner').getByRole('status');
  const waitSynced = (page, timeout = LONG) =>
    waitInPage(
      page,
      () => {
        const banner = document.querySelector('[role=banner], header');
        const status = banner?.querySelector('[role=status]');
        return /^Synkad/.test((status?.textContent ?? '').trim());
      },
      undefined,
      timeout,
    );
  const openTeam = async (page) => {
    await page.getByRole('link', { name: 'Inställningar', exact: true }).click();
    await page.getByRole('heading', { name: 'Team', level: 2 }).waitFor();
  };
  const fillSignIn = async (page, user) => {
    await openTeam(page);
    await page.getByLabel('Serverns adress').fill(server.url);
    await page.getByLabel('Användarnamn').fill(user.name);
    await page.getByLabel('Lösenord').fill(user.password);
  };
  // Shows that a long phase is alive, and keeps a timestamped trace of its progress.
  const trace = (page, label, t0) => {
    const points = [];
    const tick = async () => {
      const texts = await Promise.all([
        indicator(page)
          .textContent({ timeout: 1000 })
          .catch(() => ''),
        page
          .getByText(/^Hämtar teamets uppgifter/)
          .textContent({ timeout: 200 })
          .catch(() => ''),
      ]);
      const text = texts.filter(Boolean).join(' · ').trim();
      const t = seconds(performance.now() - t0);
      points.push({ t, text });
      console.log(`  … ${label} ${t} s: ${text}`);
    };
    const timer = setInterval(tick, 15_000);
    return { points, stop: () => clearInterval(timer) };
  };

  try {
    await setUpTeam({
      url: server.url,
      admin: server.admin,
      team: TEAM,
      users: USERS,
      origins: [new URL(url).origin],
    });

    // --- 1. A: stress data, then join: the queueing and the push of every record.
    const a = await profile('a');
    await a.getByRole('link', { name: 'Inställningar' }).click();
    const seedStart = performance.now();
    await a.getByRole('button', { name: DATA }).click();
    const seeded = a.getByText(/^(Klart: |Inläsningen misslyckades)/);
    await seeded.waitFor({ timeout: LONG });
    const seedMessage = (await seeded.textContent()).trim();
    if (!seedMessage.startsWith('Klart')) throw new Error(`stress seeding failed: ${seedMessage}`);
    console.log(`  A seeded in ${seconds(performance.now() - seedStart)} s: ${seedMessage}`);

    await fillSignIn(a, USERS[0]);
    await frames.start(a);
    const joinA = performance.now();
    await a.getByRole('button', { name: 'Gå med i teamet' }).click();
    const joinedA = a.getByText(/^Datorn är med i teamet /);
    await joinedA.waitFor({ timeout: LONG });
    const queuedMs = performance.now() - joinA;
    const queueFrames = await frames.read(a);
    const queued = Number(
      ((await joinedA.textContent()).match(/(\d[\d\s]*) poster/)?.[1] ?? '0').replace(/\s/g, ''),
    );
    console.log(
      `  A queued ${queued} records in ${seconds(queuedMs)} s, frames ${JSON.stringify(queueFrames)}`,
    );
    await frames.start(a);
    const pushStart = performance.now();
    const pushTrace = trace(a, 'push', pushStart);
    // The round after the push pulls A's own documents back from checkpoint 0 (a first pull): the
    // push ends when its progress line first shows.
    let pushOnly = null;
    const pullBack = waitInPage(
      a,
      () => /Hämtar teamets uppgifter/.test(document.body.textContent),
      undefined,
      LONG,
    ).then(
      async () => {
        pushOnly = { ms: performance.now() - pushStart, frames: await frames.read(a) };
        await frames.start(a);
      },
      () => {},
    );
    await waitSynced(a).finally(() => pushTrace.stop());
    const pushMs = performance.now() - pushStart;
    await Promise.race([pullBack, new Promise((resolve) => setTimeout(resolve, 1000))]);
    const pushFrames = await frames.read(a);
    const serverDocs = await docCount(server);
    const sentMs = pushOnly?.ms ?? pushMs;
    const push = {
      queued,
      queueSeconds: seconds(queuedMs),
      queueFrames,
      seconds: seconds(sentMs),
      rowsPerSecond: Math.round(queued / (sentMs / 1000)),
      frames: pushOnly?.frames ?? pushFrames,
      // From the end of the push to "Synkad": A reads its own documents back.
      pullBackSeconds: pushOnly ? seconds(pushMs - pushOnly.ms) : null,
      pullBackFrames: pushOnly ? pushFrames : null,
      untilSyncedSeconds: seconds(pushMs),
      serverDocs,
      trace: pushTrace.points,
    };
    console.log(
      `  A pushed ${queued} changes in ${push.seconds} s = ${push.rowsPerSecond}/s; server holds ${serverDocs} docs; frames ${JSON.stringify(push.frames)}; then reading its own back until Synkad: ${push.pullBackSeconds} s, frames ${JSON.stringify(pushFrames)}`,
    );

    // --- 2. B: empty profile joins and pulls everything.
    const b = await profile('b');
    await fillSignIn(b, USERS[1]);
    await frames.start(b);
    const pullStart = performance.now();
    await b.getByRole('button', { name: 'Gå med i teamet' }).click();
    const pullTrace = trace(b, 'pull', pullStart);
    await b.getByText(/^Datorn är med i teamet /).waitFor({ timeout: LONG });
    await waitSynced(b).finally(() => pullTrace.stop());
    const pullMs = performance.now() - pullStart;
    const pullFrames = await frames.read(b);
    const pulledDocs = await docCount(server);
    // The server's own share: the same pages read from Node, without applying them.
    const serverPages = await readChanges(server, pulledDocs);
    const pull = {
      docs: pulledDocs,
      seconds: seconds(pullMs),
      rowsPerSecond: Math.round(pulledDocs / (pullMs / 1000)),
      frames: pullFrames,
      serverReadSeconds: seconds(serverPages.ms),
      serverPages: serverPages.pages,
      trace: pullTrace.points,
    };
    console.log(
      `  B pulled ${pulledDocs} docs in ${pull.seconds} s = ${pull.rowsPerSecond} rows/s; frames ${JSON.stringify(pullFrames)}; reading the same ${serverPages.pages} pages from Node takes ${pull.serverReadSeconds} s`,
    );

    // Baseline in B's page: Dexie bulkPut of the rows B now holds, 1000 per transaction.
    const dexieSource = await readFile(
      join(repoRoot, 'node_modules/dexie/dist/dexie.min.js'),
      'utf8',
    );
    await b.evaluate(
      `(() => { const module = undefined, exports = undefined, define = undefined; ${dexieSource}\n})()`,
    );
    const tables = [
      'navigators',
      'organisations',
      'contactPersons',
      'inquiries',
      'calls',
      'followUps',
      'priorityAreas',
      'units',
      'events',
      'settings',
      'briefs',
    ];
    const baselineRun = await b.evaluate(bulkPutBaseline, { tables, chunk: 1000 });
    const baseline = {
      rows: baselineRun.rows,
      seconds: seconds(baselineRun.ms),
      rowsPerSecond: Math.round(baselineRun.rows / (baselineRun.ms / 1000)),
      database: baselineRun.appName,
    };
    pull.ofBaseline = Math.round((100 * pull.rowsPerSecond) / baseline.rowsPerSecond);
    console.log(
      `  baseline: Dexie bulkPut of ${baseline.rows} rows in ${baseline.seconds} s = ${baseline.rowsPerSecond} rows/s; pull is ${pull.ofBaseline} % of it`,
    );

    // --- 3. A → B: A edits an organisation's phone; B has the organisation's page open.
    await a.getByRole('link', { name: 'Organisationer', exact: true }).click();
    const firstOrg = a.locator('[role=row]').nth(1).getByRole('link').first();
    await firstOrg.waitFor();
    const orgName = (await firstOrg.textContent()).trim();
    const openOrg = async (page) => {
      await page.getByRole('link', { name: 'Organisationer', exact: true }).click();
      await page.getByRole('link', { name: orgName, exact: true }).first().click();
      await page.getByRole('heading', { name: orgName, level: 1 }).waitFor();
    };
    await openOrg(a);
    await openOrg(b);
    const latencies = [];
    for (let run = -1; run < LATENCY_RUNS; run++) {
      const phone = `031-${70 + (run + 1)} ${String(10 + ((run + 50) % 90)).padStart(2, '0')} 00`;
      await a.getByRole('link', { name: 'Redigera' }).first().click();
      await a.getByLabel('Telefon', { exact: true }).fill(phone);
      const shown = waitInPage(b, (p) => document.body.textContent.includes(p), phone, 30_000);
      const start = performance.now();
      await a.getByRole('button', { name: 'Spara' }).click();
      await shown;
      const ms = performance.now() - start;
      if (run >= 0) latencies.push(ms); // run -1 is the warm-up
      await a.getByRole('heading', { name: orgName, level: 1 }).waitFor();
      await a.getByText(phone).first().waitFor();
      await a.waitForTimeout(200);
    }
    const latency = { organisation: orgName, ...stats(latencies) };
    console.log(
      `  A → B (phone on ${orgName}): median ${latency.median} ms, p95 ${latency.p95} ms (${latency.min}–${latency.max})`,
    );
    const totalSeconds = seconds(performance.now() - started);
    console.log(`  team section took ${totalSeconds} s`);
    return { seedMessage, push, pull, baseline, latency, totalSeconds };
  } catch (error) {
    const { mkdir } = await import('node:fs/promises');
    const shots = join(repoRoot, 'tests/bench/results');
    await mkdir(shots, { recursive: true });
    await Promise.all(
      opened.map((app, i) =>
        app.page.screenshot({ path: join(shots, `failure-team-${i}.png`) }).catch(() => {}),
      ),
    );
    throw new Error(`[team] ${error.message} (screenshots: ${shots}/failure-team-*.png)`, {
      cause: error,
    });
  } finally {
    for (const app of opened) await app.context.close().catch(() => {});
    await server.stop();
    console.log(`  pouchdb-server pid ${server.pid} stopped`);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
}

const adminHeaders = (server) => ({
  Authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
  Accept: 'application/json',
});

/** The team database's documents, less the design document. */
async function docCount(server) {
  const response = await fetch(`${server.url}/lotsbok-${TEAM}`, { headers: adminHeaders(server) });
  const info = await response.json();
  return info.doc_count - 1;
}

/** Reads the whole `_changes` feed in pages of 1000 with the docs, as the engine asks for it. */
async function readChanges(server, total) {
  const start = performance.now();
  let since = '0';
  let pages = 0;
  for (let read = 0; read < total + 1000;) {
    const response = await fetch(
      `${server.url}/lotsbok-${TEAM}/_changes?include_docs=true&limit=1000&since=${encodeURIComponent(since)}`,
      { headers: adminHeaders(server) },
    );
    const page = await response.json();
    pages += 1;
    read += page.results.length;
    since = page.last_seq;
    if (page.results.length < 1000) break;
  }
  return { ms: performance.now() - start, pages };
}

export function teamMarkdown(team) {
  const { push, pull, baseline, latency } = team;
  const f = (frames) =>
    `longest frame gap ${frames.maxGapMs} ms, ${frames.over200} gaps > 200 ms, ${frames.over100} > 100 ms (${frames.frames} frames)`;
  return [
    '## Team (replication through a local pouchdb-server)',
    '',
    '| Figure | Result | Goal |',
    '| --- | --- | --- |',
    `| Push: A joins with the stress data | ${push.queued} changes in ${push.seconds} s = ${push.rowsPerSecond}/s (queueing on join before that: ${push.queueSeconds} s) | batches, no frame gap > 200 ms |`,
    `| Push: UI during the push | ${f(push.frames)} (queueing: ${f(push.queueFrames)}) | ≤ 200 ms |`,
    `| After the push: A pulls its own docs back until "Synkad" | ${push.pullBackSeconds} s; ${push.pullBackFrames ? f(push.pullBackFrames) : '–'} | |`,
    `| First pull into an empty profile | ${pull.docs} docs in ${pull.seconds} s = ${pull.rowsPerSecond} rows/s | |`,
    `| Baseline: Dexie bulkPut, same rows, same page | ${baseline.rows} rows in ${baseline.seconds} s = ${baseline.rowsPerSecond} rows/s | |`,
    `| First pull / baseline | ${pull.ofBaseline} % | ≥ 50 % |`,
    `| First pull: UI during the pull | ${f(pull.frames)} | |`,
    `| First pull: the server's share | reading the same ${pull.serverPages} pages from Node: ${pull.serverReadSeconds} s | |`,
    `| A → B latency (${latency.samples.length} phone edits) | median ${latency.median} ms, p95 ${latency.p95} ms (${latency.min}–${latency.max}) | ≤ 2000 ms |`,
    '',
    `The team section took ${team.totalSeconds} s (A's stress seeding included: ${team.seedMessage}).`,
    '',
  ].join('\n');
}
