import type { Database } from '../database-handle';

/** One schema step. Versions are strictly increasing integers; a migration is never edited once shipped. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
