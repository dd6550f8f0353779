// The bench's "Team" section: replication through a throwaway pouchdb-server on 127.0.0.1.
// Profile A loads the stress data and joins (its push is timed), profile B joins empty (the first
// pull is timed, and compared with Dexie bulkPut of the same rows in the same page), then A edits
// an organisation's phone 20 times while B shows it (A → B latency). See tests/bench/README.md.
/* global window, document, indexedDB, requestAnimationFrame */ // inside page.evaluate only
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setUpTeam } from '../../scripts/couch/teamDatabase.mjs';
import { startThrowawayServer } from '../../scripts/couch/throwawayServer.mjs';

const USERS = [
  { name: 'anna', password: 'anna-hemligt' },
  { name: 'bo', password: 'bo-hemligt' },
  { name: 'cilla', password: 'cilla-hemligt' },
];
// Organisations A imports before it joins: the push of that many local changes and more.
const IMPORT_ROWS = Number(process.env.BENCH_TEAM_IMPORT_ROWS ?? 10_000);
// BENCH_TEAM_STRESS=0 leaves out the first pull of the stress data (most of the section's time).
const STRESS = process.env.BENCH_TEAM_STRESS !== '0';
const LATENCY_RUNS = Number(process.env.BENCH_TEAM_LATENCY_RUNS ?? 20);
// BENCH_TEAM_DATA=exempel uses the example data instead of the stress data (a quick trial run).
const DATA = process.env.BENCH_TEAM_DATA === 'exempel' ? /Läs in exempeldata/ : /Läs in stordata/;
const LONG = 20 * 60_000; // a phase that has not ended in 20 minutes has failed

const load = () => loadavg()[0].toFixed(1);
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

