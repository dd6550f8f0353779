// A team's CouchDB database: the server-side rules for its documents (validate_doc_update) and an
// idempotent setup of database, security, rules, users and CORS. Used by `npm run server:setup`
// and by the tests; talks plain CouchDB 3 HTTP, so it works against pouchdb-server as well.

/**
 * Runs inside CouchDB (not in Node), so it may use nothing from this module and stays ES5.
 * Mirrors the client's contract in src/renderer/src/sync/teamDocs.ts: the server refuses what the
 * client would refuse to take in, so one bad machine cannot spoil the team's data.
 */
function validateTeamDoc(newDoc, oldDoc, userCtx, secObj) {
  var REQUIRED = {
    navigators: ['id', 'name'],
    organisations: ['id', 'name', 'status'],
    contactPersons: ['id', 'organisationId', 'name', 'status'],
    inquiries: ['id', 'organisationId', 'title', 'stage'],
    calls: ['id', 'organisationId', 'occurredAt', 'noteKind'],
    followUps: ['id', 'organisationId', 'dueDate', 'status'],
    priorityAreas: ['id', 'name'],
    units: ['id', 'name'],
    events: ['id', 'at', 'entityType', 'entityId', 'kind'],
    settings: ['key'],
    briefs: ['id', 'kind'],
  };
  function refuse(message) {
    throw { forbidden: message };
  }
  function hasAny(list, wanted) {
    for (var i = 0; i < (wanted || []).length; i += 1) {
      if ((list || []).indexOf(wanted[i]) !== -1) return true;
    }
    return false;
  }
  var roles = userCtx.roles || [];
  var admins = (secObj && secObj.admins) || {};
  var members = (secObj && secObj.members) || {};
  var isAdmin =
    roles.indexOf('_admin') !== -1 ||
    (admins.names || []).indexOf(userCtx.name) !== -1 ||
    hasAny(roles, admins.roles);

  if (newDoc._id.indexOf('_design/') === 0) {
    if (isAdmin) return;
    refuse('Bara en administratör får ändra databasens regler.');
  }
  // A server administrator (restores, clean-up on the server) is not a navigator writing records.
  if (isAdmin) return;
  // The team role is named after the database. CouchDB gives the name in userCtx.db; pouchdb-server
  // leaves it out and, in _bulk_docs, passes an empty secObj, but its own _security check has
  // already turned non-members away by then.
  var teamRoles = userCtx.db ? [userCtx.db] : members.roles;
  if (!isAdmin && teamRoles && !hasAny(roles, teamRoles)) {
    refuse('Du är inte medlem i det här teamet.');
  }
  if (!Object.prototype.hasOwnProperty.call(REQUIRED, newDoc.type)) {
    refuse('Okänd dokumenttyp.');
  }
  var prefix = newDoc.type + ':';
  if (newDoc._id.indexOf(prefix) !== 0) {
    refuse('Dokumentets id måste börja med ”' + prefix + '”.');
  }
  if (newDoc.updatedBy !== userCtx.name) {
    refuse('”updatedBy” måste vara den inloggade användaren.');
  }
  // The team's history is append-only: an event is written once and then left alone.
  if (newDoc.type === 'events' && oldDoc && !oldDoc._deleted) {
    refuse('En händelse i historiken kan inte ändras eller tas bort.');
  }
  if (newDoc._deleted) return;

  var data = newDoc.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    refuse('Dokumentet saknar ”data”.');
  }
  var fields = REQUIRED[newDoc.type];
  for (var i = 0; i < fields.length; i += 1) {
    if (typeof data[fields[i]] !== 'string') {
      refuse('Fältet ”' + fields[i] + '” saknas eller har fel typ.');
    }
  }
  if (newDoc.type === 'settings' && !Object.prototype.hasOwnProperty.call(data, 'value')) {
    refuse('Fältet ”value” saknas.');
  }
  var key = newDoc.type === 'settings' ? data.key : data.id;
  if (newDoc._id.slice(prefix.length) !== key) {
    refuse('Dokumentets id stämmer inte med innehållet.');
  }
}

export const validateDocUpdate = String(validateTeamDoc);

export const DESIGN_DOC_ID = '_design/lotsbok';

export function teamDatabaseName(team) {
  return `lotsbok-${team}`;
}

const CORS_METHODS = 'GET, PUT, POST, HEAD, DELETE';
const CORS_HEADERS = 'accept, authorization, content-type, origin, referer';

/** Thrown for everything setUpTeam cannot do; the message is meant for the person running it. */
export class SetupError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SetupError';
  }
}

