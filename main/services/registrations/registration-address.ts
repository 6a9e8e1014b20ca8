import type { Database } from '../../db/open-database';
import type { RegistrationRow } from './registration-types';

/**
 * A registration's address as one line (street, ward, province), with the ward and province named from the place
 * tables; a code the tables do not know stays as its code so the officer still sees what the citizen chose.
 */
export function createRegistrationAddress(db: Database): (row: RegistrationRow) => string {
  const placeName = db.prepare(
    'SELECT w.name AS ward, p.name AS province FROM wards w LEFT JOIN provinces p ON p.code = w.province_code WHERE w.code = ?',
  );
  return (row) => {
    const place =
      row.ward_code === null ? undefined : (placeName.get(row.ward_code) as { ward: string; province: string | null } | undefined);
    return [row.street, place?.ward ?? row.ward_code, place?.province ?? row.province_code]
      .filter((s): s is string => s !== null && s !== '')
      .join(', ');
  };
}
