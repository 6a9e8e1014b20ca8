import type { documentVi } from './document-vi';

/** English strings of the in-page PDF view (spread into en.ts). */
export const documentEn: Readonly<Record<keyof typeof documentVi, string>> = {
  'pdf.loading': 'Opening the document…',
  'pdf.failed': 'The document cannot be shown. Please try again or ask the officer at the counter.',
  'pdf.page': '{title}, page {page} of {pages}',
};