// ---- In the page: a full read of the outbox, as the engine's refreshCounts does after every
// pushed batch (outbox.filter(refused !== null).count() reads every entry): its cost per batch.
async function outboxScan() {
  const names = (await indexedDB.databases()).map((d) => d.name);
  const appName = names.find((n) => /lotsbok/i.test(n) && !/scratch/.test(n)) ?? names[0];
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(appName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  const all = await new Promise((resolve, reject) => {
    const request = db.transaction('syncOutbox', 'readonly').objectStore('syncOutbox').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const refused = all.filter((entry) => entry.refused !== null).length;
  const ms = performance.now() - start;
  db.close();
  return { entries: all.length, refused, ms: Math.round(ms) };
}

// ---- In the page: puts every shared record of the app's database on the team server as its
// admin (no rules run), 1000 documents per _bulk_docs, in the format the engine sends.
async function uploadAsAdmin({ url, database, authorization, tables, userName }) {
  const names = (await indexedDB.databases()).map((d) => d.name);
  const appName = names.find((n) => /lotsbok/i.test(n) && !/scratch/.test(n)) ?? names[0];
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(appName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const at = new Date().toISOString();
  let sent = 0;
  const start = performance.now();
  for (const table of tables) {
    if (table === 'settings' || !db.objectStoreNames.contains(table)) continue;
    const rows = await new Promise((resolve, reject) => {
      const request = db.transaction(table, 'readonly').objectStore(table).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (let i = 0; i < rows.length; i += 1000) {
      const docs = rows
        .slice(i, i + 1000)
        .filter((row) => !(table === 'events' && row.entityType === 'settings'))
        .map((row) => ({
          _id: `${table}:${row.id}`,
          type: table,
          updatedBy: userName,
          updatedAt: at,
          data:
            table === 'calls' && row.noteKind === 'minnesanteckning'
              ? { ...row, summary: '' }
              : row,
        }));
      const response = await fetch(`${url}/${database}/_bulk_docs`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify({ docs }),
      });
      if (!response.ok) throw new Error(`_bulk_docs ${response.status}`);
      sent += docs.length;
    }
  }
  db.close();
  return { sent, ms: performance.now() - start };
}

const SYNCED = [
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

export async function measureTeam({ url, repoRoot, openProfile, waitInPage }) {
  console.log('\n== team ==');
  const started = performance.now();
  const server = await startThrowawayServer({ repoRoot });
  console.log(`  pouchdb-server pid ${server.pid} on ${server.url}`);
  const dirs = [];
  const opened = [];
  const profile = async (name) => {
    const dir = await mkdtemp(join(tmpdir(), `lotsbok-bench-team-${name}-`));
    dirs.push(dir);
    const app = await openProfile(dir);
    opened.push(app);
    await app.page.goto(url);
    await app.page.getByLabel('Ditt namn').fill(`${name} Bänk`);
    await app.page.getByRole('button', { name: 'Börja använda Lotsbok' }).click();
    await app.page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
    return app;
  };
  const close = async (app) => {
    await app.context.close().catch(() => {});
    opened.splice(opened.indexOf(app), 1);
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
  const team = (name, users) =>
    setUpTeam({
      url: server.url,
      admin: server.admin,
      team: name,
      users,
      origins: [new URL(url).origin],
    });

  /** Joins with what the profile holds: queueing, then the push, then reading it back. */
  async function joinAndPush(page, user, label) {
    await fillSignIn(page, user);
    await frames.start(page);
    const joinStart = performance.now();
    await page.getByRole('button', { name: 'Gå med i teamet' }).click();
    const joined = page.getByText(/^Datorn är med i teamet /);
    await joined.waitFor({ timeout: LONG });
    const queuedMs = performance.now() - joinStart;
    const queueFrames = await frames.read(page);
    const queuedText = (await joined.textContent()).match(/(\d[\d\s]*) poster/)?.[1] ?? '0';
    const queued = Number(queuedText.replace(/\s/g, ''));
    await frames.start(page);
    const pushStart = performance.now();
    const scan = await page.evaluate(outboxScan);
    console.log(
      `  ${label} queued ${queued} in ${seconds(queuedMs)} s; one full outbox read: ${JSON.stringify(scan)}`,
    );
    const pushTrace = trace(page, `${label} push`, pushStart);
    // The round after the push pulls the profile's own documents back from checkpoint 0 (a
    // first pull): the push ends when that progress line first shows.
    let pushOnly = null;
    const pullBack = waitInPage(
      page,
      () => /Hämtar teamets uppgifter/.test(document.body.textContent),
      undefined,
      LONG,
    ).then(
      async () => {
        pushOnly = { ms: performance.now() - pushStart, frames: await frames.read(page) };
        await frames.start(page);
      },
      () => {},
    );
    await waitSynced(page).finally(() => pushTrace.stop());
    const untilSynced = performance.now() - pushStart;
    await Promise.race([pullBack, new Promise((resolve) => setTimeout(resolve, 1000))]);
    const lastFrames = await frames.read(page);
    const sentMs = pushOnly?.ms ?? untilSynced;
    const push = {
      queued,
      queueSeconds: seconds(queuedMs),
      queueFrames,
      outboxScan: scan,
      seconds: seconds(sentMs),
      rowsPerSecond: Math.round(queued / (sentMs / 1000)),
      frames: pushOnly?.frames ?? lastFrames,
      pullBackSeconds: pushOnly ? seconds(untilSynced - pushOnly.ms) : null,
      pullBackFrames: pushOnly ? lastFrames : null,
      untilSyncedSeconds: seconds(untilSynced),
      trace: pushTrace.points,
    };
    console.log(
      `  ${label} pushed ${queued} changes in ${push.seconds} s = ${push.rowsPerSecond}/s; frames ${JSON.stringify(push.frames)}; reading its own back until Synkad: ${push.pullBackSeconds} s, frames ${JSON.stringify(lastFrames)}`,
    );
    return push;
  }

  /** An empty profile joins: the first pull of everything on the server, then the baseline. */
  async function joinAndPull(page, user, database, label) {
    const docs = await docCount(server, database);
    await fillSignIn(page, user);
    await frames.start(page);
    const pullStart = performance.now();
    const loadBefore = load();
    await page.getByRole('button', { name: 'Gå med i teamet' }).click();
    const pullTrace = trace(page, `${label} pull`, pullStart);
    await page.getByText(/^Datorn är med i teamet /).waitFor({ timeout: LONG });
    await waitSynced(page).finally(() => pullTrace.stop());
    const pullMs = performance.now() - pullStart;
    const pullFrames = await frames.read(page);
    // The server's own share: the same pages read from Node, without applying them.
    const serverPages = await readChanges(server, database, docs);
    const pull = {
      loadAverage: `${loadBefore} → ${load()}`,
      docs,
      seconds: seconds(pullMs),
      rowsPerSecond: Math.round(docs / (pullMs / 1000)),
      frames: pullFrames,
      serverReadSeconds: seconds(serverPages.ms),
      serverPages: serverPages.pages,
      trace: pullTrace.points,
    };
    console.log(
      `  ${label} pulled ${docs} docs in ${pull.seconds} s = ${pull.rowsPerSecond} rows/s; frames ${JSON.stringify(pullFrames)}; the same ${serverPages.pages} pages read from Node: ${pull.serverReadSeconds} s`,
    );
    // Baseline in the same page: Dexie bulkPut of the rows it now holds, 1000 per transaction.
    const dexieSource = await readFile(
      join(repoRoot, 'node_modules/dexie/dist/dexie.min.js'),
      'utf8',
    );
    await page.evaluate(
      `(() => { const module = undefined, exports = undefined, define = undefined; ${dexieSource}\n})()`,
    );
    const baselineLoad = load();
    const run = await page.evaluate(bulkPutBaseline, { tables: SYNCED, chunk: 1000 });
    const baseline = {
      loadAverage: `${baselineLoad} → ${load()}`,
      rows: run.rows,
      seconds: seconds(run.ms),
      rowsPerSecond: Math.round(run.rows / (run.ms / 1000)),
    };
    pull.baseline = baseline;
    pull.ofBaseline = Math.round((100 * pull.rowsPerSecond) / baseline.rowsPerSecond);
    console.log(
      `  ${label} baseline: Dexie bulkPut of ${baseline.rows} rows in ${baseline.seconds} s = ${baseline.rowsPerSecond} rows/s; the pull is ${pull.ofBaseline} % of it`,
    );
    return pull;
  }

  /** A saves a new phone on an organisation's form; B has the organisation's page open. */
  async function latencyRuns(a, b) {
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
    return latency;
  }

  try {
    const result = {};
    // --- Team "bank": A imports IMPORT_ROWS organisations and joins (push); C joins (pull);
    // then A → C latency.
    await team('bank', [USERS[0], USERS[1]]);
    const a = await profile('Anna');
    result.imported = await importOrganisations(a.page, IMPORT_ROWS);
    result.push = await joinAndPush(a.page, USERS[0], 'A');
    const c = await profile('Bo');
    result.smallPull = await joinAndPull(c.page, USERS[1], 'lotsbok-bank', 'B');
    result.latency = await latencyRuns(a.page, c.page);
    await close(a);
    await close(c);

    // --- Team "stor": the stress data on the server (uploaded by its admin from a seeded
    // profile), then an empty profile's first pull of all of it.
    if (STRESS) {
      await team('stor', [USERS[2]]);
      const s = await profile('Seed');
      await s.page.getByRole('link', { name: 'Inställningar' }).click();
      const seedStart = performance.now();
      await s.page.getByRole('button', { name: DATA }).click();
      const seeded = s.page.getByText(/^(Klart: |Inläsningen misslyckades)/);
      await seeded.waitFor({ timeout: LONG });
      result.seedMessage = (await seeded.textContent()).trim();
      if (!result.seedMessage.startsWith('Klart'))
        throw new Error(`seeding: ${result.seedMessage}`);
      console.log(`  seeded in ${seconds(performance.now() - seedStart)} s: ${result.seedMessage}`);
      const authorization = adminHeaders(server).Authorization;
      const upload = await s.page.evaluate(uploadAsAdmin, {
        url: server.url,
        database: 'lotsbok-stor',
        authorization,
        tables: SYNCED,
        userName: USERS[2].name,
      });
      result.upload = { docs: upload.sent, seconds: seconds(upload.ms) };
      console.log(
        `  uploaded ${upload.sent} docs as the server admin in ${result.upload.seconds} s`,
      );
      await close(s);
      const b = await profile('Cilla');
      result.pull = await joinAndPull(b.page, USERS[2], 'lotsbok-stor', 'stress');
      await close(b);
    }
    result.totalSeconds = seconds(performance.now() - started);
    console.log(`  team section took ${result.totalSeconds} s`);
    return result;
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

/** Imports a generated CSV of `rows` organisations through Importera (untimed set-up). */
async function importOrganisations(page, rows) {
  const dir = await mkdtemp(join(tmpdir(), 'lotsbok-bench-import-'));
  const file = join(dir, `bank-${rows}.csv`);
  const lines = ['Organisation;Telefon;Anteckning'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Bänkföreningen nr ${i + 1};031-${String(100000 + i).slice(0, 2)} ${String(i % 100).padStart(2, '0')} ${String(i % 97).padStart(2, '0')};Rad ${i + 1}`,
    );
  }
  await writeFile(file, `${lines.join('\r\n')}\r\n`);
  try {
    const start = performance.now();
    await page.getByRole('link', { name: 'Organisationer', exact: true }).click();
    await page.getByRole('link', { name: 'Importera', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Importera', level: 1 }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil…' }).click();
    await (await chooser).setFiles(file);
    await page.getByText(new RegExp(`^bank-${rows}\\.csv: `)).waitFor({ timeout: LONG });
    await page.getByRole('button', { name: 'Provkör', exact: true }).click();
    const go = page.getByRole('button', { name: /^Importera \d/ });
    await go.waitFor({ timeout: LONG });
    await go.click();
    const done = page.getByText(/^Importen är klar/);
    await done.waitFor({ timeout: LONG });
    const message = (await done.textContent()).trim();
    console.log(`  A imported in ${seconds(performance.now() - start)} s: ${message}`);
    return { rows, message };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const adminHeaders = (server) => ({
  Authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
  Accept: 'application/json',
});

/** The team database's documents, less the design document. */
async function docCount(server, database) {
  const response = await fetch(`${server.url}/${database}`, { headers: adminHeaders(server) });
  const info = await response.json();
  return info.doc_count - 1;
}

/** Reads the whole `_changes` feed in pages of 1000 with the docs, as the engine asks for it. */
async function readChanges(server, database, total) {
  const start = performance.now();
  let since = '0';
  let pages = 0;
  for (let read = 0; read < total + 1000;) {
    const response = await fetch(
      `${server.url}/${database}/_changes?include_docs=true&limit=1000&since=${encodeURIComponent(since)}`,
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
  const { imported, push, smallPull, latency, pull, upload } = team;
  const f = (frames) =>
    frames
      ? `longest frame gap ${frames.maxGapMs} ms; gaps > 200 ms: ${frames.over200}, > 100 ms: ${frames.over100} (${frames.frames} frames)`
      : '–';
  const pullRows = (p, label) => [
    `| ${label}: first pull into an empty profile | ${p.docs} docs in ${p.seconds} s = ${p.rowsPerSecond} rows/s (load average ${p.loadAverage}) | |`,
    `| ${label}: baseline, Dexie bulkPut of the same rows in the same page | ${p.baseline.rows} rows in ${p.baseline.seconds} s = ${p.baseline.rowsPerSecond} rows/s (load average ${p.baseline.loadAverage}) | |`,
    `| ${label}: first pull / baseline | ${p.ofBaseline} % | ≥ 50 % |`,
    `| ${label}: UI during the pull | ${f(p.frames)} | ≤ 200 ms |`,
    `| ${label}: the server's share | the same ${p.serverPages} pages of 1000 read from Node: ${p.serverReadSeconds} s | |`,
  ];
  return [
    '## Team (replication through a local pouchdb-server)',
    '',
    '| Figure | Result | Goal |',
    '| --- | --- | --- |',
    `| Push: queueing on join (A imported ${imported.rows} organisations) | ${push.queued} records in ${push.queueSeconds} s; ${f(push.queueFrames)} | |`,
    `| Push: ${push.queued} local changes, batches of 250 | ${push.seconds} s = ${push.rowsPerSecond}/s; one full read of the outbox ${push.outboxScan.ms} ms | |`,
    `| Push: UI during the push | ${f(push.frames)} | ≤ 200 ms |`,
    `| After the push: A reads its own docs back until "Synkad" | ${push.pullBackSeconds} s; ${f(push.pullBackFrames)} | |`,
    ...pullRows(smallPull, `Team of ${imported.rows} organisations`),
    `| A → B latency (${latency.samples.length} phone edits, B on the organisation's page) | median ${latency.median} ms, p95 ${latency.p95} ms (${latency.min}–${latency.max}) | ≤ 2000 ms |`,
    ...(pull
      ? [
          `| Stress data put on the server by its admin (set-up) | ${upload.docs} docs in ${upload.seconds} s | |`,
          ...pullRows(pull, 'Stress data'),
        ]
      : []),
    '',
    `The team section took ${team.totalSeconds} s${team.seedMessage ? ` (stress seeding included: ${team.seedMessage})` : ''}.`,
    '',
  ].join('\n');
}
