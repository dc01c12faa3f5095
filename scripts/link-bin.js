// `npx directive-graph` from a checkout looks in node_modules/.bin, where npm
// never links the project's own bin; link it there after each build.
const { chmodSync, mkdirSync, rmSync, symlinkSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const target = join(root, 'dist', 'src', 'cli', 'main.js');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'directive-graph');

chmodSync(target, 0o755);
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
