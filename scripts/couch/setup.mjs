// `npm run server:setup -- --url … --admin namn:lösenord --team … --user namn:lösenord …`:
// creates a team (database, rules, users) on a CouchDB 3 server or the local `npm run server`.
import { parseArgs } from 'node:util';
import { SetupError, setUpTeam } from './teamDatabase.mjs';
import { ADMIN_FILE, readLocalAdmin } from './localServer.mjs';

const USAGE =
  'Användning: npm run server:setup -- --url https://server.example --admin admin:<lösenord> ' +
  '--team <team> --user <namn>:<lösenord> [--user …] [--origin https://webbvärd.example]';

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** "namn:lösenord"; the password may itself contain colons. */
function credentials(text, what) {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1)
    fail(`${what} ska anges som namn:lösenord.\n${USAGE}`);
  return { name: text.slice(0, colon), password: text.slice(colon + 1) };
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      url: {
        type: 'string',
        default: `http://127.0.0.1:${process.env.LOTSBOK_SERVER_PORT ?? 5984}`,
      },
      admin: { type: 'string' },
      team: { type: 'string' },
      user: { type: 'string', multiple: true, default: [] },
      origin: { type: 'string', multiple: true, default: [] },
    },
  }));
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
if (!values.team) fail(`--team saknas.\n${USAGE}`);
if (!URL.canParse(values.url)) fail(`Ogiltig serveradress: ${values.url}`);

let admin;
if (values.admin) admin = credentials(values.admin, '--admin');
else if (['127.0.0.1', 'localhost'].includes(new URL(values.url).hostname)) {
  admin =
    readLocalAdmin() ?? fail(`--admin saknas och ${ADMIN_FILE} finns inte (kör npm run server).`);
} else fail(`--admin saknas.\n${USAGE}`);

const users = values.user.map((text) => credentials(text, '--user'));

try {
  const summary = await setUpTeam({
    url: values.url,
    admin,
    team: values.team,
    users,
    origins: values.origin,
  });
  console.log(
    summary.databaseCreated
      ? `Skapade databasen ${summary.database}.`
      : `Databasen ${summary.database} fanns redan och behålls.`,
  );
  console.log(
    `Behörighet: bara användare med rollen ${summary.role} (och serverns administratörer) kommer åt den.`,
  );
  console.log(
    summary.rulesUpdated
      ? 'Sparade reglerna för dokumenten (_design/lotsbok).'
      : 'Reglerna för dokumenten (_design/lotsbok) var redan aktuella.',
  );
  for (const user of summary.users) {
    console.log(
      user.result === 'created'
        ? `Skapade användaren ${user.name} med rollen ${summary.role}.`
        : `Uppdaterade användaren ${user.name}: nytt lösenord, rollen ${summary.role}.`,
    );
  }
  if (summary.corsOrigins) {
    console.log(`CORS tillåter nu: ${summary.corsOrigins.join(', ')}.`);
  }
  console.log(
    `Klart. I Lotsbok ansluter man med serveradressen ${values.url} och teamet ${values.team}.`,
  );
} catch (error) {
  if (error instanceof SetupError) fail(error.message);
  throw error;
}
