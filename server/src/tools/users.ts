import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Tokens } from '../auth/tokens.js';
import { Clock } from '../clock/clock.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { Role } from '../modules/users/user.entity.js';
import { ensureReference } from '../seed/reference.js';
import { createServices } from '../services.js';

/**
 * User management for real deployments:
 *   node server/dist/tools/users.js create --username u --role WARD_OFFICER --ward dong-tam   (password from USER_PASSWORD)
 *   node server/dist/tools/users.js create --username hbt --role DISTRICT_OPERATOR --unit ha-noi/hai-ba-trung
 * `--unit`: `nation`, a province (`ha-noi`), a district with its province (`ha-noi/hai-ba-trung`) or a
 * ward (`dong-tam`); without it the account works in the whole deployment.
 * Uses the same DATABASE_URL / DATA_DIR as the server.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    ward: { type: 'string' },
    agency: { type: 'string' },
    'observer-wards': { type: 'string' },
    team: { type: 'string' },
    unit: { type: 'string' },
    name: { type: 'string' },
  },
});
const usage =
  'usage: users create --username <name> --role <DISTRICT_OPERATOR|OBSERVER|WARD_OFFICER|LIAISON|SUPERVISOR> [--ward <code>] [--agency <CODE>] [--observer-wards a,b] [--team doan-01] [--unit nation|<province>|<province>/<district>|<ward>] [--name "Display name"]; password in USER_PASSWORD';
const password = process.env.USER_PASSWORD;
if (positionals[0] !== 'create' || !values.username || !values.role || !password) {
  console.error(usage);
  process.exit(2);
}
if (!Object.values(Role).includes(values.role as Role)) {
  console.error(`unknown role ${values.role}\n${usage}`);
  process.exit(2);
}
const config = loadConfig({ ...process.env, SEED: 'none' });
const clock = new Clock();
const db = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: `${config.dataDir}/pgdata` },
  clock,
);
try {
  await ensureReference(db, config);
  const services = createServices(db, new Tokens(config.jwtSecret, config.tokenTtlSeconds), { allowDemo: !config.production });
  const user = await services.users.create({
    username: values.username,
    password,
    role: values.role as Role,
    displayName: values.name,
    wardCode: values.ward,
    agency: values.agency as AgencyCode | undefined,
    observerWardCodes: values['observer-wards']?.split(',').filter(Boolean),
    teamCode: values.team,
    unitCode: values.unit,
  });
  console.log(JSON.stringify({ id: user.id, username: user.username, role: user.role }));
} catch (err) {
  console.error(`could not create the user: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