function client(url, admin) {
  const base = url.replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  return async function request(method, path, body) {
    let response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: authorization,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new SetupError(`Servern ${base} svarar inte (${error.cause?.code ?? error.message}).`);
    }
    if (response.status === 401) {
      throw new SetupError(`Fel namn eller lösenord för administratören ”${admin.name}”.`);
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: left null, the callers treat that as "not CouchDB".
    }
    return { status: response.status, json };
  };
}

function ensureOk(result, what) {
  if (result.status >= 200 && result.status < 300) return result.json;
  const reason = result.json?.reason ?? result.json?.error ?? `HTTP ${result.status}`;
  throw new SetupError(`Kunde inte ${what}: ${reason}`);
}

/** Writes the rules when they differ, with the current _rev so running setup again updates. */
async function putDesignDoc(request, dbPath) {
  const path = `${dbPath}/${DESIGN_DOC_ID}`;
  const existing = await request('GET', path);
  const old = existing.status === 200 ? existing.json : null;
  if (old?.validate_doc_update === validateDocUpdate) return false;
  const doc = { ...old, _id: DESIGN_DOC_ID, validate_doc_update: validateDocUpdate };
  ensureOk(await request('PUT', path, doc), 'spara databasens regler');
  return true;
}

/** CouchDB 3 keeps config per node; pouchdb-server has the older single /_config. */
async function configPrefix(request) {
  const couch = await request('GET', '/_node/_local/_config');
  if (couch.status === 200) return '/_node/_local/_config';
  const pouch = await request('GET', '/_config');
  if (pouch.status === 200) return '/_config';
  throw new SetupError(
    'Hittade inte serverns inställningar (/_node/_local/_config eller /_config).',
  );
}

async function setCors(request, origins) {
  const prefix = await configPrefix(request);
  const values = [
    // CouchDB 3.2+ reads [chttpd], 3.0–3.1 and pouchdb-server read [httpd].
    ['chttpd', 'enable_cors', 'true'],
    ['httpd', 'enable_cors', 'true'],
    ['cors', 'origins', origins.join(', ')],
    ['cors', 'credentials', 'true'],
    ['cors', 'methods', CORS_METHODS],
    ['cors', 'headers', CORS_HEADERS],
  ];
  for (const [section, key, value] of values) {
    ensureOk(await request('PUT', `${prefix}/${section}/${key}`, value), `sätta ${section}/${key}`);
  }
}

async function setUpUser(request, name, password, role) {
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const existing = await request('GET', path);
  const old = existing.status === 200 ? existing.json : null;
  const roles = old?.roles?.includes(role) ? old.roles : [...(old?.roles ?? []), role];
  const doc = { ...old, _id: `org.couchdb.user:${name}`, name, type: 'user', roles, password };
  ensureOk(await request('PUT', path, doc), `spara användaren ${name}`);
  return old ? 'updated' : 'created';
}

/**
 * Creates or brings up to date everything a team needs on the server. Safe to run again: an
 * existing database is kept, rules and users are updated in place, other roles of a user are kept.
 */
export async function setUpTeam({ url, admin, team, users, origins }) {
  if (!/^[a-z][a-z0-9_-]*$/.test(team)) {
    throw new SetupError(
      `Teamnamnet ”${team}” går inte att använda: små bokstäver a–z, siffror, _ och -.`,
    );
  }
  const request = client(url, admin);
  const welcome = await request('GET', '/');
  if (!welcome.json || !('couchdb' in welcome.json || 'express-pouchdb' in welcome.json)) {
    throw new SetupError(`${url} är ingen CouchDB-server.`);
  }
  // Basic auth on "/" is not checked by every server; _session says who we really are.
  const session = await request('GET', '/_session');
  if (!session.json?.userCtx?.roles?.includes('_admin')) {
    throw new SetupError(`”${admin.name}” är inte administratör på servern.`);
  }

  const database = teamDatabaseName(team);
  const dbPath = `/${encodeURIComponent(database)}`;
  const exists = (await request('GET', dbPath)).status === 200;
  if (!exists) ensureOk(await request('PUT', dbPath), `skapa databasen ${database}`);

  ensureOk(
    await request('PUT', `${dbPath}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: [], roles: [database] },
    }),
    `sätta behörigheter för ${database}`,
  );
  const rulesUpdated = await putDesignDoc(request, dbPath);

  const userResults = [];
  for (const user of users) {
    const result = await setUpUser(request, user.name, user.password, database);
    userResults.push({ name: user.name, result });
  }
  if (origins?.length) await setCors(request, origins);

  return {
    database,
    role: database,
    databaseCreated: !exists,
    rulesUpdated,
    users: userResults,
    corsOrigins: origins?.length ? origins : null,
  };
}
