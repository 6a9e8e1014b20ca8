/**
 * What "Khởi động lại" and "Thoát" in maintenance mode can do in this process. The Electron shell supplies a real
 * one (main/shell/electron-kiosk-shell.ts); the browser host cannot restart or close a browser, so restart means
 * "the UI reloads itself" and quit is a documented no-op.
 */
export interface KioskShell {
  restart(): 'relaunch' | 'reload-ui';
  quit(): 'quit' | 'not-supported';
}

export const browserHostShell: KioskShell = {
  restart: () => 'reload-ui',
  quit: () => 'not-supported',
};
