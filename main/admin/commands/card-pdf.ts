/** `npm run admin -- card-pdf --insurance-number N --out FILE [--data-dir DIR]`: a person's BHYT card as PDF. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderBhytCardPdf } from '../../../native/documents/bhyt-card-pdf';
import { openDatabase } from '../../db/open-database';
import { createSqlitePersonRepository } from '../../db/repositories/sqlite-person-repository';
import { cardDataFromRecords } from '../../services/cards/card-data';
import type { AdminCommand } from './command';
import { parseFlags } from './command';
import { isInsuranceNumber } from '../../../preload/contract/insurance-number';

const USAGE = 'usage: admin card-pdf --insurance-number NNNNNNNNNN --out FILE [--data-dir DIR]';

export function createCardPdfCommand(ctx: { readonly dataDir: string }): AdminCommand {
  return {
    summary: "write a person's BHYT card as a PDF (--insurance-number N --out FILE)",
    async run(args, io) {
      const { flags, words } = parseFlags(args);
      const number = flags.get('insurance-number');
      const out = flags.get('out');
      const unknown = [...flags.keys()].filter((k) => !['insurance-number', 'out', 'data-dir'].includes(k));
      if (typeof number !== 'string' || !isInsuranceNumber(number) || typeof out !== 'string' || words.length > 0 || unknown.length > 0) {
        io.err(unknown.length > 0 ? `unknown option --${unknown[0]}\n${USAGE}` : USAGE);
        return 64;
      }
      const dataDir = typeof flags.get('data-dir') === 'string' ? String(flags.get('data-dir')) : ctx.dataDir;
      const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
      try {
        const repo = createSqlitePersonRepository(db);
        const person = repo.findByInsuranceNumber(number);
        const records = person ? repo.getPersonRecords(person.id) : undefined;
        if (!records) {
          io.err(`no person with insurance number ${number}`);
          return 2;
        }
        const card = cardDataFromRecords(records);
        if (!card) {
          io.err(`person ${number} has no BHYT card on record`);
          return 2;
        }
        const pdf = await renderBhytCardPdf(card);
        writeFileSync(resolve(out), pdf, { mode: 0o600 });
        io.out(`card written: ${resolve(out)} (${pdf.length} bytes)`);
        return 0;
      } finally {
        db.close();
      }
    },
  };
}
