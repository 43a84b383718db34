#!/usr/bin/env node
// Entry point of the `osce-kg` command: runs the prebuilt CLI when it matches the sources, else the sources through
// tsx.
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, CLI_ENTRY, isCliBundleFresh } from './cli-bundle.js';

let main;
if (isCliBundleFresh()) {
  // No TypeScript loader to start and no sources to transpile: the command answers several times sooner.
  ({ main } = await import(pathToFileURL(CLI_BUNDLE).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(pathToFileURL(CLI_ENTRY).href));
}
process.exitCode = await main(process.argv.slice(2));
