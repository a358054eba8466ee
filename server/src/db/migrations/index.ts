import { Initial1795641083452 } from './1795641083452-Initial.js';

/** Every committed migration, in order (ESM: listed, not globbed). */
export const migrations: Function[] = [Initial1795641083452];
