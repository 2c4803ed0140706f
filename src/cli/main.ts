#!/usr/bin/env -S node --import tsx
// The shebang lets `npx kubewire` run this file without a build step (tsx comes with
// `npm ci`); `npm run kubewire` runs it through tsx directly.
import { start } from './start';

await start(process.argv.slice(2));
