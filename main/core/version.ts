import pkg from '../../package.json' with { type: 'json' };

/** The kiosk's version, from package.json (shown in maintenance and /health). */
export const APP_VERSION: string = pkg.version;
