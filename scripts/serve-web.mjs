// `npm run web`: serves the built web host (dist-web) on localhost.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './staticServer.mjs';

const DEFAULT_PORT = 5183;
const HOST = '127.0.0.1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist-web');

if (!existsSync(join(root, 'index.html'))) {
  console.error(
    'Webbversionen är inte byggd (dist-web/index.html saknas): kör npm run build:web eller npm run web.\n' +
      'The web version is not built (dist-web/index.html is missing): run npm run build:web or npm run web.',
  );
  process.exit(1);
}

const requestedPort = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  console.error(`Ogiltig PORT / invalid PORT: ${process.env.PORT}`);
  process.exit(1);
}

let server;
try {
  server = await startStaticServer({ root, port: requestedPort, host: HOST });
} catch (error) {
  if (error && error.code === 'EADDRINUSE') {
    console.warn(
      `Port ${requestedPort} är upptagen, väljer en ledig port. / Port ${requestedPort} is busy, picking a free port.`,
    );
    server = await startStaticServer({ root, port: 0, host: HOST });
  } else {
    throw error;
  }
}

console.log(
  `Lotsbok körs på ${server.url} — öppna adressen i webbläsaren. Avsluta med Ctrl+C.\n` +
    `Lotsbok is running at ${server.url} — open the address in your browser. Stop with Ctrl+C.`,
);

let isStopping = false;
async function stop(signal) {
  if (isStopping) return;
  isStopping = true;
  console.log(`\n${signal}: stänger servern / stopping the server.`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
