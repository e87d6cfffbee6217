// Records in package-lock.json the other platforms' optional binaries that this
// machine's npm registry mirror does not serve (it answers 404 for them), so that
// `npm ci` finds the lock file in sync with package.json. npm skips the stubs on
// install because their os/cpu do not match; nothing is downloaded for them.
// Run after any `npm install` that rewrites the lock file:  node .ci/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = [
  [/android/, { os: ['android'] }],
  [/darwin/, { os: ['darwin'] }],
  [/freebsd/, { os: ['freebsd'] }],
  [/linux/, { os: ['linux'] }],
  [/win32|windows/, { os: ['win32'] }],
  [/arm64/, { cpu: ['arm64'] }],
  [/x64/, { cpu: ['x64'] }],
  [/wasm32/, { cpu: ['wasm32'] }],
  [/-gnu$/, { libc: ['glibc'] }],
  [/-musl$/, { libc: ['musl'] }],
];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const stub = { version, dev: entry.dev, optional: true };
    for (const [pattern, fields] of PLATFORM) if (pattern.test(name)) Object.assign(stub, fields);
    if (!stub.os && !stub.cpu) throw new Error(`cannot tell the platform of ${name}`);
    lock.packages[key] = stub;
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `recorded ${added.join(', ')}` : 'nothing to record');
