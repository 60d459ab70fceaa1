// Fails fast, with one actionable line, when the Chromium that playwright.config.ts launches
// is missing. Playwright cannot download its own browser here: we use Debian's package.
import { accessSync, constants, statSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

if (!isExecutableFile(chromiumPath)) {
  console.error(
    `No Chromium found at ${chromiumPath}: install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log(`Using Chromium at ${chromiumPath}`);
