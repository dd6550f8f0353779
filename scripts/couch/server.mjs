// `npm run server`: a local team server (pouchdb-server, CouchDB's HTTP API) for trying team
// replication without a real CouchDB. Data stays in .lotsbok-server/ between runs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ADMIN_FILE, DATA_DIR, REPO_ROOT, readLocalAdmin } from './localServer.mjs';

const HOST = '127.0.0.1';
const ADMIN_NAME = 'admin';
const LOCAL_WEB_HOST = 'http://127.0.0.1:5183';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const portText = values.port ?? process.env.LOTSBOK_SERVER_PORT ?? '5984';
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Ogiltig port: ${portText}`);
  process.exit(1);
}
const url = `http://${HOST}:${port}`;

// Otherwise pouchdb-server would fail and the checks below would talk to whatever holds the port.
if (!(await portIsFree(port))) {
  console.error(
    `Port ${port} är upptagen (körs redan en CouchDB eller npm run server?). Välj en annan med --port.`,
  );
  process.exit(1);
}

mkdirSync(DATA_DIR, { recursive: true });
const saved = readLocalAdmin();
const wanted = process.env.LOTSBOK_SERVER_ADMIN_PASSWORD;
if (saved && wanted && saved.password !== wanted) {
  console.warn(
    `LOTSBOK_SERVER_ADMIN_PASSWORD används bara vid första starten; lösenordet i ${ADMIN_FILE} gäller.`,
  );
}
const admin = saved ?? {
  name: ADMIN_NAME,
  password: wanted ?? randomBytes(18).toString('base64url'),
};
writeFileSync(ADMIN_FILE, `${JSON.stringify(admin, null, 2)}\n`, { mode: 0o600 });

// cwd is the data folder: pouchdb-server writes its databases, config.json and log.txt there.
const child = spawn(
  join(REPO_ROOT, 'node_modules', '.bin', 'pouchdb-server'),
  ['--host', HOST, '--port', String(port)],
  { cwd: DATA_DIR, stdio: ['ignore', 'inherit', 'inherit'] },
);
child.on('error', (error) => {
  console.error(`Kunde inte starta pouchdb-server: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
    // pouchdb-server can take long to stop; do not leave it behind.
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

if (!(await waitUntilReady())) {
  console.error(`pouchdb-server svarar inte på ${url}.`);
  child.kill('SIGKILL');
} else {
  await ensureAdmin();
  console.log(
    `Teamservern körs på ${url} (bara den här datorn). Avsluta med Ctrl+C.\n` +
      `Administratör: ”${admin.name}”, lösenordet finns i ${ADMIN_FILE}.\n` +
      `Skapa ett team: npm run server:setup -- --url ${url} --team <team> --user <namn>:<lösenord>`,
  );
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function waitUntilReady() {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** On the first start the server is in "admin party" (anyone is admin) until an admin exists. */
async function ensureAdmin() {
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const open = await fetch(`${url}/_config/admins`, { headers: { Accept: 'application/json' } });
  if (open.status === 200) {
    const created = await fetch(`${url}/_config/admins/${admin.name}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin.password),
    });
    if (!created.ok) console.error(`Kunde inte skapa administratören (HTTP ${created.status}).`);
    // pouchdb-server answers every origin with credentials by default; only the local web host
    // (npm run web) may call it from a browser. server:setup --origin can widen this.
    const cors = await fetch(`${url}/_config/cors/origins`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: authorization },
      body: JSON.stringify(LOCAL_WEB_HOST),
    });
    if (!cors.ok) console.error(`Kunde inte begränsa CORS (HTTP ${cors.status}).`);
    return;
  }
  const session = await fetch(`${url}/_session`, {
    headers: { Accept: 'application/json', Authorization: authorization },
  });
  if (session.status === 401) {
    console.error(
      `Varning: lösenordet i ${ADMIN_FILE} stämmer inte med serverns administratör. ` +
        'Ta bort mappen .lotsbok-server för att börja om (all data på servern försvinner).',
    );
  }
}
