/** Vietnamese names of the on-screen keyboard's punctuation keys (spread into vi.ts). */
export const keyboardVi = {
  'keyboard.key.comma': 'Dấu phẩy (,)',
  'keyboard.key.dot': 'Dấu chấm (.)',
  'keyboard.key.hyphen': 'Gạch ngang (-)',
  'keyboard.key.slash': 'Gạch chéo (/)',
  'keyboard.key.at': 'A còng (@)',
  'keyboard.key.underscore': 'Gạch dưới (_)',
};
