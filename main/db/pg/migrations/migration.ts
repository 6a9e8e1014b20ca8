/** One PostgreSQL schema step: plain SQL, strictly increasing versions, never edited once shipped. */
export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
