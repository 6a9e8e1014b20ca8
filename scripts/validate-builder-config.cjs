// Validate electron-builder.yml against app-builder-lib's JSON schema: no packaging, no downloads
// (the Electron zip and packaging tools cannot be fetched on our build machines).
// Catches unknown keys, wrong types and YAML errors; NOT bad target names (`nsiss` passes).
// Uses an internal path of app-builder-lib: re-check after upgrading electron-builder.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

(async () => {
  const config = await getConfig(process.cwd(), null, null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log('electron-builder config OK:', config.appId, Object.keys(config).join(','));
})().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
