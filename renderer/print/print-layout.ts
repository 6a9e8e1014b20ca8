/** What the print page answers once it is ready to print: Electron sizes the printed sheet from it. */
export interface PrintLayout {
  readonly pages: number;
  /** Size of the first page, in PDF points (1/72 inch). */
  readonly widthPt: number;
  readonly heightPt: number;
}

/** The only fragment the print page accepts: a print job served on app://kiosk by main/shell/print-jobs.ts. */
export const PRINT_JOB_PATH = /^\/print-job\/[A-Za-z0-9_-]{22}\.pdf$/;

/** Print resolution: sharp on card and A4 printers without huge canvases (A4 at 300 dpi is 2480 × 3508 px). */
export const PRINT_DPI = 300;
