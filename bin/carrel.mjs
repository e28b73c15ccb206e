#!/usr/bin/env node
// Entry point of the `carrel` command: runs Carrel's sources in its own repository and
// its compiled build when installed (see entry.mjs).
import { carrelModule, withNodeFlags } from "./entry.mjs";

withNodeFlags(process.argv.slice(2));
const { main } = await import(carrelModule("cli/main"));
process.exitCode = await main(process.argv.slice(2));
