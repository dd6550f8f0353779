import { LotsbokDatabase } from './LotsbokDatabase';

/** The app's one database connection. Tests construct their own LotsbokDatabase instead. */
export const db = new LotsbokDatabase();
